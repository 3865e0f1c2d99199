/// The program's version, printed by `readouts --version` and in the man page. The one
/// place it is written: bump it here for a release.
enum ReadoutsVersion {
    static let current = "0.1.0"
}

/// The program's version, printed by `readouts --version` and in the man page, and recorded
/// in every export (the JSON's `readouts.version`, the brief's and the page's "Made with
/// Readouts 0.1.0"). The one place it is written: bump it here for a release.
public enum ReadoutsVersion {
    public static let current = "0.1.0"
}

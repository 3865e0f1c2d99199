/// What the status line says once a `Clip` has gone somewhere.
extension Clip {
    /// "copied Kremlin sentence 3 to ~/.local/state/readouts/copied.txt", then shorter forms
    /// for a narrow line that drop words of what was copied, never of where it went: the
    /// place is whole in every form ("/tmp/…/copied.txt" left a new user at 80 columns
    /// needing `:mes` to find the file). Where no form fits the line, the notice is shown
    /// whole above it.
    ///
    /// `place` is put into the notice as it is: it must already be escaped for the status
    /// line (`Sanitiser.escapedForMessage`, as `Clipboard` in ReadoutsTerminal does for a
    /// path that comes from HOME, XDG_STATE_HOME or TMPDIR).
    public func notice(copiedTo place: String) -> (text: String, shorter: [String]) {
        let text = "copied \(description) to \(place)"
        let shorter = (shortDescription.map { ["copied \($0) to \(place)"] } ?? []) + ["copied to \(place)"]
        return (text, shorter.filter { $0 != text })
    }
}

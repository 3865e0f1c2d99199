/// A label as the reader shows it (pane titles, the status line, the topic list) and the
/// export writes it: a version's label — from `--label`, the front matter, the first
/// heading or the file name — or a lexicon topic's. Surrounding spaces and line breaks
/// trimmed, one line with controls as placeholders (like document text), and at most `maximumLength`
/// characters, "…" ending one that was cut: a 100,000-character first heading must not
/// swamp the status line, where a label can appear more than once.
public enum DisplayLabel {
    /// Room for a real title ("Entretien téléphonique avec le président des États-Unis").
    public static let maximumLength = 64

    public static func normalised(_ label: String) -> String {
        var trimmed = Substring(label)
        while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        let line = Substring(Sanitiser.sanitisedLine(String(trimmed)))
        guard let cut = line.index(line.startIndex, offsetBy: maximumLength, limitedBy: line.endIndex), cut < line.endIndex
        else { return String(line) }
        var kept = line[..<line.index(before: cut)]
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + "…"
    }
}

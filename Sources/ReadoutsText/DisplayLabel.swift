/// A label as the reader shows it (pane titles, the status line, the topic list) and the
/// export writes it: a version's label — from `--label`, the front matter, a short first
/// heading (`heading(_:)`) or the file name — or a lexicon topic's. Surrounding spaces and line breaks
/// trimmed, one line with controls as placeholders (like document text), and at most `maximumLength`
/// characters, "…" ending one that was cut: a 100,000-character first heading must not
/// swamp the status line, where a label can appear more than once.
public enum DisplayLabel {
    /// Room for a real title ("Entretien téléphonique avec le président des États-Unis").
    public static let maximumLength = 64

    /// The longest first heading that labels its version (in characters, once normalised).
    public static let headingLimit = 32

    /// A version's first heading as its label, where nothing better names it (no `--label`,
    /// no front matter's `label`): a heading as short as a name ("Kremlin", "Draft two",
    /// "Joint Statement"); nil for a longer one, a headline, the file's name then labelling
    /// the version. "Readout of President Joe Biden’s Call with Chancellor Olaf Scholz of
    /// Germany" was cut at 64 characters, mid-word, in every pane title, status line, quote
    /// and export ("…Olaf Scho…"), and three such headlines read alike where a Berlin
    /// correspondent had named the files apart (breg-putin.txt, breg-putin-en.txt,
    /// kremlin-scholz.txt).
    public static func heading(_ heading: String) -> String? {
        let label = normalised(heading)
        return label.isEmpty || label.count > headingLimit ? nil : label
    }

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

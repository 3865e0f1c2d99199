/// A malformed lexicon, located in its file: its description is `FILE:LINE:COLUMN: message`,
/// the form editors and terminals turn into a jump to the spot. Lines and columns count from 1.
public struct LexiconError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// Finds where a key is written in TOML source text: TOMLKit's values carry no positions,
/// so semantic errors (unknown key, wrong type) are located by scanning the text.
struct TOMLKeyLocator {
    let lines: [Substring]

    init(source: String) { lines = source.split(separator: "\n", omittingEmptySubsequences: false) }

    /// The 1-based (line, column) of `key` inside the table `[table]` (nil: the root table),
    /// or of the table header itself when the key is not found; (1, 1) as a last resort.
    func locate(key: String?, inTable table: String?) -> (line: Int, column: Int) {
        var start = 0
        var end = lines.count
        var headerLine: Int?
        if let table {
            let variants = ["[\(table)]", "[\(quotedPath(table))]"]
            guard let header = lines.firstIndex(where: { line in
                let trimmed = line.trimmingSpaces
                return variants.contains { trimmed.hasPrefix($0) }
            }) else { return (1, 1) }
            headerLine = header
            start = header + 1
        }
        if let next = lines[start...].firstIndex(where: { $0.trimmingSpaces.hasPrefix("[") }) { end = next }
        if let key {
            for index in start..<end {
                let line = lines[index]
                let leading = line.prefix { $0 == " " || $0 == "\t" }.count
                let rest = line.dropFirst(leading)
                for candidate in [key, "\"\(key)\""] where rest.hasPrefix(candidate) {
                    let after = rest.dropFirst(candidate.count).drop { $0 == " " || $0 == "\t" }
                    if after.first == "=" || after.first == "." { return (index + 1, leading + 1) }
                }
            }
            // A dotted header such as [topic.x.label] names the key too.
            if let table, let dotted = lines.firstIndex(where: { $0.trimmingSpaces.hasPrefix("[\(table).\(key)") }) {
                return (dotted + 1, 1)
            }
        }
        if let headerLine { return (headerLine + 1, 1) }
        return (1, 1)
    }

    private func quotedPath(_ path: String) -> String {
        path.split(separator: ".").enumerated().map { $0.offset == 0 ? String($0.element) : "\"\($0.element)\"" }
            .joined(separator: ".")
    }
}

extension Substring {
    var trimmingSpaces: Substring { drop { $0 == " " || $0 == "\t" } }
}

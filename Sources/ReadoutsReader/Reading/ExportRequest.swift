import ReadoutsText

/// `:w FILE` (vim's write) and `:export FORMAT FILE`: the comparison on screen written as
/// `--export` writes it, without leaving the reader. A journalist who had read the whole
/// comparison had to quit and run the command again to send a brief.
///
/// The core only asks: the terminal layer writes the file (`Effect.export`) and answers
/// with a notice saying where it went or why it could not.
public struct ExportRequest: Equatable, Sendable {
    /// The formats the reader can write: the ones made from the reader's own analysis. The
    /// JSON export shows each link's evidence, which the reader does not keep.
    public enum Format: String, Equatable, Sendable {
        case html, markdown

        /// What a notice calls it.
        public var noun: String { self == .html ? "the page" : "the brief" }
    }

    public var format: Format
    /// As typed: the terminal layer expands `~` and resolves it against the working folder.
    public var path: String
    /// `:w!`: replace a file that is already there (vim's habit; without `!` it is refused).
    public var replaces: Bool

    public init(format: Format, path: String, replaces: Bool) {
        self.format = format
        self.path = path
        self.replaces = replaces
    }
}

extension ExportRequest {
    /// The command's usage, for every refusal.
    public static let usage = ":w brief.md (the brief) or :w page.html (the page); :w! replaces a file"
    /// The usage in one short line.
    public static let shortUsage = ":w FILE writes the brief (.md) or the page (.html)"

    /// The request a command line asks for, or why it cannot: `w FILE`, `write FILE`,
    /// `export [html|markdown|md] FILE`, each with `!` to replace. Nil: not an export command.
    static func parse(_ command: String) -> Result<ExportRequest, ExportRefusal>? {
        let trimmed = command.drop { $0 == " " }
        let word = trimmed.prefix { $0 != " " }
        let replaces = word.hasSuffix("!")
        let name = replaces ? word.dropLast() : word
        guard ["w", "write", "export", "saveas", "sav"].contains(String(name)) else { return nil }
        var rest = trimmed.dropFirst(word.count).drop { $0 == " " }
        while rest.last == " " { rest.removeLast() }
        var format: Format?
        if name == "export" {
            let first = rest.prefix { $0 != " " }.lowercased()
            switch first {
            case "html": format = .html
            case "markdown", "md": format = .markdown
            case "json": return .failure(.json)
            default: break
            }
            if format != nil { rest = rest.dropFirst(first.count).drop { $0 == " " } }
        }
        let path = String(rest)
        guard !path.isEmpty else { return .failure(.noFile) }
        let fileFormat: Format?
        switch path.split(separator: ".").last.map({ $0.lowercased() }) {
        case "html", "htm", "xhtml": fileFormat = .html
        case "md", "markdown", "mkd", "txt": fileFormat = .markdown
        case "json": return .failure(.json)
        default: fileFormat = nil
        }
        guard let chosen = format ?? fileFormat else { return .failure(.unknownFormat(path)) }
        return .success(ExportRequest(format: chosen, path: path, replaces: replaces))
    }
}

/// Why `:w` writes nothing.
enum ExportRefusal: Error, Equatable {
    case noFile, json, unknownFormat(String)

    var message: String {
        switch self {
        case .noFile: return "write where? \(ExportRequest.usage)"
        case .json: return "the JSON export is for scripts, with each link's evidence: readouts --export json FILE… > out.json"
        case .unknownFormat(let path):
            return "\(Sanitiser.escapedForMessage(String(path.prefix(60)))): which format? \(ExportRequest.usage), or :export html FILE"
        }
    }

    /// Shorter forms of `message`, for a status line too short for it: the whole took two
    /// rows over the text at 80 columns.
    var shorterMessages: [String] {
        switch self {
        case .noFile: return ["write where? \(ExportRequest.shortUsage)", ExportRequest.shortUsage]
        case .json, .unknownFormat: return []
        }
    }
}

extension ReaderState {
    /// Asks the terminal layer to write the comparison, once every version is read and
    /// linked: a brief written halfway would leave topics out without saying so.
    mutating func requestExport(_ request: ExportRequest) -> [Effect] {
        if isLoading {
            notice = Notice("still reading the versions (\(Int(loadProgress * 100)) %): \(request.format.noun) would leave their ends out")
            return []
        }
        guard linksTopics else {
            notice = Notice("topics are off in this reader: nothing to compare; readouts --export markdown FILE… writes \(request.format.noun)")
            return []
        }
        guard topics != nil, analysisProgress >= 1 else {
            notice = Notice("still linking (\(Int(analysisProgress * 100))%): :w once the topics are in")
            return []
        }
        notice = Notice("writing \(request.format.noun) to \(Sanitiser.escapedForMessage(request.path))…")
        return [.export(request)]
    }
}

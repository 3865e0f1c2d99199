import Foundation
import ReadoutsEncoder
import ReadoutsText
import ReadoutsTopics
import XCTest

@testable import ReadoutsExport

/// What the export tests share: the bundled readouts analysed as the command line does,
/// the injection corpus, and the exports as strings.
enum ReportFixtures {
    /// The bundled readouts and their analysis with the shipped lexicon, without evidence
    /// (as `--export html` and `--export markdown` run the engine).
    static let bundled: (documents: [Document], analysis: Analysis) = {
        let documents = BundledReadouts.documents()
        var engine = TopicEngine(lexicons: [.international])
        engine.keepsEvidence = false
        return (documents, engine.analyse(documents))
    }()

    /// The bundled readouts as `readouts --export` analyses them where the sentence encoder
    /// is installed (the semantic linker): skipped without it, unless `READOUTS_MODEL_REQUIRED=1`.
    static func bundledSemantic() throws -> (documents: [Document], analysis: Analysis) {
        let environment = ProcessInfo.processInfo.environment
        guard let encoder = try ModelStore.installedEncoder(environment: environment) else {
            if environment["READOUTS_MODEL_REQUIRED"] == "1" { XCTFail("the sentence encoder is not installed") }
            throw XCTSkip("the sentence encoder is not installed")
        }
        if let analysed = semanticBundled { return analysed }
        let documents = BundledReadouts.documents()
        var engine = TopicEngine(lexicons: [.international])
        engine.keepsEvidence = false
        engine.semantic = SemanticLinking(encoder: encoder)
        let analysed = (documents, engine.analyse(documents))
        semanticBundled = analysed
        return analysed
    }

    nonisolated(unsafe) private static var semanticBundled: (documents: [Document], analysis: Analysis)?

    /// Text that must come out inert: terminal escapes, markup, attribute break-outs, a
    /// closing style tag, bidi overrides and isolates, C1 and DEL (NUL, which makes a file
    /// "binary", is in the source and label instead), entities, and
    /// Markdown block and inline syntax at the start of a line. Each line mentions
    /// "sanctions", so each lands in a passage of the lexicon's sanctions topic.
    static let hostileLines = [
        "Sanctions \u{1B}[2J cleared, title \u{1B}]0;PWNED\u{07} and clipboard \u{1B}]52;c;SGVsbG8=\u{07} set",
        "<script>window.__pwned = 1</script> sanctions <SCRIPT SRC=//x.test/a.js></SCRIPT>",
        "\"><img src=x onerror=\"window.__pwned = 2\"> sanctions '><svg onload=window.__pwned=3>",
        "</style><style>body{display:none}</style></title></textarea> sanctions",
        "Sanctions \u{202E}reversed\u{202C} and \u{2066}isolated\u{2069}, C1 \u{9B}31m, DEL \u{7F}",
        "&lt;b&gt; &amp; &#x3C;script&#x3E; <!-- sanctions --> ]]> {{x}} ${x}",
        "#sanctions ## not a heading",
        "> sanctions, not a quote",
        "- sanctions, not a list",
        "2021) sanctions, not a list",
        "1. sanctions, not a list",
        "+ sanctions",
        "=== sanctions",
        "``` sanctions, not a fence",
        "| sanctions | not | a table |",
        "[sanctions](javascript:alert(1)) ![x](x.png) <https://x.test> [!NOTE]",
        "*em* _em_ **strong** ~~strike~~ $math$ \\ sanctions \\",
        "Sanctions*, *sanctions* and sanctions_x_ with sanctions**",
    ]

    /// A hostile version (one line a paragraph) and a plain one that also speaks of sanctions.
    static func hostileDocuments(label: String = "\"><img src=x onerror=alert(1)> \u{1B}[31mLabel\u{202E}</title>") throws -> [Document] {
        let hostile = try DocumentLoader.load(
            bytes: Array(hostileLines.joined(separator: "\n\n").utf8), name: "hostile.txt", markdown: false, label: label)
        var withSource = hostile
        withSource.source = "</style><script>window.__pwned = 4</script>\u{0}\u{9B}"
        withSource.date = "2021-12-07\"><b>"
        let plain = try DocumentLoader.load(
            bytes: Array("Les États-Unis ont évoqué des sanctions possibles.\n".utf8), name: "plain.txt", markdown: false)
        return [withSource, plain]
    }

    static func html(_ documents: [Document], _ analysis: Analysis, changesOnly: Bool = false) -> String {
        var bytes: [UInt8] = []
        writeHTML(documents: documents, analysis: analysis, changesOnly: changesOnly) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func markdown(_ documents: [Document], _ analysis: Analysis, changesOnly: Bool = false) -> String {
        var bytes: [UInt8] = []
        writeMarkdown(documents: documents, analysis: analysis, changesOnly: changesOnly) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The JSON export as `readouts --export json` writes it (with its figures and changes).
    static func json(_ documents: [Document], _ analysis: Analysis) -> String {
        var bytes: [UInt8] = []
        ExportFormat.json.write(documents: documents, analysis: analysis) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Scalars that must never reach a page or a brief: C0 controls other than line feed,
    /// DEL, C1 controls, bidi embeddings, overrides and isolates.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: return false
        case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

/// Regular-expression matches as arrays of capture groups (group 0 first).
func matches(_ pattern: String, in text: String) -> [[String]] {
    let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
        (0..<match.numberOfRanges).map { group in
            Range(match.range(at: group), in: text).map { String(text[$0]) } ?? ""
        }
    }
}

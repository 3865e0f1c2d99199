import ReadoutsText
import ReadoutsTopics

/// The formats of `readouts --export`. Each writes the analysis of the same documents,
/// made by the same engine (lexicons, and any other engine option the command line
/// sets), streamed in chunks as produced.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Versions, topics and links with their evidence, the figures that differ, the changes
    /// between drafts and the sentences linked to nothing, for scripts.
    case json
    /// A self-contained page to share: the versions side by side, linked.
    case html
    /// A brief: each topic's passages quoted per version.
    case markdown

    /// Only the JSON export shows link evidence. The others use the reader's analysis, which
    /// leaves it out: the same topics and links, sooner and in less memory.
    public var needsEvidence: Bool { self == .json }

    /// `changesOnly`: the brief and the page list only the changes between drafts
    /// (`--changes-only`); the JSON is whole.
    public func write(documents: [Document], analysis: Analysis, changesOnly: Bool = false, to output: @escaping ([UInt8]) -> Void) {
        switch self {
        case .json:
            // The figures that differ and the changes between drafts, as the brief and the page list them.
            let comparisons = JSONComparisons(documents: documents, analysis: analysis)
            writeJSON(documents: documents, analysis: analysis, comparisons: comparisons, to: output)
            output(Array("\n".utf8))
        case .html:
            writeHTML(documents: documents, analysis: analysis, changesOnly: changesOnly, to: output)
        case .markdown:
            writeMarkdown(documents: documents, analysis: analysis, changesOnly: changesOnly, to: output)
        }
    }
}

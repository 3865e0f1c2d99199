import ReadoutsText
import ReadoutsTopics

/// The brief's overview, first after its opening paragraph: the reader's topic list (`t`)
/// as a table, one row per topic with a passage, in the brief's order — its passages in each version ("—":
/// none) and the versions it has none in — so that the brief's first page says what each
/// side covers and leaves out (a student wanted that list on one page, and the reader
/// alone showed it). A GitHub-flavoured table, which a plain CommonMark viewer shows as
/// its lines; every label escaped (`|` too). Past `rowLimit` topics (long versions), the
/// first ones in that order, and a line saying how many more there are below.
struct MarkdownTopicOverview {
    let documents: [Document]
    let analysis: Analysis
    let topics: ReportTopics

    /// Rows at most: about a printed page.
    static let rowLimit = 60
    static let heading = "Overview"

    func write(to out: inout ChunkedOutput) {
        guard topics.entries.contains(where: \.hasPassage) else { return }
        let labels = documents.map(\.label)
        let withoutPassage = topics.withoutPassageCount
        out.append("\n## \(Self.heading)\n\nEach topic’s passages per version (—: none) and the versions with none, in the order of the sections below"
                   + (withoutPassage == 0 ? "" : "; the \(withoutPassage) with no passage in any version are named at the end of the brief") + ".\n\n")
        out.append("| Topic | " + labels.map { MarkdownText.line($0, lineStart: false) }.joined(separator: " | ") + " | Not in |\n")
        out.append("|:--|" + String(repeating: "--:|", count: labels.count) + ":--|\n")
        // Topics no version has a passage on are left out: a row of "—" in every version,
        // "not in" every one, read as an omission by both sides (a Declaration's sixteen
        // "article N" headings); the brief's last section names them.
        let order = topics.listOrder.filter(\.hasPassage)
        for entry in order.prefix(Self.rowLimit) {
            let counts = labels.indices.map { entry.counts.indices.contains($0) && entry.counts[$0] > 0 ? "\(entry.counts[$0])" : "—" }
            let missing = entry.missingFrom.filter { $0 < labels.count }.map { labels[$0] }.joined(separator: ", ")
            out.append("| " + MarkdownText.line(analysis.topics[entry.topic].label, lineStart: false) + " | " + counts.joined(separator: " | ")
                       + " | " + MarkdownText.line(missing, lineStart: false) + " |\n")
        }
        if order.count > Self.rowLimit {
            let more = order.count - Self.rowLimit
            out.append("\n\(more) more topic\(more == 1 ? "" : "s"), each under its heading below.\n")
        }
    }
}

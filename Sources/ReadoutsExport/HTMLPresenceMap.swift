import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// The report's presence map: a row per topic, in reading order, and per version a strip
/// from the text's beginning (left) to its end (right) marked where the topic occurs —
/// what each version covers, and in which order. Plain HTML and SVG: it needs no script.
///
/// Positions fall into `bins` cells per strip, so its size depends on the number of topics,
/// not on the text's length; with more than `maximumTopics` topics (an automatic analysis
/// of long texts has thousands) the ones with the most occurrences are drawn.
struct HTMLPresenceMap {
    let documents: [Document]
    let index: TopicIndex
    let topics: ReportTopics
    let appearance: TopicAppearance
    static let bins = 100
    static let maximumTopics = 60

    func write(to out: inout ChunkedOutput) {
        let analysis = index.analysis
        var shown = topics.readingOrder
        if shown.count > Self.maximumTopics {
            let kept = Set(shown.sorted { ($0.counts.reduce(0, +), -$0.topic) > ($1.counts.reduce(0, +), -$1.topic) }
                .prefix(Self.maximumTopics).map(\.topic))
            shown = shown.filter { kept.contains($0.topic) }
        }
        out.append("<section id=\"map\" aria-labelledby=\"map-h\">\n<h2 id=\"map-h\">Presence map</h2>\n<p class=\"hint\">")
        out.append("Where each topic occurs in each version, from the beginning of the text (left) to its end (right); topics in reading order.")
        if shown.count < analysis.topics.count {
            out.append(" The \(shown.count) topics with the most occurrences of \(analysis.topics.count); the table lists them all.")
        }
        out.append("</p>\n")
        let table = HTMLTopicTable(documents: documents, index: index, topics: topics, appearance: appearance)
        table.writeHead(caption: "Where each topic occurs in each version, in reading order", numeric: false, class: "map", to: &out)
        for entry in shown {
            let topic = analysis.topics[entry.topic]
            out.append("<tr><th scope=\"row\">")
            table.writeSwatch(entry.topic, to: &out)
            table.writeLabel(entry.topic, to: &out)
            out.append("</th>")
            for (version, document) in documents.enumerated() {
                out.append("<td>")
                writeStrip(topic, entry: entry, version: version, length: document.scalars.count, to: &out)
                out.append("</td>")
            }
            out.append("</tr>\n")
        }
        out.append("</tbody>\n</table></div>\n</section>\n")
    }

    /// One strip: the track, and a mark for each run of cells where the topic occurs.
    func writeStrip(_ topic: Analysis.Topic, entry: ReportTopics.Entry, version: Int, length: Int, to out: inout ChunkedOutput) {
        var filled = [Bool](repeating: false, count: Self.bins)
        for occurrence in topic.occurrences where occurrence.version == version {
            let bin = length > 0 ? occurrence.range.lowerBound * Self.bins / length : 0
            filled[min(Self.bins - 1, max(0, bin))] = true
        }
        let count = version < entry.counts.count ? entry.counts[version] : 0
        out.append("<svg viewBox=\"0 0 \(Self.bins) 10\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
        if count == 0 {
            out.append("no passage found in ")
        } else {
            out.append("\(count) \(count == 1 ? "occurrence" : "occurrences") in ")
        }
        out.appendEscaped(documents[version].label, in: .line)
        out.append("\"><rect class=\"trk\" width=\"\(Self.bins)\" height=\"10\"/>")
        let fill = appearance.fillClass(entry.topic, in: index)
        var bin = 0
        while bin < Self.bins {
            guard filled[bin] else { bin += 1; continue }
            var end = bin
            while end < Self.bins, filled[end] { end += 1 }
            // At least two cells wide, so a single mention stays visible on a narrow strip.
            let x = min(bin, Self.bins - 2)
            out.append("<rect class=\"\(fill)\" x=\"\(x)\" width=\"\(max(2, end - bin))\" height=\"10\"/>")
            bin = end
        }
        out.append("</svg>")
    }
}

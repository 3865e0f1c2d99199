import Foundation
import ReadoutsText

/// The quality figures as text: one line per pair, and a table of the summaries.
public enum QualityReport {
    /// One line per pair, then the totals: links right/judged, possible, topics found,
    /// one-sided topics left unlinked, sure pairs found, and the shared topics missed.
    public static func pairLines(_ summary: QualitySummary) -> [String] {
        let header = "quality \(summary.linker) on \(summary.split) (\(summary.results.count) pairs, \(summary.crossLanguagePairs) cross-language)"
        var lines = [header, column("pair", 30) + column("langs", 7) + column("links P", 17) + column("possible", 9)
            + column("topics", 8) + column("one-sided", 10) + column("sure pairs", 11) + "missed"]
        for result in summary.results {
            lines.append(
                column(Sanitiser.escapedForMessage(result.name), 30) + column(Sanitiser.escapedForMessage(result.languagePair), 7)
                    + column(Ratio(result.correct, result.correct + result.wrong).description, 17)
                    + column("\(result.possible)", 9) + column("\(result.topicsFound)/\(result.sharedTopics)", 8)
                    + column("\(result.oneSidedDetected)/\(result.oneSided)", 10)
                    + column("\(result.correct)/\(result.sure)", 11) + result.missedTopics.map(Sanitiser.escapedForMessage).joined(separator: ", "))
        }
        lines.append(
            column("total", 37) + column(summary.linkPrecision.description, 17)
                + column("\(summary.possibleShare.numerator)", 9)
                + column("\(summary.topicRecall.numerator)/\(summary.topicRecall.denominator)", 8)
                + column("\(summary.oneSidedDetection.numerator)/\(summary.oneSidedDetection.denominator)", 10)
                + column("\(summary.sentencePairRecall.numerator)/\(summary.sentencePairRecall.denominator)", 11))
        lines.append("engine one-sided topics: precision \(summary.engineOneSidedPrecision), recall \(summary.engineOneSidedRecall)")
        return lines
    }

    /// A Markdown table, one row per summary: the figures the README reports.
    public static func table(_ summaries: [QualitySummary]) -> String {
        var lines = [
            "| linker | split | link precision | possible links | topic recall | cross-language topic recall | one-sided topics unlinked | engine one-sided precision / recall | sentence-pair recall |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for summary in summaries {
            let cells = [
                summary.linker, summary.split, summary.linkPrecision.description,
                "\(summary.possibleShare.numerator)", summary.topicRecall.description,
                summary.crossLanguageTopicRecall.description, summary.oneSidedDetection.description,
                "\(short(summary.engineOneSidedPrecision)) / \(short(summary.engineOneSidedRecall))",
                summary.sentencePairRecall.description,
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    private static func short(_ ratio: Ratio) -> String { String(format: "%.2f", ratio.value) }

    private static func column(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

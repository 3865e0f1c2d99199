import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// Timing for the benchmark executable (`readouts-bench`): the median wall-clock time of
/// a full analysis, so numbers are comparable between machines and commits.
public enum TopicBenchmark {
    /// Median milliseconds of `runs` complete analyses of `documents`.
    public static func medianMilliseconds(_ documents: [Document], lexicons: [Lexicon] = [.international], runs: Int = 5,
                                          namesTopics: Bool = true) -> Double {
        var engine = TopicEngine(lexicons: lexicons)
        engine.namesTopics = namesTopics
        _ = Lexicon.international  // parse the shipped lexicon outside the timing
        var times: [Double] = []
        for _ in 0..<max(1, runs) {
            let clock = ContinuousClock()
            let elapsed = clock.measure { _ = engine.analyse(documents) }
            times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        times.sort()
        return times[times.count / 2]
    }
}

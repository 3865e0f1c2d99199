import ArgumentParser
import ReadoutsEncoder
import ReadoutsFixtures
import Foundation
import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

// `readouts-bench`: see BenchCommand for the options and the README for the figures.
// `readouts-bench encoder`: load time, throughput and memory of the installed sentence encoder.
// `readouts-bench search [MB] [pattern…]`: search timings on one large document; a prefix
// chooses modes: "re:" regex, "stem:" stems, "word:" whole word, "all:" every pane, and
// "ru:" searches a Russian document instead of the French one.
MallocPolicy.returnLargeBlocks()  // as the reader does, so that its peak is the reader's
// A write to a tmux control client that has exited fails with EPIPE (which the client
// reports) rather than ending the bench without a word.
signal(SIGPIPE, SIG_IGN)
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "search" {
    let megabytes = arguments.count > 1 ? Double(arguments[1]) ?? 10 : 10
    let document = SearchBenchmark.largeDocument(megabytes: megabytes)
    var russian: Document?
    let prefixes: [(String, (inout SearchOptions) -> Void)] = [
        ("re:", { $0.regex = true }), ("stem:", { $0.stem = true }), ("word:", { $0.wholeWord = true }),
        ("all:", { $0.allPanes = true }),
    ]
    let patterns = arguments.count > 2
        ? Array(arguments[2...]) : ["securite", "Etats", "zzzq", "stem:diplomatique", "word:iran", "re:s.curit.", "all:sanctions", "re:(a+)+$", "re:(.*)*x",
                                              "re:(?i)(\\w+\\s?)*$", "ru:putin", "ru:shevardnadze", "ru:zzzq", "ru:Путин"]
    for argument in patterns {
        var pattern = Substring(argument)
        var options = SearchOptions()
        var inRussian = false
        if pattern.hasPrefix("ru:") {
            inRussian = true
            pattern = pattern.dropFirst(3)
        }
        for (prefix, set) in prefixes where pattern.hasPrefix(prefix) {
            set(&options)
            pattern = pattern.dropFirst(prefix.count)
        }
        if inRussian && russian == nil { russian = SearchBenchmark.largeRussianDocument(megabytes: megabytes) }
        let searched = inRussian ? russian! : document
        print((inRussian ? "[ru] " : "") + SearchBenchmark.run(document: searched, pattern: String(pattern), options: options).description)
    }
} else if arguments.first == "bundled" {
    // `readouts-bench bundled`: one keystroke's update + render on the bundled readouts at
    // 200×60, topics shown (issue 4: at most 1 ms).
    let documents = BundledReadouts.documents()
    var frames = FrameBenchmark(documents: documents, width: 200, height: 60)
    frames.analysis = TopicEngine().analyse(documents)
    let run = frames.paging(keys: 400, repetitions: 5)
    print(String(format: "bundled readouts linked in %.2f ms (median of 21, shipped lexicon)",
                 TopicBenchmark.medianMilliseconds(documents, runs: 21)))
    print(String(format: "bundled readouts, 200×60, topics shown: key p50 %.3f ms, p99 %.3f ms (quiet p99 %.3f ms), max %.3f ms over %d keys",
                 Statistics.percentile(run.times, 50), Statistics.percentile(run.times, 99),
                 Statistics.percentile(run.quietTimes, 99), run.times.max() ?? 0, run.times.count))
} else if arguments.first == "naming" {
    // `readouts-bench naming [MB]`: what merging and naming automatic topics adds to linking
    // (the bundled readouts, then synthetic 2 × MB without a lexicon), runs interleaved.
    let megabytes = arguments.count > 1 ? Double(arguments[1]) ?? 1 : 1
    let (a, b) = SyntheticReadouts.pair(bytes: Int(megabytes * 1_000_000), seed: 42)
    for (name, documents, runs) in [("bundled readouts", BundledReadouts.documents(), 21), ("synthetic 2 × \(megabytes) MB", [a, b], 5)] {
        var with: [Double] = [], without: [Double] = []
        for _ in 0..<runs {
            with.append(TopicBenchmark.medianMilliseconds(documents, lexicons: [], runs: 1))
            without.append(TopicBenchmark.medianMilliseconds(documents, lexicons: [], runs: 1, namesTopics: false))
        }
        print(String(format: "%@, --no-lexicon: linked in %.1f ms with topics merged and named, %.1f ms without (medians of %d, interleaved)",
                     name, Statistics.percentile(with, 50), Statistics.percentile(without, 50), runs))
    }
} else if arguments.first == "quality" {
    // `readouts-bench quality`: link quality on the hand-annotated pairs (see QualityCommand).
    QualityCommand.main(Array(arguments.dropFirst()))
} else if arguments.first == "toml" {
    // `readouts-bench toml [MB]`: TOML parsing speed and its growth with the input.
    do {
        try TOMLBenchmark.run(megabytes: arguments.count > 1 ? Double(arguments[1]) ?? 10 : 10)
    } catch {
        print("TOML benchmark failed: \(error)")
    }
} else if arguments.first == "semantic" {
    // `readouts-bench semantic [MB…]`: the semantic linker on large pairs (issue 17 §6).
    SemanticBenchmark.run(Array(arguments.dropFirst()))
} else if arguments.first == "semantic-child" {
    SemanticBenchmark.child(megabytes: arguments.count > 1 ? Double(arguments[1]) ?? 1 : 1, lexical: arguments.dropFirst(2).first == "lexical")
} else if arguments.first == "startup" {
    // `readouts-bench startup`: the first screen against less, keys while loading, memory (issue 15).
    StartupCommand.main(Array(arguments.dropFirst()))
} else if arguments.first == "embed" {
    // `readouts-bench embed < LINES`: each input line's vector from the installed encoder,
    // one line of numbers per input line (for studying the semantic linker offline).
    do {
        guard let encoder = try ModelStore.installedEncoder(environment: ProcessInfo.processInfo.environment) else {
            throw ValidationError("the sentence encoder is not installed (readouts --install-model)")
        }
        var lines: [String] = []
        while let line = readLine() { lines.append(line) }
        let vectors = encoder.embed(lines)
        for row in 0..<lines.count {
            print(vectors[row].map { String($0) }.joined(separator: " "))
        }
    } catch {
        FileHandle.standardError.write(Data("embed: \(Sanitiser.escapedForMessage("\(error)"))\n".utf8))
        exit(2)
    }
} else if arguments.first == "encoder" {
    // `readouts-bench encoder`: the installed sentence encoder (issue 17).
    EncoderBenchmark.run()
} else {
    BenchCommand.main()
}

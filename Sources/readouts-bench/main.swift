import ReadoutsReader

// `readouts-bench`: see BenchCommand for the options and the README for the figures.
// `readouts-bench search [MB] [pattern…]`: search timings on one large document; a prefix
// chooses modes: "re:" regex, "stem:" stems, "word:" whole word, "all:" every pane.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "search" {
    let megabytes = arguments.count > 1 ? Double(arguments[1]) ?? 10 : 10
    let document = SearchBenchmark.largeDocument(megabytes: megabytes)
    let prefixes: [(String, (inout SearchOptions) -> Void)] = [
        ("re:", { $0.regex = true }), ("stem:", { $0.stem = true }), ("word:", { $0.wholeWord = true }),
        ("all:", { $0.allPanes = true }),
    ]
    let patterns = arguments.count > 2
        ? Array(arguments[2...]) : ["securite", "Etats", "zzzq", "stem:diplomatique", "word:iran", "re:s.curit.", "all:sanctions", "re:(a+)+$"]
    for argument in patterns {
        var pattern = Substring(argument)
        var options = SearchOptions()
        for (prefix, set) in prefixes where pattern.hasPrefix(prefix) {
            set(&options)
            pattern = pattern.dropFirst(prefix.count)
        }
        print(SearchBenchmark.run(document: document, pattern: String(pattern), options: options))
    }
} else {
    BenchCommand.main()
}

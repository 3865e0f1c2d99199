import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// Measures search on a large document through the same path as the reader (keys through
/// `apply`, then `render`), for `readouts-bench search`. Issue 5 asks for the first screen of
/// results within 150 ms on a 10 MB version; the full count may follow in background steps.
public enum SearchBenchmark {
    public struct Report: Sendable, CustomStringConvertible {
        public var megabytes: Double
        public var pattern: String
        /// The slowest key while typing the pattern (each key searches again), render included.
        public var slowestKey: Duration
        /// The last key of the pattern: matches on screen and the view on the first one.
        public var firstScreen: Duration
        /// From the last key until every block is counted (background steps).
        public var fullCount: Duration
        public var steps: Int
        /// The slowest background step while counting (the reader reads keys between steps).
        public var slowestStep: Duration
        /// The slowest of 20 scrolling keys pressed once the count is done, render included:
        /// what a reader feels for as long as the search stays shown.
        public var slowestKeyAfter: Duration
        public var matches: Int
        public var status: String

        public var description: String {
            func ms(_ duration: Duration) -> String {
                let (seconds, attoseconds) = duration.components
                return String(Double(seconds) * 1000 + Double(attoseconds) / 1e15) + " ms"
            }
            return """
                search "\(pattern)" in \(megabytes) MB: first screen \(ms(firstScreen)), slowest key \(ms(slowestKey)), \
                full count \(ms(fullCount)) in \(steps) steps (slowest \(ms(slowestStep))), keys after: slowest \(ms(slowestKeyAfter)), \
                \(matches) matches, status "\(status)"
                """
        }
    }

    /// A document of about `megabytes` MB made of the bundled Kremlin readout repeated.
    public static func largeDocument(megabytes: Double) -> Document {
        let seed = BundledReadouts.documents()[0]
        let paragraphs = seed.blocks.map { seed.string($0.range) }.joined(separator: "\n\n")
        return repeated(paragraphs, megabytes: megabytes, name: "large")
    }

    /// `paragraphs` repeated to about `megabytes` MB, loaded as the plain-text file `name`.txt.
    private static func repeated(_ paragraphs: String, megabytes: Double, name: String) -> Document {
        var text = ""
        let target = Int(megabytes * 1_000_000)
        text.reserveCapacity(target + paragraphs.utf8.count)
        while text.utf8.count < target { text += paragraphs + "\n\n" }
        return (try? DocumentLoader.load(bytes: Array(text.utf8), name: "\(name).txt", markdown: false))
            ?? Document(id: name, label: name, text: "", blocks: [])
    }

    /// A document of about `megabytes` MB in Russian (a few paragraphs of a readout on a
    /// prisoner exchange, repeated): where a Latin pattern is matched by its spellings
    /// (`putin`, `shevardnadze` against Cyrillic).
    public static func largeRussianDocument(megabytes: Double) -> Document {
        let paragraphs = """
            Состоялся телефонный разговор Владимира Путина с Президентом Грузии. Обсуждались вопросы \
            двустороннего сотрудничества, в том числе в торгово-экономической и гуманитарной сферах.

            Уполномоченный по правам человека Татьяна Москалькова отметила, что это крупнейший обмен \
            с начала года. Украинский омбудсмен Дмитрий Лубинец сообщил о возвращении военнопленных.

            Эдуард Шеварднадзе и Михаил Горбачёв встретились в Москве; Владимир Зеленский выступил \
            с заявлением, а Алексей Навальный и Никита Хрущёв упоминались в докладе.
            """
        return repeated(paragraphs, megabytes: megabytes, name: "large-ru")
    }

    /// Opens `document` beside the bundled White House readout, scrolls the first pane to
    /// `startFraction` of its length, then types `/pattern` and counts to the end.
    public static func run(document: Document, pattern: String = "securite", options: SearchOptions = SearchOptions(),
                           startFraction: Double = 0.5,
                           width: Int = 160, height: Int = 50) -> Report {
        var state = ReaderState(documents: [document, BundledReadouts.documents()[1]], width: width, height: height)
        for character in "\(Int(startFraction * 100))%" { state.apply(.key(.character(character))) }
        let clock = ContinuousClock()
        var slowest = Duration.zero
        var last = Duration.zero
        var toggles: [Key] = []
        if options.regex { toggles.append(.control("r")) }
        if options.stem { toggles.append(.control("t")) }
        if options.wholeWord { toggles.append(.control("w")) }
        if options.exactAccents { toggles.append(.control("a")) }
        if options.allPanes { toggles.append(.control("p")) }
        for key in [Key.character("/")] + toggles + pattern.map(Key.character) {
            last = clock.measure {
                state.apply(.key(key))
                _ = render(state)
            }
            slowest = max(slowest, last)
        }
        state.apply(.key(.enter))
        var steps = 0
        var slowestStep = Duration.zero
        let full = clock.measure {
            while state.hasBackgroundWork {
                slowestStep = max(slowestStep, clock.measure { state.apply(.tick) })
                steps += 1
            }
        }
        var slowestAfter = Duration.zero
        for key in Array(repeating: Key.character("j"), count: 10) + Array(repeating: Key.character("k"), count: 10) {
            slowestAfter = max(slowestAfter, clock.measure {
                state.apply(.key(key))
                _ = render(state)
            })
        }
        let matches = state.documents.indices.reduce(0) { $0 + (state.search.count(in: $1) ?? 0) }
        let label = ([pattern] + options.tags.map { "[\($0)]" }).joined(separator: " ")
        return Report(megabytes: Double(document.scalars.count) / 1_000_000, pattern: label, slowestKey: slowest,
                      firstScreen: last, fullCount: full, steps: steps, slowestStep: slowestStep, slowestKeyAfter: slowestAfter,
                      matches: matches, status: state.notice?.text ?? "")
    }
}

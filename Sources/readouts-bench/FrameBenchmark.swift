import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// The key path alone: one event's `apply` plus the `render` that follows it, as the
/// terminal loop does per keystroke, timed one by one so the report can give percentiles.
struct FrameBenchmark {
    var documents: [Document]
    var width: Int
    var height: Int
    /// When set, every run starts from a state that has it (highlights, the link gutter,
    /// follow mode), and the script also walks topics: `]` `}` Enter Backspace `o`.
    var analysis: Analysis? = nil

    struct Run {
        var times: [Double]
        var quietTimes: [Double]
        /// The slowest quiet time of each key of the script, to point at what to optimise.
        var slowestByKey: [String: Double] = [:]
        /// Blocks wrapped during the run, all panes.
        var wrappedBlocks: Int
    }

    /// A reading session: paging down through both versions, back up, line steps, half
    /// pages, jumps to the end and the top, switching panes. Mostly cold pages (blocks not
    /// yet wrapped), which is the expensive case.
    static func script(keys: Int, topics: Bool = false) -> [Key] {
        let walk: [Key] = topics ? [.character("]"), .character("]"), .character("}"), .enter, .backspace, .character("o"), .escape] : []
        let pattern: [Key] = walk +
            Array(repeating: .character(" "), count: 20) + Array(repeating: .character("j"), count: 5)
            + Array(repeating: .character("b"), count: 5) + [.character("d"), .character("u"), .tab]
            + Array(repeating: .character(" "), count: 10) + [.character("G")]
            + Array(repeating: .character("b"), count: 5) + [.character("g"), .tab]
        return (0..<keys).map { pattern[$0 % pattern.count] }
    }

    /// Plays the script `repetitions` times, each on a fresh state (cold wrap caches, as
    /// on a first read). `times` holds every sample; `quietTimes` the fastest of the
    /// repetitions for each keystroke, which removes the other builds' preemptions on a
    /// shared machine but keeps each key's real work (the same blocks are cold each time).
    func paging(keys: Int, repetitions: Int) -> Run {
        let script = Self.script(keys: keys, topics: analysis != nil)
        var samples = [[Double]](repeating: [], count: script.count)
        var wrappedBlocks = 0
        for _ in 0..<max(1, repetitions) {
            var state = ReaderState(documents: documents, width: width, height: height)
            if let analysis { state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1)) }
            _ = render(state)
            let before = wrapped(state)
            for (index, key) in script.enumerated() {
                let (_, ms) = Statistics.time { () -> Frame in
                    state.apply(.key(key))
                    return render(state)
                }
                samples[index].append(ms)
            }
            wrappedBlocks = wrapped(state) - before
        }
        let quiet = samples.map { $0.min() ?? 0 }
        var slowest: [String: Double] = [:]
        for (key, time) in zip(script, quiet) { slowest["\(key)", default: 0] = max(slowest["\(key)", default: 0], time) }
        return Run(times: samples.flatMap { $0 }, quietTimes: quiet, slowestByKey: slowest, wrappedBlocks: wrappedBlocks)
    }

    /// Searching, then reading with the search active: types `/pattern` (each key's update
    /// and render timed: the slowest is the worst wait for a screen of results), presses
    /// Enter, then plays the paging script with every visible match highlighted while the
    /// full count goes on in ticks between keys, as the event loop sends them.
    func searching(pattern: String, keys: Int, repetitions: Int) -> (typing: [Double], paging: Run) {
        var typing: [Double] = []
        var samples = [[Double]](repeating: [], count: keys)
        let script = Self.script(keys: keys)
        for _ in 0..<max(1, repetitions) {
            var state = ReaderState(documents: documents, width: width, height: height)
            _ = render(state)
            var slowest = 0.0
            for key in [Key.character("/")] + pattern.map(Key.character) + [.enter] {
                slowest = max(slowest, Statistics.time { () -> Frame in
                    state.apply(.key(key))
                    return render(state)
                }.1)
            }
            typing.append(slowest)
            for (index, key) in script.enumerated() {
                if state.hasBackgroundWork { state.apply(.tick) }  // between keys, off the timing
                samples[index].append(Statistics.time { () -> Frame in
                    state.apply(.key(key))
                    return render(state)
                }.1)
            }
        }
        let quiet = samples.map { $0.min() ?? 0 }
        return (typing, Run(times: samples.flatMap { $0 }, quietTimes: quiet, wrappedBlocks: 0))
    }

    /// Alternates between two window sizes, deep inside the documents: every resize
    /// changes the pane width, so the visible blocks are wrapped again, and only those.
    /// The panes are first moved near the end, where a full re-wrap would cost the most.
    func resizing(count: Int) -> Run {
        var state = ReaderState(documents: documents, width: width, height: height)
        for _ in documents.indices {
            state.apply(.key(.character("G")))
            for _ in 0..<5 { state.apply(.key(.character("b"))) }
            state.apply(.key(.tab))
        }
        let before = wrapped(state)
        var times: [Double] = []
        for index in 0..<count {
            let (w, h) = index % 2 == 0 ? (width - 37, height - 11) : (width, height)
            let (_, ms) = Statistics.time { () -> Frame in
                state.apply(.resize(width: w, height: h))
                return render(state)
            }
            times.append(ms)
        }
        return Run(times: times, quietTimes: times, wrappedBlocks: wrapped(state) - before)
    }

    /// What the event loop pays on the key path each time the engine posts an analysis:
    /// applying it (indexing links and topics) and drawing the frame.
    func applyingAnalysis(_ analysis: Analysis, runs: Int) -> [Double] {
        (0..<max(1, runs)).map { _ in
            var state = ReaderState(documents: documents, width: width, height: height)
            _ = render(state)
            return Statistics.time { () -> Frame in
                state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
                return render(state)
            }.1
        }
    }

    private func wrapped(_ state: ReaderState) -> Int {
        documents.indices.reduce(0) { $0 + state.text($1).cache.wrappedBlocks }
    }
}

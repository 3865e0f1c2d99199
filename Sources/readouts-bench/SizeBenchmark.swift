import Foundation
import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// Measures one workload in the current process: loading, the first frame, frames while
/// paging and resizing, then linking. Run in a child process per workload, on files the
/// parent wrote, and in an order that keeps peak memory honest: the reader's path and
/// linking run once first, then the repetitions. The process holds only what the reader
/// would: the documents it loaded from the files, and what it computes from them.
struct SizeBenchmark {
    var workload: Workload
    var files: [String]
    var runs: Int
    var linkRuns: Int
    var pagingKeys: Int
    var width = 200
    var height = 60

    func run() -> SizeResult {
        // ru_maxrss survives exec (it would count the parent that generated the files):
        // the high-water mark is reset first, so the baseline is this process's own.
        PeakMemory.reset()
        let baseline = PeakMemory.bytes
        let inputBytes = GeneratedFiles.bytes(files)

        func loadAll() -> [Document] { GeneratedFiles.load(files) }

        let documents = loadAll()
        _ = render(ReaderState(documents: documents, width: width, height: height))
        let frames = FrameBenchmark(documents: documents, width: width, height: height)
        let paging = frames.paging(keys: pagingKeys, repetitions: 3)
        let resizing = frames.resizing(count: max(20, pagingKeys / 10))
        let searching = frames.searching(pattern: "securite", keys: pagingKeys, repetitions: 3)
        let readerPeak = PeakMemory.bytes

        var linkTimes: [Double] = []
        var analysis: Analysis?
        if linkRuns > 0 {
            let engine = GeneratedFiles.readersEngine
            _ = Lexicon.international  // parse the shipped lexicon outside the timing
            MemoryTrace.mark("before linking")
            for _ in 0..<linkRuns {
                analysis = nil  // the previous analysis is not kept alive during the next run
                let (result, ms) = Statistics.time { engine.analyse(documents) }
                linkTimes.append(ms)
                analysis = result
            }
        }
        let peak = PeakMemory.bytes

        // The same reading session with the analysis shown, and the cost of receiving it.
        var linked: FrameBenchmark.Run?
        var applyTimes: [Double] = []
        if let analysis {
            var linkedFrames = frames
            linkedFrames.analysis = analysis
            linked = linkedFrames.paging(keys: pagingKeys, repetitions: 3)
            applyTimes = frames.applyingAnalysis(analysis, runs: runs)
        }

        // Loading is cheap and its growth per doubling is a target: at least 11 runs, so
        // one lucky or unlucky run does not decide the median.
        var loadTimes: [Double] = []
        var firstFrameTimes: [Double] = []
        for _ in 0..<max(runs, 11) {
            let (_, ms) = Statistics.time { render(ReaderState(documents: loadAll(), width: width, height: height)) }
            firstFrameTimes.append(ms)
            let (_, loadMs) = Statistics.time { loadAll() }
            loadTimes.append(loadMs)
        }

        var sentenceTimes: [Double] = []
        var sentenceCounts: [Int] = []
        for _ in 0..<runs {
            let (counts, ms) = Statistics.time { documents.map { SentenceSplitter.sentences(of: $0).count } }
            sentenceTimes.append(ms)
            sentenceCounts = counts
        }

        let linkedP50: Double? = linked.map { Statistics.percentile($0.times, 50) }
        let linkedP99: Double? = linked.map { Statistics.percentile($0.times, 99) }
        let linkedQuietP99: Double? = linked.map { Statistics.percentile($0.quietTimes, 99) }
        let applyMs: Double? = applyTimes.isEmpty ? nil : Statistics.median(applyTimes)
        return SizeResult(
            name: workload.name, bytesPerVersion: workload.bytes, baselineBytes: baseline, versions: files.count,
            inputBytes: inputBytes,
            blocks: documents.map(\.blocks.count), sentences: sentenceCounts,
            loadMs: Statistics.median(loadTimes), sentenceMs: Statistics.median(sentenceTimes),
            firstFrameMs: Statistics.median(firstFrameTimes),
            pagingP50Ms: Statistics.percentile(paging.times, 50), pagingP99Ms: Statistics.percentile(paging.times, 99),
            pagingMaxMs: paging.times.max() ?? 0, pagingKeys: paging.quietTimes.count,
            quietP50Ms: Statistics.percentile(paging.quietTimes, 50), quietP99Ms: Statistics.percentile(paging.quietTimes, 99),
            resizeP50Ms: Statistics.percentile(resizing.times, 50), resizeP99Ms: Statistics.percentile(resizing.times, 99),
            wrappedBlocks: paging.wrappedBlocks, totalBlocks: documents.reduce(0) { $0 + $1.blocks.count },
            wrapsPerResize: Double(resizing.wrappedBlocks) / Double(max(1, resizing.times.count)),
            searchP50Ms: Statistics.percentile(searching.paging.times, 50),
            searchP99Ms: Statistics.percentile(searching.paging.times, 99),
            searchMs: Statistics.median(searching.typing),
            linkingMs: linkTimes.isEmpty ? nil : Statistics.median(linkTimes), linkRuns: linkRuns,
            links: analysis?.links.count, topics: analysis?.topics.count,
            linkedP50Ms: linkedP50, linkedP99Ms: linkedP99, linkedQuietP99Ms: linkedQuietP99,
            applyAnalysisMs: applyMs, slowestByKey: paging.slowestByKey, linkedSlowestByKey: linked?.slowestByKey,
            readerPeakBytes: readerPeak, peakBytes: peak)
    }
}

/// Everything measured for one size of synthetic versions. Times in milliseconds, memory
/// in bytes; nil where a measurement was skipped or the feature does not exist yet.
struct SizeResult: Codable {
    /// "synthetic" for the reworded pairs, or the pathological shape's name.
    var name: String
    /// The size asked for (the row's label); `inputBytes` is what was generated.
    var bytesPerVersion: Int
    /// Resident memory before anything was loaded: the runtime, ICU and the binary.
    var baselineBytes: Int
    var versions: Int
    var inputBytes: Int
    var blocks: [Int]
    var sentences: [Int]
    /// Decoding, sanitising and cutting into blocks, all versions (median).
    var loadMs: Double
    /// ICU sentence segmentation, all versions (median).
    var sentenceMs: Double
    /// Load + `ReaderState` + the first `render` (median).
    var firstFrameMs: Double
    /// One keystroke's `apply` + `render` at 200×60 while paging through both versions,
    /// every sample of three runs of the script (cold caches each run).
    var pagingP50Ms: Double
    var pagingP99Ms: Double
    var pagingMaxMs: Double
    var pagingKeys: Int
    /// The same with each keystroke's fastest of three runs of the script: the frame's own
    /// cost, without the preemptions of a shared machine.
    var quietP50Ms: Double
    var quietP99Ms: Double
    /// A resize's `apply` + `render`, alternating two window sizes.
    var resizeP50Ms: Double
    var resizeP99Ms: Double
    /// Blocks wrapped by one run of the paging script against blocks in the documents:
    /// the key path only wraps what comes into view.
    var wrappedBlocks: Int
    var totalBlocks: Int
    /// Blocks wrapped per resize, all panes: bounded by what the panes show.
    var wrapsPerResize: Double
    /// Frame cost while a search is active, and a search's time: nil until search exists.
    var searchP50Ms: Double?
    var searchP99Ms: Double?
    var searchMs: Double?
    /// Full topic analysis (lexicon on), median of `linkRuns`.
    var linkingMs: Double?
    var linkRuns: Int
    var links: Int?
    var topics: Int?
    /// Paging with the full analysis shown (highlights, gutter, follow mode) and walking
    /// topics; and what applying a posted analysis plus its frame costs the event loop.
    var linkedP50Ms: Double?
    var linkedP99Ms: Double?
    var linkedQuietP99Ms: Double?
    var applyAnalysisMs: Double?
    /// Each key's slowest quiet time, without and with the analysis shown.
    var slowestByKey: [String: Double]
    var linkedSlowestByKey: [String: Double]?
    /// Peak resident memory after the reader measurements, and after linking.
    var readerPeakBytes: Int
    var peakBytes: Int
}

/// Everything measured for one size of synthetic versions. Times in milliseconds, memory
/// in bytes; nil where a measurement was skipped or the feature does not exist yet.
struct SizeResult: Codable {
    /// "synthetic" for the reworded pairs, or the pathological shape's name.
    var name: String
    /// The size asked for (the row's label); `inputBytes` is what was generated.
    var bytesPerVersion: Int
    /// Resident memory before anything was generated: the runtime, ICU and the binary.
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
    /// One keystroke's `apply` + `render` at 200×60 while paging through both versions.
    var pagingP50Ms: Double
    var pagingP99Ms: Double
    var pagingMaxMs: Double
    var pagingKeys: Int
    /// A resize's `apply` + `render`, alternating two window sizes.
    var resizeP50Ms: Double
    var resizeP99Ms: Double
    /// Blocks wrapped by the whole paging and resizing run against blocks in the documents:
    /// the key path only wraps what comes into view.
    var wrappedBlocks: Int
    var totalBlocks: Int
    /// Frame cost while a search is active, and a search's time: nil until search exists.
    var searchP50Ms: Double?
    var searchP99Ms: Double?
    var searchMs: Double?
    /// Full topic analysis (lexicon on), median of `linkRuns`.
    var linkingMs: Double?
    var linkRuns: Int
    var links: Int?
    var topics: Int?
    /// Peak resident memory after the reader measurements, and after linking.
    var readerPeakBytes: Int
    var peakBytes: Int
}

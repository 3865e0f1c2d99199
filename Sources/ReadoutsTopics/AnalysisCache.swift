#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReadoutsEncoder
import ReadoutsText

/// Whole analyses kept on disk, so that reopening the same versions shows every link at
/// once instead of linking them again: one file per analysis under
/// `$XDG_CACHE_HOME/readouts/analyses` (default `~/.cache/readouts/analyses`; none with
/// `READOUTS_NO_CACHE=1`), named by the SHA-256 of everything the analysis depends on —
/// the versions' texts and names, the lexicons, the linking parameters, the sentence
/// encoder's identity and settings, and the program itself (its executable's size and
/// modification time: a new build never reads an older build's analyses).
///
/// A file holds a 64-byte header (magic, its own key, the payload's length and CRC-32) and
/// the analysis (`AnalysisCoding`). One that is truncated, damaged, not the key's or of
/// another format is ignored and removed (`CacheFiles`), and the analysis is made again.
public struct AnalysisCache: CacheDirectory, Sendable {
    /// Names one analysis.
    public typealias Key = CacheKey

    /// The format's name and number: 2 since occurrences say whether they were found by
    /// meaning, 3 since the analysis records the versions aligned as one text
    /// (`Analysis.alignedVersions`), 4 since it records each unlinked sentence's closest
    /// (`Analysis.nearest`), 5 since each link says how it was made (`Analysis.Link.basis`).
    /// A file of another number is ignored and removed, never read as this one.
    static let magic: [UInt8] = Array("RDTANLS5".utf8)
    static let headerSize = 64

    public static let name = "analyses"
    public let files: CacheFiles

    public init(files: CacheFiles) {
        self.files = files
    }

    /// Names the analysis `engine` makes of `documents`.
    public static func key(for documents: [Document], engine: TopicEngine) -> Key {
        var hash = SHA256()
        hash.update("readouts-analysis-1\u{0}\(programIdentity)\u{0}\(engine.parameters)\u{0}\(engine.keepsEvidence)\u{0}\(engine.namesTopics)\u{0}\(engine.labelLanguage?.rawValue ?? "first")\u{0}")
        for lexicon in engine.lexicons { hash.update(lexicon.fingerprint + "\u{0}") }
        if let semantic = engine.semantic {
            let model = semantic.encoder.identity
            hash.update("semantic\u{0}\(model.name)\u{0}\(model.fingerprint)\u{0}\(semantic.parameters)\u{0}")
        } else {
            hash.update("lexical\u{0}")
        }
        hash.update("\(documents.count)\u{0}")
        for document in documents {
            hash.update("\(document.id)\u{0}\(document.label)\u{0}\(document.scalars.count)\u{0}\(document.blocks.count)\u{0}")
            document.scalars.withDeterminingBytes { hash.update($0) }
            for block in document.blocks {
                let flags: Int32 = (block.isHeading ? 1 : 0) | (block.continuesPrevious ? 2 : 0) | (block.keepsLineBreaks ? 4 : 0) | (block.tight ? 8 : 0)
                let fields: [Int32] = [Int32(block.range.lowerBound), Int32(block.range.upperBound), flags]
                fields.withUnsafeBytes { hash.update($0) }
            }
        }
        return Key(digest: hash.finish())
    }

    /// The running program's executable, as its size and modification time.
    static let programIdentity: String = {
        var status = stat()
        // Unknown, nothing is shared: a new build must never read an older build's analyses.
        guard stat("/proc/self/exe", &status) == 0 || stat(CommandLine.arguments.first ?? "", &status) == 0 else {
            return "unknown \(UInt64.random(in: 0...UInt64.max))"
        }
        return "\(status.st_size):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()

    private func name(_ key: Key) -> String { key.description + ".analysis" }

    /// The cached analysis, or nil when absent or unusable (an unusable file is removed).
    /// The payload is read once, into one array, and decoded from there.
    public func load(_ key: Key) -> Analysis? {
        files.load(name(key)) { descriptor, size in
            var header = [UInt8](repeating: 0, count: Self.headerSize)
            guard size >= Self.headerSize, header.withUnsafeMutableBytes({ CacheFiles.read(descriptor, into: $0) }),
                  Array(header[0..<8]) == Self.magic, Array(header[8..<40]) == key.digest else { return nil }
            var length: UInt64 = 0
            for shift in 0..<8 { length |= UInt64(header[40 + shift]) << UInt64(8 * shift) }
            var crc: UInt32 = 0
            for shift in 0..<4 { crc |= UInt32(header[48 + shift]) << UInt32(8 * shift) }
            guard Int(length) == size - Self.headerSize else { return nil }
            var sound = false
            let payload = [UInt8](unsafeUninitializedCapacity: Int(length)) { buffer, initialized in
                let bytes = UnsafeMutableRawBufferPointer(buffer)
                sound = CacheFiles.read(descriptor, into: bytes) && CacheFiles.checksum(UnsafeRawBufferPointer(bytes)) == crc
                initialized = Int(length)
            }
            guard sound else { return nil }
            var source = ByteSource(payload)
            return AnalysisCoding.decode(&source)
        }
    }

    /// Writes `analysis` for `key` (through a temporary file and a rename), streamed: the
    /// encoded analysis is never whole in memory.
    public func store(_ analysis: Analysis, for key: Key) throws(ModelError) {
        try files.store(name(key)) { descriptor in
            // The header, once the payload's length and checksum are known, replaces these zeros.
            var written = [UInt8](repeating: 0, count: Self.headerSize).withUnsafeBytes { CacheFiles.write(descriptor, $0) }
            var length: UInt64 = 0
            var crc: UInt32 = 0
            var sink = ByteSink { chunk in
                chunk.withUnsafeBytes { bytes in
                    written = written && CacheFiles.write(descriptor, bytes)
                    crc = CacheFiles.checksum(bytes, continuing: crc)
                }
                length += UInt64(chunk.count)
            }
            AnalysisCoding.encode(analysis, into: &sink)
            sink.finish()
            var header = Self.magic + key.digest
            withUnsafeBytes(of: length.littleEndian) { header += $0 }
            withUnsafeBytes(of: crc.littleEndian) { header += $0 }
            header += [UInt8](repeating: 0, count: Self.headerSize - header.count)
            return written && header.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) == Self.headerSize }
        }
    }
}

extension Lexicon {
    /// Everything about the lexicon that linking reads, in a fixed order (its dictionaries
    /// sorted): what the analysis cache's key hashes.
    var fingerprint: String {
        var parts = [name]
        for topic in topics {
            parts.append(topic.id)
            parts.append(String(topic.weight))
            for (language, label) in topic.labels.sorted(by: { $0.key < $1.key }) { parts.append("\(language)=\(label)") }
            for (language, aliases) in topic.aliases.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                parts.append(language.rawValue + ":" + aliases.joined(separator: "|"))
            }
            parts.append("-" + topic.exclusions.joined(separator: "|"))
            parts.append("?" + topic.ambiguous.joined(separator: "|"))
            if topic.isPlace { parts.append("place") }
        }
        return parts.joined(separator: "\u{1}")
    }
}

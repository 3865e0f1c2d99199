import ReadoutsText

/// The analysis cache's binary form of an `Analysis`: little-endian integers, strings as
/// a length and UTF-8, topic ids of links as indices into one table (decoding shares the
/// array of every link with the same topics, as the engine does). Decoding checks every
/// length and index against what is left and what exists: bytes that are not an analysis
/// give nil, never a crash or a half analysis.
enum AnalysisCoding {
    /// Writes into `output` as it goes (the analysis of 2 × 10 MB is tens of megabytes:
    /// it is not assembled in memory first).
    static func encode(_ analysis: Analysis, into output: inout ByteSink) {
        output.int(analysis.versions.count)
        for version in analysis.versions {
            output.strings(version.id, version.label, version.language.rawValue)
            output.int(version.sentences.count)
            for sentence in version.sentences {
                output.ints(sentence.index, sentence.range.lowerBound, sentence.range.upperBound, sentence.block)
                output.byte(sentence.isHeading ? 1 : 0)
            }
        }
        output.int(analysis.topics.count)
        for topic in analysis.topics {
            output.strings(topic.id, topic.label, topic.origin.rawValue)
            output.int(topic.occurrences.count)
            for occurrence in topic.occurrences {
                output.ints(occurrence.version, occurrence.sentence, occurrence.range.lowerBound, occurrence.range.upperBound)
                output.byte(occurrence.byMeaning ? 1 : 0)
            }
        }
        var table: [String: Int] = [:]
        var names: [String] = []
        func index(_ id: String) -> Int {
            if let known = table[id] { return known }
            table[id] = names.count
            names.append(id)
            return names.count - 1
        }
        for link in analysis.links {
            for id in link.topics { _ = index(id) }
            for evidence in link.evidence { if let topic = evidence.topic { _ = index(topic) } }
        }
        output.int(names.count)
        for name in names { output.string(name) }
        output.int(analysis.links.count)
        for link in analysis.links {
            output.ints(link.from.version, link.from.sentence, link.to.version, link.to.sentence)
            output.double(link.score)
            output.int(link.topics.count)
            for id in link.topics { output.int(table[id]!) }
            output.int(link.evidence.count)
            for evidence in link.evidence {
                output.ints(evidence.side.version, evidence.side.sentence, evidence.range.lowerBound, evidence.range.upperBound,
                            evidence.topic.map { table[$0]! + 1 } ?? 0)
            }
            output.byte(link.similarity == nil ? 0 : 1)
            if let similarity = link.similarity { output.double(similarity) }
            output.byte(link.basis.rawValue)
        }
        output.byte(analysis.isComplete ? 1 : 0)
        output.strings(analysis.linker.kind.rawValue, analysis.linker.model ?? "", analysis.linker.path?.rawValue ?? "")
        output.int(analysis.alignedVersions.count)
        for pair in analysis.alignedVersions { output.ints(pair.first, pair.second) }
        output.int(analysis.nearest.count)
        for entry in analysis.nearest {
            output.ints(entry.from.version, entry.from.sentence, entry.to.version, entry.to.sentence)
            output.double(entry.similarity)
        }
    }

    static func decode(_ input: inout ByteSource) -> Analysis? {
        var analysis = Analysis()
        guard let versionCount = input.count(atLeast: 1) else { return nil }
        for _ in 0..<versionCount {
            guard let id = input.string(), let label = input.string(), let language = input.string().flatMap(Language.init(rawValue:)),
                  let sentenceCount = input.count(atLeast: 17) else { return nil }
            var sentences: [Sentence] = []
            sentences.reserveCapacity(sentenceCount)
            for _ in 0..<sentenceCount {
                guard let index = input.int(), let start = input.int(), let end = input.int(), let block = input.int(),
                      let heading = input.byte(), start <= end else { return nil }
                sentences.append(Sentence(index: index, range: start..<end, block: block, isHeading: heading == 1))
            }
            analysis.versions.append(Analysis.Version(id: id, label: label, language: language, sentences: sentences))
        }
        // A link holds its versions in 16 bits: a file naming more versions is not one of ours.
        func sentenceExists(_ version: Int, _ sentence: Int) -> Bool {
            version >= 0 && version < analysis.versions.count && version <= Int(Int16.max) && sentence >= 0 && sentence < analysis.versions[version].sentences.count
        }
        guard let topicCount = input.count(atLeast: 1) else { return nil }
        analysis.topics.reserveCapacity(topicCount)
        for _ in 0..<topicCount {
            guard let id = input.string(), let label = input.string(), let origin = input.string().flatMap(Analysis.Origin.init(rawValue:)),
                  let occurrenceCount = input.count(atLeast: 33) else { return nil }
            var occurrences: [Analysis.Occurrence] = []
            occurrences.reserveCapacity(occurrenceCount)
            for _ in 0..<occurrenceCount {
                guard let version = input.int(), let sentence = input.int(), let start = input.int(), let end = input.int(),
                      let byMeaning = input.byte(), byMeaning <= 1, sentenceExists(version, sentence), start <= end else { return nil }
                occurrences.append(Analysis.Occurrence(version: version, sentence: sentence, range: start..<end, byMeaning: byMeaning == 1))
            }
            // Read from a file: held to what the engine makes (a sentence is a topic's by its word or by meaning).
            occurrences.settleByMeaning()
            analysis.topics.append(Analysis.Topic(id: id, label: label, origin: origin, occurrences: occurrences))
        }
        guard let nameCount = input.count(atLeast: 4) else { return nil }
        var names: [String] = []
        for _ in 0..<nameCount {
            guard let name = input.string() else { return nil }
            names.append(name)
        }
        guard let linkCount = input.count(atLeast: 33) else { return nil }
        analysis.links.reserveCapacity(linkCount)
        var shared: [[Int]: [String]] = [:]
        for _ in 0..<linkCount {
            guard let fromVersion = input.int(), let fromSentence = input.int(), let toVersion = input.int(), let toSentence = input.int(),
                  sentenceExists(fromVersion, fromSentence), sentenceExists(toVersion, toSentence),
                  let score = input.double(), let topicCount = input.count(atLeast: 4) else { return nil }
            var indices: [Int] = []
            for _ in 0..<topicCount {
                guard let index = input.int(), index >= 0, index < names.count else { return nil }
                indices.append(index)
            }
            let topics = shared[indices] ?? indices.map { names[$0] }
            shared[indices] = topics
            guard let evidenceCount = input.count(atLeast: 20) else { return nil }
            var evidence: [Analysis.Evidence] = []
            evidence.reserveCapacity(evidenceCount)
            for _ in 0..<evidenceCount {
                guard let version = input.int(), let sentence = input.int(), let start = input.int(), let end = input.int(),
                      let topic = input.int(), sentenceExists(version, sentence), start <= end, topic >= 0, topic <= names.count
                else { return nil }
                evidence.append(Analysis.Evidence(side: .init(version: version, sentence: sentence), range: start..<end,
                                                  topic: topic == 0 ? nil : names[topic - 1]))
            }
            guard let hasSimilarity = input.byte() else { return nil }
            var similarity: Double?
            if hasSimilarity == 1 {
                guard let value = input.double() else { return nil }
                similarity = value
            }
            guard let basis = input.byte().flatMap(Analysis.Link.Basis.init(rawValue:)) else { return nil }
            analysis.links.append(Analysis.Link(
                from: .init(version: fromVersion, sentence: fromSentence), to: .init(version: toVersion, sentence: toSentence),
                score: score, topics: topics, evidence: evidence, similarity: similarity, basis: basis))
        }
        guard let complete = input.byte(), let kind = input.string().flatMap(LinkerInfo.Kind.init(rawValue:)),
              let model = input.string(), let path = input.string(), let alignedCount = input.count(atLeast: 16) else { return nil }
        for _ in 0..<alignedCount {
            guard let first = input.int(), let second = input.int(), first >= 0, first < second,
                  second < analysis.versions.count else { return nil }
            let pair = Analysis.AlignedVersions(first, second)
            // In the order of their versions, each once, as the engine records them.
            if let last = analysis.alignedVersions.last, (last.first, last.second) >= (first, second) { return nil }
            analysis.alignedVersions.append(pair)
        }
        guard let nearestCount = input.count(atLeast: 40) else { return nil }
        analysis.nearest.reserveCapacity(nearestCount)
        for _ in 0..<nearestCount {
            guard let fromVersion = input.int(), let fromSentence = input.int(), let toVersion = input.int(), let toSentence = input.int(),
                  let similarity = input.double(), fromVersion != toVersion,
                  sentenceExists(fromVersion, fromSentence), sentenceExists(toVersion, toSentence) else { return nil }
            let entry = Analysis.Nearest(from: .init(version: fromVersion, sentence: fromSentence),
                                         to: .init(version: toVersion, sentence: toSentence), similarity: similarity)
            // Sorted, each sentence once per version, as the engine records them: lookups halve.
            if let last = analysis.nearest.last, last.order >= entry.order { return nil }
            analysis.nearest.append(entry)
        }
        guard input.isAtEnd else { return nil }
        analysis.isComplete = complete == 1
        analysis.linker = LinkerInfo(kind: kind, model: model.isEmpty ? nil : model, path: SemanticLinking.Path(rawValue: path))
        return analysis
    }
}

/// Where `AnalysisCoding.encode` writes: a buffer handed to `flush` whenever it fills.
struct ByteSink {
    private var buffer: [UInt8] = []
    private let flush: ([UInt8]) -> Void
    static let capacity = 1 << 16

    init(flush: @escaping ([UInt8]) -> Void) {
        self.flush = flush
        buffer.reserveCapacity(Self.capacity)
    }

    mutating func byte(_ value: UInt8) {
        buffer.append(value)
        if buffer.count >= Self.capacity { finish() }
    }

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { for byte in $0 { self.byte(byte) } }
    }

    mutating func double(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { for byte in $0 { self.byte(byte) } }
    }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        for byte in value.utf8 { self.byte(byte) }
    }

    mutating func ints(_ values: Int...) { for value in values { int(value) } }

    mutating func strings(_ values: String...) { for value in values { string(value) } }

    /// Hands what is buffered to `flush`.
    mutating func finish() {
        guard !buffer.isEmpty else { return }
        flush(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// What `AnalysisCoding.decode` reads: bytes and a position, every read checked.
struct ByteSource {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func byte() -> UInt8? {
        guard position < bytes.count else { return nil }
        position += 1
        return bytes[position - 1]
    }

    mutating func int() -> Int? {
        guard bytes.count - position >= 8 else { return nil }
        var value: UInt64 = 0
        for shift in 0..<8 { value |= UInt64(bytes[position + shift]) << UInt64(8 * shift) }
        position += 8
        // Every integer of an analysis fits 32 bits (offsets stay below the 1 GiB input limit).
        let signed = Int64(bitPattern: value)
        guard signed >= Int64(Int32.min), signed <= Int64(Int32.max) else { return nil }
        return Int(signed)
    }

    mutating func double() -> Double? {
        guard bytes.count - position >= 8 else { return nil }
        var value: UInt64 = 0
        for shift in 0..<8 { value |= UInt64(bytes[position + shift]) << UInt64(8 * shift) }
        position += 8
        return Double(bitPattern: value)
    }

    /// A count of items of at least `size` bytes each: no more than the bytes left allow.
    mutating func count(atLeast size: Int) -> Int? {
        guard let value = int(), value >= 0, value <= (bytes.count - position) / max(1, size) else { return nil }
        return value
    }

    mutating func string() -> String? {
        guard let length = count(atLeast: 1) else { return nil }
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }
}

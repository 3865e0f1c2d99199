import Foundation
import ReadoutsEncoder
import ReadoutsText
import ReadoutsFixtures
import XCTest
@testable import ReadoutsTopics

/// Whole analyses kept on disk: the same versions opened again are read back with every
/// link, anything that changes the analysis changes the key, and a damaged or truncated
/// entry is ignored and rebuilt. Every test has a scratch directory of its own.
final class AnalysisCacheTests: XCTestCase {
    private let scratch = ScratchDirectory("analyses")
    private var directory: String { scratch.path }

    override func tearDown() { scratch.remove() }

    private func engine() -> TopicEngine {
        var engine = TopicEngine()
        engine.keepsEvidence = false
        engine.cache = AnalysisCache(directory: directory)
        return engine
    }

    private func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".analysis") }.map { directory + "/" + $0 }
    }

    private func assertSame(_ a: Analysis, _ b: Analysis, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.versions, b.versions, file: file, line: line)
        XCTAssertEqual(a.topics, b.topics, file: file, line: line)
        XCTAssertEqual(a.links, b.links, file: file, line: line)
        XCTAssertEqual(a.linker, b.linker, file: file, line: line)
        XCTAssertEqual(a.isComplete, b.isComplete, file: file, line: line)
        XCTAssertEqual(a.alignedVersions, b.alignedVersions, file: file, line: line)
        XCTAssertEqual(a.nearest, b.nearest, file: file, line: line)
    }

    func testReopeningTheSameVersionsReadsEveryLinkBack() throws {
        let documents = BundledReadouts.documents()
        let first = engine().analyse(documents)
        XCTAssertFalse(first.isFromCache)
        XCTAssertEqual(try entries().count, 1)
        var reported: [TopicEngine.Progress] = []
        let second = engine().analyse(documents, progress: { reported.append($0) })
        XCTAssertTrue(second.isFromCache, "the second opening linked again")
        assertSame(second, first)
        XCTAssertEqual(reported.map(\.fraction), [1], "read back whole: one report, complete")
        XCTAssertFalse(first.links.isEmpty)
    }

    func testEvidenceIsKeptThroughTheCache() throws {
        var withEvidence = engine()
        withEvidence.keepsEvidence = true
        let documents = BundledReadouts.documents()
        let first = withEvidence.analyse(documents)
        let second = withEvidence.analyse(documents)
        XCTAssertTrue(second.isFromCache)
        XCTAssertTrue(second.links.contains { !$0.evidence.isEmpty })
        assertSame(second, first)
    }

    func testAnythingThatChangesTheAnalysisChangesTheKey() throws {
        let documents = BundledReadouts.documents()
        let base = AnalysisCache.key(for: documents, engine: engine())
        XCTAssertEqual(AnalysisCache.key(for: documents, engine: engine()), base)
        var edited = documents
        edited[1] = try DocumentLoader.load(bytes: Array((documents[1].text + " Une phrase de plus.").utf8), name: "b.txt",
                                            markdown: false, label: documents[1].label)
        XCTAssertNotEqual(AnalysisCache.key(for: edited, engine: engine()), base, "a version's text")
        var noLexicon = engine()
        noLexicon.lexicons = []
        XCTAssertNotEqual(AnalysisCache.key(for: documents, engine: noLexicon), base, "the lexicons")
        var tuned = engine()
        tuned.parameters.linksPerSentence += 1
        XCTAssertNotEqual(AnalysisCache.key(for: documents, engine: tuned), base, "the linking parameters")
        var evidence = engine()
        evidence.keepsEvidence = true
        XCTAssertNotEqual(AnalysisCache.key(for: documents, engine: evidence), base, "whether evidence is kept")
        XCTAssertNotEqual(AnalysisCache.key(for: Array(documents.reversed()), engine: engine()), base, "the versions' order")
    }

    func testADamagedEntryIsIgnoredAndRebuilt() throws {
        let documents = BundledReadouts.documents()
        let first = engine().analyse(documents)
        let path = try XCTUnwrap(try entries().first)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[bytes.count / 2] ^= 0x5A
        try bytes.write(to: URL(fileURLWithPath: path))
        let second = engine().analyse(documents)
        XCTAssertFalse(second.isFromCache, "a damaged entry was read")
        assertSame(second, first)
        XCTAssertNotEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes, "the damaged entry was not rebuilt")
        XCTAssertTrue(engine().analyse(documents).isFromCache, "the rebuilt entry is read")
    }

    func testATruncatedEntryIsIgnoredAndRebuilt() throws {
        let documents = BundledReadouts.documents()
        let first = engine().analyse(documents)
        let path = try XCTUnwrap(try entries().first)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(bytes.count - 100).write(to: URL(fileURLWithPath: path))
        let second = engine().analyse(documents)
        XCTAssertFalse(second.isFromCache)
        assertSame(second, first)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes, "rebuilt as it was")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).count, 1, "no temporary file left")
    }

    /// A translation read back from the cache is still one text: the versions the semantic
    /// linker aligned are recorded (`Analysis.alignedVersions`), and the negation check
    /// finds the same counterparts (`TranslationCounterparts`).
    func testTheVersionsAlignedAsOneTextAreReadBack() throws {
        let documents = try [("en", ParallelVersionsTests.english), ("fr", ParallelVersionsTests.frenchLessOneParagraph)].map { name, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "\(name).md", markdown: true)
        }
        var semantic = try InstalledEncoder.engine()
        semantic.cache = AnalysisCache(directory: directory)
        let first = semantic.analyse(documents)
        XCTAssertFalse(first.isFromCache)
        XCTAssertEqual(first.alignedVersions, [Analysis.AlignedVersions(0, 1)])
        let second = semantic.analyse(documents)
        XCTAssertTrue(second.isFromCache)
        assertSame(second, first)
        let (fresh, cached) = (TranslationCounterparts(first), TranslationCounterparts(second))
        let counterparts = first.links.filter { fresh.contains($0.from, $0.to) }
        XCTAssertFalse(counterparts.isEmpty)
        XCTAssertEqual(second.links.filter { cached.contains($0.from, $0.to) }, counterparts)
    }

    /// A file of the former format (`RDTANLS4`, before each link said how it was made),
    /// sound in itself, is not read as this one: it is ignored, removed and rebuilt.
    func testAnEntryOfTheFormerFormatIsRebuiltNotMisread() throws {
        let documents = BundledReadouts.documents()
        let first = engine().analyse(documents)
        let path = try XCTUnwrap(try entries().first)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(Array(bytes.prefix(8)), Array("RDTANLS5".utf8))
        bytes.replaceSubrange(0..<8, with: Array("RDTANLS4".utf8))
        try bytes.write(to: URL(fileURLWithPath: path))
        let second = engine().analyse(documents)
        XCTAssertFalse(second.isFromCache, "an entry of the former format was read")
        assertSame(second, first)
        XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(8)), Array("RDTANLS5".utf8), "rebuilt in this format")
        XCTAssertTrue(engine().analyse(documents).isFromCache)
    }

    /// The record of aligned versions is checked as the rest is: a pair naming a version the
    /// analysis lacks, or one version twice, is no analysis.
    func testAnAlignedPairOfVersionsThatDoNotExistDecodesToNothing() throws {
        var analysis = engine().analyse(BundledReadouts.documents())
        func decoded(_ pairs: [(Int, Int)]) -> Analysis? {
            var bytes: [UInt8] = []
            var sink = ByteSink { bytes += $0 }
            analysis.alignedVersions = []
            AnalysisCoding.encode(analysis, into: &sink)
            sink.finish()
            // The record comes before the last (the closest sentences', empty in a lexical
            // run): its count, then each pair's two versions.
            bytes.removeLast(16)
            func int(_ value: Int) { withUnsafeBytes(of: Int64(value).littleEndian) { bytes += $0 } }
            int(pairs.count)
            for (a, b) in pairs { int(a); int(b) }
            int(0)
            var source = ByteSource(bytes)
            return AnalysisCoding.decode(&source)
        }
        XCTAssertEqual(decoded([(0, 1)])?.alignedVersions, [Analysis.AlignedVersions(0, 1)])
        XCTAssertEqual(decoded([])?.alignedVersions, [])
        XCTAssertNil(decoded([(0, 2)]))
        XCTAssertNil(decoded([(1, 1)]))
        XCTAssertNil(decoded([(-1, 1)]))
        // Each pair once, in the order of the versions, as the engine records them: a pair
        // twice would name a version twice in the JSON's `oneTextWith`.
        XCTAssertNil(decoded([(0, 1), (0, 1)]))
    }

    /// The closest sentences of unlinked ones are read back, and checked as the rest is: one
    /// naming a sentence the analysis lacks, or out of order, is no analysis.
    func testTheClosestSentencesOfUnlinkedOnesAreReadBackAndChecked() throws {
        var semantic = try InstalledEncoder.engine()
        semantic.cache = AnalysisCache(directory: directory)
        let documents = BundledReadouts.documents()
        let first = semantic.analyse(documents)
        XCTAssertFalse(first.nearest.isEmpty, "the bundled readouts have passages linked to nothing")
        let second = semantic.analyse(documents)
        XCTAssertTrue(second.isFromCache)
        XCTAssertEqual(second.nearest, first.nearest)

        var analysis = first
        func decoded(_ entries: [Analysis.Nearest]) -> Analysis? {
            analysis.nearest = entries
            var bytes: [UInt8] = []
            var sink = ByteSink { bytes += $0 }
            AnalysisCoding.encode(analysis, into: &sink)
            sink.finish()
            var source = ByteSource(bytes)
            return AnalysisCoding.decode(&source)
        }
        func entry(_ a: (Int, Int), _ b: (Int, Int)) -> Analysis.Nearest {
            Analysis.Nearest(from: .init(version: a.0, sentence: a.1), to: .init(version: b.0, sentence: b.1), similarity: 0.25)
        }
        let sound = [entry((0, 2), (1, 3)), entry((1, 0), (0, 4))]
        XCTAssertEqual(decoded(sound)?.nearest, sound)
        XCTAssertNil(decoded([entry((0, 2), (1, 10_000))]), "a sentence the version lacks")
        XCTAssertNil(decoded([entry((0, 2), (0, 3))]), "a sentence's closest in its own version")
        XCTAssertNil(decoded(sound.reversed()), "out of order: lookups halve")
    }

    func testBytesThatAreNotAnAnalysisDecodeToNothing() {
        var random = SystemRandomNumberGenerator()
        for length in [0, 1, 8, 64, 1000] {
            var source = ByteSource((0..<length).map { _ in UInt8.random(in: 0...255, using: &random) })
            XCTAssertNil(AnalysisCoding.decode(&source))
        }
    }

    func testTheCacheFollowsXDGAndCanBeTurnedOff() {
        XCTAssertEqual(AnalysisCache(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u"])?.directory,
                       "/x/cache/readouts/analyses")
        XCTAssertEqual(AnalysisCache(environment: ["HOME": "/home/u"])?.directory, "/home/u/.cache/readouts/analyses")
        XCTAssertNil(AnalysisCache(environment: ["HOME": "/home/u", "READOUTS_NO_CACHE": "1"]))
        XCTAssertNil(EmbeddingCache(environment: ["HOME": "/home/u", "READOUTS_NO_CACHE": "1"]))
    }
}

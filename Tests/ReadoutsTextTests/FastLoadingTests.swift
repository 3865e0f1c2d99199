import XCTest
@testable import ReadoutsText

/// The loader's fast path (bytes → scalars → sanitised scalars → blocks) must give exactly
/// what the String path gives, for clean and for damaged input alike.
final class FastLoadingTests: XCTestCase {
    /// The reference: the original String pipeline.
    func reference(_ bytes: [UInt8], markdown: Bool) -> DocumentParser.Parsed {
        DocumentParser.parse(Sanitiser.sanitise(TextDecoder.decode(bytes).text), markdown: markdown)
    }

    func assertSameAsReference(_ bytes: [UInt8], markdown: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws {
        let document = try DocumentLoader.load(bytes: bytes, name: "t.txt", markdown: markdown)
        let expected = reference(bytes, markdown: markdown)
        XCTAssertEqual(document.text, expected.text.description, file: file, line: line)
        XCTAssertEqual(document.blocks, expected.blocks, file: file, line: line)
        XCTAssertEqual(Array(document.scalars), Array(document.text.unicodeScalars), "scalars are the text's", file: file, line: line)
        XCTAssertEqual(document.notice, TextDecoder.decode(bytes).notice, file: file, line: line)
    }

    func testCleanTextOfEveryUTF8Length() throws {
        try assertSameAsReference(Array("# Titre\n\nLes présidents « ont » discuté 😀 中文 Ω\nligne deux\n\n\nfin".utf8))
        try assertSameAsReference(Array("para one\nsoft break\n\n## Heading ##\npara two".utf8), markdown: true)
        try assertSameAsReference(Array("---\nlabel: Kremlin\ndate: 2021-12-07\n---\n\nTexte.".utf8))
    }

    func testControlsTabsAndLineEndsAreSanitisedAlike() throws {
        try assertSameAsReference(Array("a\tb\r\nc\rd\u{1B}[31me\u{7F}f\u{202E}g\u{2028}h\u{85}i\n\tx\tyz".utf8))
        try assertSameAsReference(Array("clean start, then a tab later\n12345\t6".utf8))
    }

    func testDamagedUTF8FallsBackToTheLenientDecoder() throws {
        try assertSameAsReference([0x61, 0xC3, 0x28, 0x62])  // a broken two-byte sequence
        try assertSameAsReference([0x63, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x6F, 0xEB, 0x6C])  // Windows-1252
        try assertSameAsReference([0xC0, 0xAF, 0x61])  // overlong
        try assertSameAsReference([0xED, 0xA0, 0x80, 0x61])  // a surrogate
        try assertSameAsReference([0xF4, 0x90, 0x80, 0x80])  // past U+10FFFF
        try assertSameAsReference([0x61, 0xE2, 0x82])  // truncated at the end
        try assertSameAsReference([0xEF, 0xBB, 0xBF] + Array("bom".utf8))
    }

    func testScalarDecoderMatchesTheStandardLibrary() {
        let samples = ["", "ascii", "é", "€", "😀", "a\u{10FFFF}b", "mixed é € 😀 text"]
        for sample in samples {
            let bytes = Array(sample.utf8)
            var writer = Sanitiser.Writer()
            XCTAssertTrue(bytes.withUnsafeBufferPointer { UTF8Scalars.decode($0, into: &writer) }, sample)
            XCTAssertEqual(Array(writer.text), Array(sample.unicodeScalars), sample)
            XCTAssertEqual(UTF8Scalars.string(Array(sample.unicodeScalars)[...]), sample)
        }
    }

    func testLongParagraphWithoutNewlineIsChunked() throws {
        let text = String(repeating: "mot ", count: 30_000)
        let document = try DocumentLoader.load(bytes: Array(text.utf8), name: "t.txt", markdown: false)
        XCTAssertGreaterThan(document.blocks.count, 20)
        XCTAssertTrue(document.blocks.allSatisfy { $0.range.count <= DocumentParser.maxChunk })
        XCTAssertEqual(document.blocks.dropFirst().filter { !$0.continuesPrevious }.count, 0)
    }

    func testLoadingSeveralPathsAtOnceKeepsOrderAndReportsTheFirstError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for index in 0..<3 {
            let path = directory.appendingPathComponent("v\(index).md").path
            try Data("# Version \(index)\n\nTexte \(index).\n".utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let documents = try DocumentLoader.load(paths: paths, labels: [nil, "Deux"])
        XCTAssertEqual(documents.map(\.label), ["Version 0", "Deux", "Version 2"])
        XCTAssertEqual(documents.map(\.text), try paths.map { try DocumentLoader.load(path: $0).text })
        XCTAssertThrowsError(try DocumentLoader.load(paths: [paths[0], directory.path + "/missing.txt", directory.path])) { error in
            XCTAssertEqual((error as? LoadError)?.reason, "no such file")
        }
    }
}

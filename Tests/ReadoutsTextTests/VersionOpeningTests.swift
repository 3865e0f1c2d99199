import Foundation
import XCTest
@testable import ReadoutsText

/// Opening a version from its head (issue 15): the head shows what the whole shows, the
/// rest completes it, and what turns up after the head never changes what is shown.
final class VersionOpeningTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-opening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    func write(_ bytes: [UInt8], _ name: String = "version.txt") throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func prose(paragraphs: Int) -> String {
        (1...paragraphs).map { "Paragraphe \($0) : les présidents ont évoqué la sécurité européenne « à Genève »." }
            .joined(separator: "\n\n") + "\n"
    }

    func testAShortFileOpensWhole() throws {
        let path = try write(Array(prose(paragraphs: 10).utf8))
        let opening = try DocumentLoader.openVersion(path: path, headBytes: 4096)
        XCTAssertNil(opening.rest)
        XCTAssertFalse(opening.document.isPartial)
        XCTAssertEqual(opening.document.text, try DocumentLoader.load(path: path).text)
    }

    func testTheHeadIsTheStartOfTheWholeDocumentCutAtAParagraph() throws {
        let path = try write(Array(prose(paragraphs: 400).utf8))
        let opening = try DocumentLoader.openVersion(path: path, headBytes: 4096)
        let head = opening.document
        XCTAssertTrue(head.isPartial)
        XCTAssertLessThan(head.scalars.count, 4096)
        XCTAssertTrue(head.text.hasSuffix("Genève »."), "the head ends at the end of a paragraph: \(head.text.suffix(30))")
        let whole = try XCTUnwrap(opening.rest).finish()
        XCTAssertFalse(whole.isPartial)
        XCTAssertEqual(whole.text, try DocumentLoader.load(path: path).text, "the rest completes the head exactly")
        XCTAssertTrue(whole.text.hasPrefix(head.text), "every offset shown in the head means the same in the whole")
        XCTAssertEqual(Array(whole.blocks.prefix(head.blocks.count)), head.blocks)
        XCTAssertNil(whole.notice)
    }

    func testARestWhoseReadingIsCancelledStopsAndClosesItsFile() async throws {
        let path = try write(Array(prose(paragraphs: 400).utf8))
        let rest = try XCTUnwrap(try DocumentLoader.openVersion(path: path, headBytes: 4096).rest)
        let task = Task.detached {
            withUnsafeCurrentTask { $0?.cancel() }  // the reader quit before the rest was read
            return rest.finish()
        }
        let document = await task.value
        XCTAssertFalse(document.text.contains("Paragraphe 400"), "a cancelled rest is not read to its end")
        XCTAssertEqual(fcntl(rest.fd, F_GETFD), -1, "its file is closed")
    }

    /// One-character lines: the head's bytes alone would be 32,768 lines to parse and wrap
    /// before the first screen, which shows 60 (65,536 at the reader's 128 KB).
    func testAHeadOfShortLinesStopsAtItsLineLimit() throws {
        let text = String(repeating: "a\nb\n", count: 20_000)
        let path = try write(Array(text.utf8))
        let opening = try DocumentLoader.openVersion(path: path, headBytes: 64 * 1024)
        let head = opening.document
        XCTAssertTrue(head.isPartial)
        XCTAssertLessThanOrEqual(head.text.utf8.count, 2 * DocumentLoader.headLines, "at most \(DocumentLoader.headLines) lines")
        XCTAssertGreaterThanOrEqual(head.text.utf8.count, 2 * DocumentLoader.headLines - 4, "a screen's worth and a margin")
        let whole = try XCTUnwrap(opening.rest).finish()
        XCTAssertEqual(whole.text, try DocumentLoader.load(path: path).text, "the rest completes the head exactly")
    }

    func testAHeadWithoutALineBreakEndsOnACharacterBoundary() throws {
        let line = String(repeating: "é", count: 5000)
        let path = try write(Array(line.utf8))
        let opening = try DocumentLoader.openVersion(path: path, headBytes: 4095)
        XCTAssertFalse(opening.document.text.contains("\u{FFFD}"), "no character is cut in two")
        XCTAssertEqual(try XCTUnwrap(opening.rest).finish().text, line)
    }

    func testBinaryDataAfterTheHeadIsLeftOutWithANotice() throws {
        let text = prose(paragraphs: 200)
        let path = try write(Array(text.utf8) + [0, 0x7F, 0x45, 0x4C, 0x46, 0, 0, 1])
        let opening = try DocumentLoader.openVersion(path: path, headBytes: 4096)
        let whole = try XCTUnwrap(opening.rest).finish()
        XCTAssertEqual(whole.text, try DocumentLoader.load(bytes: Array(text.utf8), name: "x", markdown: false).text)
        XCTAssertTrue(whole.notice?.contains("binary data from byte \(text.utf8.count)") ?? false, "\(whole.notice ?? "no notice")")
    }

    func testInvalidUTF8AfterTheHeadKeepsTheHeadAsShown() throws {
        // The head is UTF-8 with accents; a Windows-1252 byte far later must not re-decode it.
        var bytes = Array(prose(paragraphs: 200).utf8)
        bytes += Array("Fin : caf".utf8) + [0xE9] + Array(".\n".utf8)
        let path = try write(bytes)
        let opening = try DocumentLoader.openVersion(path: path, headBytes: 4096)
        let whole = try XCTUnwrap(opening.rest).finish()
        XCTAssertTrue(whole.text.hasPrefix(opening.document.text), "what was shown is unchanged")
        XCTAssertTrue(whole.text.hasSuffix("Fin : caf\u{FFFD}."))
        XCTAssertTrue(whole.notice?.contains("invalid UTF-8 after the first screen") ?? false, "\(whole.notice ?? "no notice")")
    }

    func testAnASCIIHeadFollowedByLegacyBytesIsDecodedAsWindows1252() throws {
        var bytes = Array(String(repeating: "The presidents discussed security.\n\n", count: 200).utf8)
        bytes += Array("Fin : caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8] + Array("me.\n".utf8)
        let path = try write(bytes)
        let opening = try DocumentLoader.openVersion(path: path, headBytes: 4096)
        let whole = try XCTUnwrap(opening.rest).finish()
        XCTAssertTrue(whole.text.hasSuffix("Fin : café crème."))
        XCTAssertTrue(whole.notice?.contains("Windows-1252") ?? false)
    }

    func testAFileThatGrowsAfterOpeningIsReadToItsNewEndWithANotice() throws {
        let path = try write(Array(prose(paragraphs: 200).utf8))
        let opening = try DocumentLoader.openVersion(path: path, headBytes: 4096)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("Ajout.\n".utf8))
        try handle.close()
        let whole = try XCTUnwrap(opening.rest).finish()
        XCTAssertTrue(whole.text.hasSuffix("Ajout."))
        XCTAssertTrue(whole.notice?.contains("grew while loading") ?? false)
    }

    func testAFileReplacedAfterOpeningIsReadAsOpened() throws {
        let text = prose(paragraphs: 200)
        let path = try write(Array(text.utf8))
        let opening = try DocumentLoader.openVersion(path: path, headBytes: 4096)
        let other = try write(Array("Autre chose.\n".utf8), "other.txt")
        XCTAssertEqual(rename(other, path), 0)
        let whole = try XCTUnwrap(opening.rest).finish()
        XCTAssertEqual(whole.text, try DocumentLoader.load(bytes: Array(text.utf8), name: "x", markdown: false).text)
        XCTAssertTrue(whole.notice?.contains("was replaced while loading") ?? false)
    }
}

import XCTest
@testable import ReadoutsText

/// UTF-16 files, little- and big-endian, with and without a byte-order mark, are text.
final class UTF16DecodingTests: XCTestCase {
    let french = "Les présidents ont parlé des « garanties » — l’OTAN, 2021.\nДа, Путин и Байден. 🇫🇷\n"

    func bytes(_ text: String, littleEndian: Bool, mark: Bool) -> [UInt8] {
        var units = Array(text.utf16)
        if mark { units.insert(0xFEFF, at: 0) }
        return units.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    func testUTF16IsDecodedInEveryByteOrderWithOrWithoutAMark() throws {
        for littleEndian in [true, false] {
            for mark in [true, false] {
                let input = bytes(french, littleEndian: littleEndian, mark: mark)
                XCTAssertFalse(BinaryDetector.looksBinary(input), "UTF-16 is not binary (LE \(littleEndian), mark \(mark))")
                let document = try DocumentLoader.load(bytes: input, name: "u.txt", markdown: false)
                XCTAssertEqual(document.text, "Les présidents ont parlé des « garanties » — l’OTAN, 2021.\nДа, Путин и Байден. 🇫🇷")
                XCTAssertEqual(document.notice, littleEndian ? "decoded as UTF-16LE" : "decoded as UTF-16BE")
            }
        }
    }

    func testMostlyCyrillicUTF16WithoutAMarkIsRecognised() throws {
        let russian = "Президенты России и США договорились о консультациях по вопросам безопасности."
        let document = try DocumentLoader.load(bytes: bytes(russian, littleEndian: true, mark: false), name: "r.txt", markdown: false)
        XCTAssertEqual(document.text, russian)
    }

    func testBrokenSurrogatesAndAnOddLastByteBecomeReplacementCharacters() throws {
        let input = bytes("Les présidents ont parlé.", littleEndian: true, mark: true) + [0x00, 0xD8, 0x62, 0x00, 0x63]
        let document = try DocumentLoader.load(bytes: input, name: "u.txt", markdown: false)
        XCTAssertEqual(document.text, "Les présidents ont parlé.\u{FFFD}b\u{FFFD}")
    }

    func testUTF16ControlsAreSanitisedAndBinaryStaysBinary() throws {
        let hostile = bytes("Un titre \u{1B}]2;x\u{07} et la suite", littleEndian: true, mark: true)
        XCTAssertEqual(try DocumentLoader.load(bytes: hostile, name: "h.txt", markdown: false).text, "Un titre ␛]2;x␇ et la suite")
        // NUL characters and 16-bit binary patterns are still binary, marked or not.
        XCTAssertTrue(BinaryDetector.looksBinary([0xFF, 0xFE] + Array(repeating: 0, count: 64)))
        XCTAssertTrue(BinaryDetector.looksBinary((0..<512).flatMap { [UInt8($0 % 7 + 1), 0] }))
        var generator = SystemRandomNumberGenerator()
        let random = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
        XCTAssertTrue(BinaryDetector.looksBinary(random))
        XCTAssertTrue(BinaryDetector.looksBinary(Array(repeating: UInt8(0), count: 8192)))
    }

    /// A short text file with a NUL byte in it is a text with a NUL (binary, refused with the
    /// reason), not UTF-16: an analyst's "hello\0world" was read as "敨汬o潷汲" and exited 0.
    func testAShortTextWithANULIsBinaryNotUTF16() throws {
        let input = Array("hello\u{0}world\n".utf8)
        XCTAssertTrue(BinaryDetector.looksBinary(input))
        XCTAssertThrowsError(try DocumentLoader.load(bytes: input, name: "nul.txt", markdown: false)) { error in
            XCTAssertTrue("\(error)".contains("binary"), "\(error)")
        }
        // Two characters of real UTF-16 are still UTF-16.
        XCTAssertEqual(try DocumentLoader.load(bytes: bytes("Da", littleEndian: true, mark: false), name: "d.txt", markdown: false).text, "Da")
    }
}

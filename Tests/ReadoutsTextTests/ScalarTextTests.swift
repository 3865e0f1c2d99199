import XCTest
@testable import ReadoutsText

/// The compact text store: one byte per scalar for alphabetic scripts, wider only when a
/// text needs it, and always the same scalars as the text it holds.
final class ScalarTextTests: XCTestCase {
    func assertHolds(_ string: String, bytesPerScalar: Int, file: StaticString = #filePath, line: UInt = #line) {
        let text = ScalarText(string)
        XCTAssertEqual(text.bytesPerScalar, bytesPerScalar, file: file, line: line)
        XCTAssertEqual(Array(text), Array(string.unicodeScalars), file: file, line: line)
        XCTAssertEqual(text.description, string, file: file, line: line)
        XCTAssertEqual(text.scalars(2..<5), Array(string.unicodeScalars)[2..<5].map { $0 }, file: file, line: line)
    }

    func testFrenchAndRussianTakeOneBytePerScalar() {
        assertHolds("Les présidents « ont » discuté de l’Ukraine\u{202F}; cœur — fin…", bytesPerScalar: 1)
        assertHolds("Президенты обсудили ситуацию вокруг Украины. Ёлка, «цитата» — конец…", bytesPerScalar: 1)
    }

    func testChineseTakesTwoBytesAndAstralScalarsStayWhole() {
        let chinese = (0..<400).map { String(Unicode.Scalar(0x4E00 + $0)!) }.joined()
        assertHolds("中文 " + chinese + " 😀", bytesPerScalar: 2)
    }

    func testMoreThan65536DistinctScalarsWidenToFullScalars() {
        var view = String.UnicodeScalarView()
        for value in 0x100..<0x11200 where !(0xD800...0xDFFF).contains(value) { view.append(Unicode.Scalar(value)!) }
        let string = "abc" + String(view)
        let text = ScalarText(string)
        XCTAssertEqual(text.bytesPerScalar, 4)
        XCTAssertEqual(text.count, string.unicodeScalars.count)
        XCTAssertTrue(text.elementsEqual(string.unicodeScalars))
    }

    func testLoadingStoresATenMegabyteStyleFrenchVersionCompactly() throws {
        let paragraph = "Le président russe a souligné l’importance des garanties de sécurité « juridiquement contraignantes ».\n\n"
        let document = try DocumentLoader.load(bytes: Array(String(repeating: paragraph, count: 200).utf8), name: "t.txt", markdown: false)
        XCTAssertEqual(document.scalars.bytesPerScalar, 1, "a French text must not cost four bytes per character")
        XCTAssertTrue(document.text.hasPrefix("Le président russe"))
    }

    func testParserCopiesRangesWithoutChangingScalars() {
        let source = "---\nlabel: Кремль\n---\n# Заголовок ≠ title\n\nПараграф « un » 中\nsuite\n"
        let parsed = DocumentParser.parse(source, markdown: true)
        XCTAssertEqual(parsed.metadata["label"], "Кремль")
        XCTAssertEqual(parsed.text.description, "Заголовок ≠ title\n\nПараграф « un » 中\nsuite")
        XCTAssertEqual(parsed.blocks.map { parsed.text.string($0.range) }, ["Заголовок ≠ title", "Параграф « un » 中\nsuite"])
    }
}

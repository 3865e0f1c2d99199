import XCTest
@testable import ReadoutsReader
@testable import ReadoutsText

final class WrapperTests: XCTestCase {
    func lines(_ text: String, width: Int, keepsLineBreaks: Bool = false) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Wrapper.wrap(scalars, range: 0..<scalars.count, width: width, keepsLineBreaks: keepsLineBreaks).map {
            String(String.UnicodeScalarView(scalars[$0.range]))
        }
    }

    func testNeverBreaksAtANoBreakSpace() {
        let text = "des «\u{A0}consultations\u{A0}» et «\u{202F}fortes\u{202F}»"
        for width in 17...40 {  // «\u{A0}consultations\u{A0}» is 17 columns: narrower panes must cut it
            for line in lines(text, width: width) {
                XCTAssertFalse(line.hasSuffix("«"), "width \(width): \(line)")
                XCTAssertFalse(line.hasPrefix("»"), "width \(width): \(line)")
            }
        }
        XCTAssertEqual(lines(text, width: 22), ["des «\u{A0}consultations\u{A0}»", "et «\u{202F}fortes\u{202F}»"])
    }

    func testBreaksAtSpacesNotHyphensAndCutsOverlongWords() {
        XCTAssertEqual(lines("les États-Unis et la Russie", width: 12), ["les", "États-Unis", "et la Russie"])
        XCTAssertEqual(lines("anticonstitutionnellement", width: 10), ["anticonsti", "tutionnell", "ement"])
    }

    func testWideCharactersTakeTwoColumnsAndMarksNone() {
        let wide = Wrapper.wrap(Array("中文字幕测试".unicodeScalars), range: 0..<6, width: 5, keepsLineBreaks: false)
        XCTAssertEqual(wide.map(\.columns), [4, 4, 4])
        let combining = "e\u{301}te\u{301} e\u{301}te\u{301}"  // été été with combining accents
        XCTAssertEqual(lines(combining, width: 3).count, 2)
        XCTAssertEqual(CellWidth.of(Character("e\u{301}")), 1)
        XCTAssertEqual(CellWidth.of(Character("中")), 2)
    }

    func testPlainTextKeepsLineBreaksMarkdownJoinsThem() {
        XCTAssertEqual(lines("one\ntwo", width: 20, keepsLineBreaks: true), ["one", "two"])
        XCTAssertEqual(lines("one\ntwo", width: 20, keepsLineBreaks: false), ["one\ntwo"])
    }

    func testWrappedLinesDoNotStartWithASpace() {
        for line in lines("aaa bbb ccc ddd eee", width: 7).dropFirst() {
            XCTAssertFalse(line.hasPrefix(" "), line)
        }
    }
}

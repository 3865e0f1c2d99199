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

    /// Japanese, written without spaces, breaks as Japanese typesetting allows (kinsoku):
    /// at 80 columns a readout's rows began with "、", "）" and "ー", "２" was parted from
    /// "０２５年", and a "。" stood alone on a row.
    func testJapaneseBreaksBetweenCharactersButNotBeforeClosingMarksNorInsideFigures() {
        let text = "3　経済分野では、石破総理大臣から、日英包括的経済連携協定（ＥＰＡ）及び英国の環太平洋パートナーシップに関する包括的及び先進的な協定（ＣＰＴＰＰ）加入を踏まえ、経済安全保障を含む経済関係を一層強化したい旨述べました。両首脳は、２０２５年に日英経済版「２＋２」を立ち上げることで一致しました。"
        let neverFirst = Set("、。，．！？・ー）」』】ぁぃぅぇぉっゃゅょァィゥェォッャュョ")
        let neverLast = Set("「（『【")
        // Narrower than "（ＣＰＴＰＰ）" (14 columns), a row must cut it.
        for width in 14...80 {
            let rows = lines(text, width: width)
            XCTAssertEqual(rows.joined(), text, "width \(width): nothing lost")
            for (number, row) in rows.enumerated() {
                let columns = row.reduce(0) { $0 + CellWidth.of($1) }
                XCTAssertLessThanOrEqual(columns, width, "width \(width): \(row)")
                if let first = row.first { XCTAssertFalse(neverFirst.contains(first), "width \(width): a row starts \(row)") }
                if let last = row.last { XCTAssertFalse(neverLast.contains(last), "width \(width): a row ends \(row)") }
                XCTAssertFalse(row.hasPrefix("０２５") || row.hasPrefix("２５") || row.hasPrefix("５年"), "width \(width): \(row)")
                XCTAssertFalse(row.hasPrefix("ＰＴＰＰ") || row.hasPrefix("ＴＰＰ") || row.hasPrefix("ＰＰ") || row.hasPrefix("Ｐ）"), "width \(width): \(row)")
                XCTAssertNotEqual(row, "。", "width \(width)")
                // Rows are still full: only a character held with its neighbour moves down.
                if number < rows.count - 1 { XCTAssertGreaterThanOrEqual(columns, width - 16, "width \(width): \(rows)") }
            }
        }
        // A run wider than the row is still cut, and a Latin text still breaks at its spaces.
        XCTAssertEqual(lines("２０２５２０２５", width: 8), ["２０２５", "２０２５"])
        XCTAssertEqual(lines("États-Unis et Japon", width: 12), ["États-Unis", "et Japon"])
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

    /// French typed with plain spaces keeps « and », ;, :, ! and ? with their words (a
    /// translator's line ended "Claire Dubois. «", its quotation on the next).
    func testPlainSpacesInsideGuillemetsAndBeforeHighPunctuationDoNotBreak() {
        let text = "a affirmé la maire, Claire Dubois. « Pour la première fois, sans voiture » ; vraiment ? Oui !"
        for width in 12...60 {
            for line in lines(text, width: width) {
                XCTAssertFalse(line.hasSuffix("«") || line.hasSuffix("« "), "width \(width): \(line)")
                for mark in ["»", ";", "?", "!"] { XCTAssertFalse(line.hasPrefix(mark), "width \(width): \(line)") }
            }
        }
        XCTAssertEqual(lines("Claire Dubois. « Pour", width: 16), ["Claire Dubois.", "« Pour"])
        // A soft line break beside « holds it as a space does.
        for width in 8...20 {
            for line in lines("Claire Dubois. «\nPour la première fois »", width: width) { XCTAssertFalse(line.hasSuffix("«"), "width \(width): \(line)") }
        }
        // Two spaces before the mark hold it too, and no line starts with a space.
        for line in lines("Claire Dubois dit  » ; oui  ? non « Pour", width: 10) {
            XCTAssertFalse(line.hasPrefix(" ") || line.hasPrefix("»") || line.hasPrefix("?"), line)
        }
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

    /// The wrap as it was written before its fast path: every cluster through `Character`.
    /// The fast path (single-scalar clusters taken as they are) must give the same lines.
    static func characterWrap(_ scalars: [Unicode.Scalar], width: Int, keepsLineBreaks: Bool) -> [WrappedLine] {
        let width = max(1, width)
        var lines: [WrappedLine] = []
        var lineStart = 0, columns = 0, breakEnd = -1, breakColumns = 0, breakNext = -1, columnsBeforeNext = 0, offset = 0
        func emit(_ end: Int, _ width: Int) { lines.append(WrappedLine(range: lineStart..<max(lineStart, end), columns: width)) }
        var previous: UInt32 = 0
        for character in String(String.UnicodeScalarView(scalars)) {
            let count = character.unicodeScalars.count
            defer { offset += count }
            let isNewline = character == "\n" || character == "\r\n"
            let first = character.unicodeScalars.first!.value
            let before = previous
            previous = isNewline || character == " " ? 0 : first
            if isNewline && keepsLineBreaks {
                emit(offset, columns); lineStart = offset + count; columns = 0; breakNext = -1
                continue
            }
            if isNewline || character == " " {
                if columns == 0 && offset == lineStart && !lines.isEmpty { lineStart = offset + count; continue }
                if columns + 1 > width { emit(offset, columns); lineStart = offset + count; columns = 0; breakNext = -1; continue }
                if breakNext != offset { breakEnd = offset; breakColumns = columns }
                columns += 1; breakNext = offset + count; columnsBeforeNext = columns
                continue
            }
            let cellWidth = max(CellWidth.of(character), Wrapper.isStandaloneMark(character) ? 1 : 0)
            if before != 0, offset > lineStart, EastAsianLineBreaks.mayBreak(before, first) {
                breakEnd = offset; breakColumns = columns; breakNext = offset; columnsBeforeNext = columns
            }
            if columns + cellWidth > width {
                if breakNext > lineStart { emit(breakEnd, breakColumns); lineStart = breakNext; columns -= columnsBeforeNext }
                else if columns > 0 { emit(offset, columns); lineStart = offset; columns = 0 }
                breakNext = -1
            }
            columns += cellWidth
        }
        if lineStart < scalars.count || lines.isEmpty { emit(scalars.count, columns) }
        return lines
    }

    func testFastPathWrapsAsCharacterDoesEverywhere() {
        let text = "Abc é e\u{301} Ünïcödé «\u{A0}x\u{A0}» — Путин, Ё й\u{483}к; 中文字 한국어 \u{1100}\u{1161} 👍🏽 👨‍👩‍👧 🇫🇷🇩🇪 ✈\u{FE0F} a\u{200D}b ␛ \u{301}start x\u{20DD} ΑΒΓ l’homme “dit” – a—b… 5‰ x′ ‼\u{FE0F} ⁉ ‼ a\u{2028}b \u{2060}x ’\u{301} \u{AD}soft  two  spaces\none\r\ntwo \u{301}\n\nend\n\u{301}mark anticonstitutionnellement"
        let scalars = Array(text.unicodeScalars)
        for keepsLineBreaks in [false, true] {
            for width in 1...40 {
                let fast = Wrapper.wrap(scalars, range: 0..<scalars.count, width: width, keepsLineBreaks: keepsLineBreaks)
                XCTAssertEqual(fast, Self.characterWrap(scalars, width: width, keepsLineBreaks: keepsLineBreaks),
                               "width \(width), keepsLineBreaks \(keepsLineBreaks)")
            }
        }
        // A range inside a longer text ends its last cluster at the range's end.
        let inner = Wrapper.wrap(Array("ab e\u{301}x".unicodeScalars), range: 0..<5, width: 10, keepsLineBreaks: false)
        XCTAssertEqual(inner, [WrappedLine(range: 0..<5, columns: 4)])
        // The range ends between 👍 and its skin tone: the cluster stops at the range's end.
        let split = Wrapper.wrap(Array("ab 👍🏽x".unicodeScalars), range: 0..<4, width: 10, keepsLineBreaks: false)
        XCTAssertEqual(split, [WrappedLine(range: 0..<4, columns: 5)])
    }
}

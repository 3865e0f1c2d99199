import ReadoutsText
import ReadoutsTopics
import XCTest

@testable import ReadoutsExport
@testable import ReadoutsReader

/// One answer to "is this letter Cyrillic" (`CyrillicScript`) for the three parts that ask
/// it, here where all three are seen: a letter of the Cyrillic Supplement, "Ԛ" (a Kurdish
/// name's initial), is a letter search keeps, Cyrillic to the page's label language and, as
/// it was not when the sentence splitter stopped at U+04FF, to the initials that do not end
/// a sentence.
final class CyrillicScriptTests: XCTestCase {
    func testTheBlocksAreTheCyrillicBlockAndItsSupplement() {
        XCTAssertEqual(CyrillicScript.blocks, 0x400..<0x530)
        for value in UInt32(0)..<0x800 {
            XCTAssertEqual(CyrillicScript.contains(value), CyrillicScript.blocks.contains(value), String(value, radix: 16))
        }
        XCTAssertFalse(CyrillicScript.contains(0x1C80), "the Extended blocks are left out")
        XCTAssertFalse(CyrillicScript.contains(UInt32.max))
    }

    func testASupplementLetterIsCyrillicToTheSplitterSearchAndThePage() throws {
        // Initials written together ("А.Ԛ."), as Russian writes them ("В.В. Путиным"), do not
        // end the sentence: before, "Встреча с А.Ԛ." was a sentence of its own.
        for initials in ["А.В.", "А.Ԛ."] {
            let text = "Встреча с \(initials) Мамедовым прошла в Москве. Стороны договорились."
            let document = Document(id: "t", label: "t", text: text, blocks: [Block(kind: .paragraph, range: 0..<text.unicodeScalars.count)])
            XCTAssertEqual(SentenceSplitter.sentences(of: document, language: .russian).map { document.string($0.range) },
                           ["Встреча с \(initials) Мамедовым прошла в Москве.", "Стороны договорились."], initials)
        }
        // Search keeps it a letter (ICU spells it in no Latin way), found in either case.
        let scalars = Array("Встреча с Ԛадиром.".unicodeScalars)
        let matches = try SearchMatcher(pattern: "ԛадир", options: SearchOptions(), language: .russian)
            .matches(in: scalars, range: 0..<scalars.count).ranges
        XCTAssertEqual(matches.map { String(String.UnicodeScalarView(scalars[$0])) }, ["Ԛадир"])
        // The page reads a label written with it as Cyrillic.
        XCTAssertEqual(LetterScript.only(in: "Ԛадир"), .cyrillic)
    }
}

import ReadoutsText
@testable import ReadoutsTopics
import XCTest

/// The text the semantic linker embeds is what String's own word splitting gives (the
/// embedding cache is keyed by it, so a difference would also miss every cached entry):
/// the faster scalar way must agree with it everywhere, grapheme clusters around spaces
/// included.
final class SentenceTextsTests: XCTestCase {
    func testWhiteSpaceIsCollapsedAsStringSplittingDoes() {
        let awkward: [String] = [
            "Les  présidents\tont\u{A0}discuté", "  avant et après  ", "\r\n", "ligne\r\nsuivante", "e\u{301} accent",
            "espace \u{301}combinant", "joint \u{200D}ici", "\u{1F44D} \u{1F3FB}peau", "ไทย \u{0E33}", "\u{0600} chiffre",
            "Путин  и\u{2003}Байден", "fin\u{2029}de paragraphe", "\u{85}NEL", "", " ", "\u{FEFF} bom", "\u{1C}sep\u{1F}",
        ]
        for text in awkward {
            let scalars = Array(text.unicodeScalars)
            XCTAssertEqual(SentenceTexts.collapsingWhiteSpace(scalars), SentenceTexts.characterWise(scalars), text.debugDescription)
        }
        // And on random mixtures of those pieces.
        let pieces = ["a", "é", "e", "\u{301}", " ", "  ", "\t", "\n", "\r", "\u{A0}", "\u{200D}", "\u{1F3FB}", "\u{1F44D}",
                      "\u{0600}", "\u{0E33}", "Ж", "\u{2003}", "\u{FE0F}", ",", "’", "1"]
        var state: UInt64 = 7
        for _ in 0..<5000 {
            var text = ""
            for _ in 0..<12 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let scalars = Array(text.unicodeScalars)
            XCTAssertEqual(SentenceTexts.collapsingWhiteSpace(scalars), SentenceTexts.characterWise(scalars), text.debugDescription)
        }
    }
}

/// Japan's MOFA numbers its paragraphs ("1. At the outset, …"): the number stays with its
/// sentence on screen, but it is no word of it — neither a token that two numbered
/// paragraphs of two readouts would share, nor part of the text the encoder reads.
final class ListNumberTests: XCTestCase {
    func testAListItemsNumberIsShownButNeitherTokenisedNorEmbedded() throws {
        let text = "Talks were held.\n\n1. At the outset, the leaders discussed grain exports.\n\n2. They agreed."
        let document = try DocumentLoader.load(bytes: Array(text.utf8), name: "a.txt", markdown: false, label: "a")
        var preparer = VersionPreparer(keys: Vocabulary(), key2s: Vocabulary())
        let version = try XCTUnwrap(preparer.prepare(document, language: .english))
        XCTAssertEqual(version.sentences.map { document.string($0.range) },
                       ["Talks were held.", "1. At the outset, the leaders discussed grain exports.", "2. They agreed."])
        let words = version.tokens(of: 1).map { document.string(version.tokenRange($0)) }
        XCTAssertEqual(words.first, "outset")
        XCTAssertFalse(words.contains("1"))
        let texts = SentenceTexts.masked(version, document, ignored: [], participants: [])
        XCTAssertEqual(texts[1], "At the outset, the leaders discussed grain exports.")
        XCTAssertEqual(texts[2], "They agreed.")
    }
}

/// The terse-sentence and bare-opening rules count the words a sentence keeps of its own.
/// A hyphenated compound is one word a reader sees: "de-escalation" counts once, not as
/// itself and again as its part "escalation"; a masked compound does not come back
/// through its parts either.
final class OwnWordsTests: XCTestCase {
    func testAHyphenatedCompoundCountsAsOneWord() throws {
        let text = "They stressed that de-escalation is paramount. They stressed that calm is paramount."
        let document = try DocumentLoader.load(bytes: Array(text.utf8), name: "a.txt", markdown: false, label: "a")
        var preparer = VersionPreparer(keys: Vocabulary(), key2s: Vocabulary())
        let version = try XCTUnwrap(preparer.prepare(document, language: .english))
        XCTAssertEqual(version.sentenceCount, 2)
        // The same sentence with a plain word in the compound's place keeps as many words.
        let plain = SentenceTexts.ownWords(version, 1, ignored: [], participants: [])
        XCTAssertEqual(SentenceTexts.ownWords(version, 0, ignored: [], participants: []), plain)
        // A masked compound takes its parts with it, as the embedded text does.
        let compound = try XCTUnwrap(version.tokens(of: 0).first { version.flags[$0] & PreparedVersion.compoundFlag != 0 })
        XCTAssertEqual(SentenceTexts.ownWords(version, 0, ignored: [version.term[compound]], participants: []), plain - 1)
        XCTAssertFalse(SentenceTexts.masked(version, document, ignored: [version.term[compound]], participants: [])[0].contains("escalation"))
    }
}

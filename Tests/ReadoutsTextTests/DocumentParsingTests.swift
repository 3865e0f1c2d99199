import XCTest
@testable import ReadoutsText

final class DecodingTests: XCTestCase {
    func testUTF8IsReadAsIsAndABOMDropped() {
        let result = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Genève".utf8))
        XCTAssertEqual(result.text, "Genève")
        XCTAssertEqual(result.encoding, .utf8)
        XCTAssertNil(result.notice)
    }

    func testLegacyEightBitTextIsReadAsWindows1252() {
        let bytes: [UInt8] = Array("Les pr".utf8) + [0xE9] + Array("sidents d".utf8) + [0x92] + Array("accord ".utf8) + [0x93, 0x9C, 0x94]
        let result = TextDecoder.decode(bytes)
        XCTAssertEqual(result.text, "Les présidents d’accord “œ”")
        XCTAssertEqual(result.notice, "decoded as Windows-1252")
    }

    func testDamagedUTF8KeepsItsTextWithReplacementCharacters() {
        let bytes = Array("présidents, sécurité, États ".utf8) + [0xFF] + Array(" fin".utf8)
        let result = TextDecoder.decode(bytes)
        XCTAssertEqual(result.text, "présidents, sécurité, États \u{FFFD} fin")
        XCTAssertEqual(result.encoding, .utf8WithReplacements)
    }

    func testBinaryFilesAreRecognised() {
        XCTAssertTrue(BinaryDetector.looksBinary([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]))
        XCTAssertTrue(BinaryDetector.looksBinary((0..<100).map { UInt8($0 % 8 + 1) }))
        XCTAssertFalse(BinaryDetector.looksBinary(Array("Texte\tavec\ttabulations\r\n".utf8)))
    }
}

final class SanitiserTests: XCTestCase {
    func testControlsBecomeVisiblePlaceholders() {
        let hostile = "a\u{1B}[2J\u{07}\u{7F}\u{9B}\u{202E}\u{2066}b"
        XCTAssertEqual(Sanitiser.sanitise(hostile), "a␛[2J␇␡␦␦␦b")
        XCTAssertTrue(Sanitiser.sanitise(hostile).unicodeScalars.allSatisfy { Sanitiser.isSafeForTerminal($0) })
    }

    func testTabsExpandToStopsAndLineEndsAreNormalised() {
        XCTAssertEqual(Sanitiser.sanitise("a\tb\r\nab\tc\rd"), "a       b\nab      c\nd")
    }
}

final class DocumentParserTests: XCTestCase {
    func testFrontMatterHeadingsAndParagraphs() throws {
        let text = "---\nlabel: Kremlin\ndate: 2021-12-07\n---\n\n# Title\n\nFirst line\nsecond line.\n\n\u{A0}\u{A0}\n\nNext.\n"
        let document = try DocumentLoader.load(bytes: Array(text.utf8), name: "k.md", markdown: true)
        XCTAssertEqual(document.label, "Kremlin")
        XCTAssertEqual(document.date, "2021-12-07")
        XCTAssertEqual(document.text, "Title\n\nFirst line\nsecond line.\n\nNext.")
        XCTAssertEqual(document.blocks.map(\.kind), [.heading(level: 1), .paragraph, .paragraph])
        XCTAssertFalse(document.blocks[1].keepsLineBreaks, "Markdown line breaks are soft")
    }

    /// A pasted readout's title line, alone before the text, is its heading (not the
    /// sentence where the engine looks for who spoke with whom); the label stays the file's.
    func testATitleLineBeforeTheTextIsAHeading() throws {
        func kinds(_ text: String, markdown: Bool = false) throws -> [Block.Kind] {
            try DocumentLoader.load(bytes: Array(text.utf8), name: "a.txt", markdown: markdown).blocks.map(\.kind)
        }
        let readout = "PM call with President Macron of France: 14 September 2025\n\nThe Prime Minister spoke to President Macron.\n"
        XCTAssertEqual(try kinds(readout), [.heading(level: 1), .paragraph])
        XCTAssertEqual(try kinds(readout, markdown: true), [.paragraph, .paragraph], "Markdown has # for headings")
        XCTAssertEqual(try DocumentLoader.load(bytes: Array(readout.utf8), name: "a.txt", markdown: false).label, "a.txt")
        XCTAssertEqual(try kinds("Readout of President Biden’s Call with President Putin of Russia\n\nPresident Biden spoke today.\n"),
                       [.heading(level: 1), .paragraph])
        // Sentences, lead-ins, a text of one line, a paragraph of two lines, a long line: text.
        XCTAssertEqual(try kinds("The Prime Minister spoke to President Macron.\n\nThey agreed.\n"), [.paragraph, .paragraph])
        XCTAssertEqual(try kinds("The leaders discussed:\n\nUkraine and energy.\n"), [.paragraph, .paragraph])
        XCTAssertEqual(try kinds("« Nous resterons unis »\n\nLe Président l’a dit.\n"), [.paragraph, .paragraph])
        XCTAssertEqual(try kinds("PM call with President Macron\n"), [.paragraph])
        XCTAssertEqual(try kinds("PM call with\nPresident Macron\n\nThey spoke.\n"), [.paragraph, .paragraph])
        let long = (1...21).map { "word\($0)" }.joined(separator: " ")
        XCTAssertEqual(try kinds(long + "\n\nThey spoke.\n"), [.paragraph, .paragraph])
        XCTAssertEqual(try kinds("2021\n\nThey spoke.\n"), [.paragraph, .paragraph], "no letter, no title")
        for title in ["Entretien téléphonique du Président de la République avec le Premier ministre britannique",
                      "Телефонный разговор с Президентом Франции Эммануэлем Макроном",
                      "Prime Minister Trudeau speaks with President of France Emmanuel Macron",
                      "Moscow, 14 September 2025"] {
            XCTAssertEqual(try kinds(title + "\n\nThey spoke.\n"), [.heading(level: 1), .paragraph], title)
        }
        // A first sentence without its full stop is no title unless it names the event.
        for line in ["The Prime Minister spoke to President Macron this evening", "WASHINGTON — President Biden spoke today with",
                     "- The leaders discussed Ukraine", "**Readout of the call**", "1. Readout of the call", "The leaders discussed Ukraine"] {
            XCTAssertEqual(try kinds(line + "\n\nThey spoke.\n"), [.paragraph, .paragraph], line)
        }
    }

    func testLabelFallsBackToTheFirstHeadingThenTheFileName() throws {
        XCTAssertEqual(try DocumentLoader.load(bytes: Array("# Draft two\n\nText.".utf8), name: "b.txt", markdown: false).label, "Draft two")
        XCTAssertEqual(try DocumentLoader.load(bytes: Array("Text.".utf8), name: "b.txt", markdown: false).label, "b.txt")
        XCTAssertEqual(try DocumentLoader.load(bytes: Array("Text.".utf8), name: "b.txt", markdown: false, label: "Mine").label, "Mine")
    }

    func testLongParagraphsAreChunkedWithoutLosingText() throws {
        let word = "mot\u{301} "
        let long = String(repeating: word, count: 5000)
        let document = try DocumentLoader.load(bytes: Array(long.utf8), name: "long.txt", markdown: false)
        XCTAssertGreaterThan(document.blocks.count, 1)
        XCTAssertTrue(document.blocks.allSatisfy { $0.range.count <= DocumentParser.maxChunk })
        XCTAssertTrue(document.blocks.dropFirst().allSatisfy(\.continuesPrevious))
        XCTAssertEqual(document.blocks.map { document.string($0.range) }.joined(), document.text)
        for block in document.blocks.dropFirst() {
            XCTAssertNotEqual(document.scalars[block.range.lowerBound], "\u{301}", "no chunk starts with a combining mark")
        }
    }

    /// A paragraph with no space at all is cut where `Character` sees a boundary: never
    /// between a flag's halves, an emoji and its skin tone, or Hangul jamo.
    func testChunksOfTextWithoutSpacesNeverSplitAGraphemeCluster() throws {
        // The first six have no certain break near a cut; the others are cut after a look
        // at a few scalars (letters, CJK, punctuation), next to marks, conjuncts, Thai SARA
        // AM, a prepended letter, Hangul, joiners and flags.
        for unit in ["🇫🇷", "a🇫🇷", "👍🏽", "\u{1100}\u{1161}\u{11A8}", "e\u{301}\u{302}", "👨\u{200D}👩\u{200D}👧",
                     "abcdefg", "中文字", "Sécurité,", "e\u{301}xy", "क्षत्रिय", "กำลัง", "\u{0D4E}കa", "한국어b", "a\u{200D}bc",
                     "ab🇫🇷cde", "Путин—", "x\u{0E33}y"] {
            let long = String(repeating: unit, count: 9000 / unit.unicodeScalars.count)
            let document = try DocumentLoader.load(bytes: Array(long.utf8), name: "long.txt", markdown: false)
            XCTAssertGreaterThan(document.blocks.count, 1, unit)
            // Cut between clusters, each chunk reads as the same characters as the whole.
            let chunked = document.blocks.flatMap { Array(document.string($0.range)) }
            XCTAssertEqual(chunked, Array(long), "whole clusters only: \(unit)")
        }
    }

    func testIdentifiersAreShortAndUnique() {
        XCTAssertEqual(DocumentLoader.identifier(for: "Maison Blanche"), "maison-blanche")
        XCTAssertEqual(DocumentLoader.identifier(for: "Кремль"), "kreml")
        XCTAssertEqual(DocumentLoader.identifier(for: "« — »"), "version")
        let documents = DocumentLoader.uniquingIdentifiers([
            Document(id: "notes", label: "a", text: "", blocks: []), Document(id: "notes", label: "b", text: "", blocks: []),
        ])
        XCTAssertEqual(documents.map(\.id), ["notes", "notes-2"])
    }

    /// `k.md k.md` plus a version whose front matter says `id: kremlin-2`, and one with an
    /// empty id: every id in the export names one version.
    func testGivenIdentifiersThatCollideWithGeneratedOnesAreMadeUnique() throws {
        let kremlin = try DocumentLoader.load(bytes: Array("# Kremlin\n\nTexte.".utf8), name: "k.md", markdown: true)
        let given = try DocumentLoader.load(bytes: Array("---\nid: kremlin-2\n---\nAutre.".utf8), name: "x.md", markdown: true)
        let empty = try DocumentLoader.load(bytes: Array("---\nid:\nlabel: Notes\n---\nEncore.".utf8), name: "y.md", markdown: true)
        XCTAssertEqual(given.id, "kremlin-2")
        XCTAssertEqual(empty.id, "notes", "an empty front-matter id falls back to the label's")
        let ids = DocumentLoader.uniquingIdentifiers([kremlin, kremlin, given, empty, empty]).map(\.id)
        XCTAssertEqual(ids, ["kremlin", "kremlin-3", "kremlin-2", "notes", "notes-2"])
        XCTAssertEqual(DocumentLoader.uniquingIdentifiers([given, kremlin, kremlin]).map(\.id), ["kremlin-2", "kremlin", "kremlin-3"])
        var blank = kremlin
        blank.id = ""
        XCTAssertEqual(DocumentLoader.uniquingIdentifiers([blank]).map(\.id), ["kremlin"])
    }
}

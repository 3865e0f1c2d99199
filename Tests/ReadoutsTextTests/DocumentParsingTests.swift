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

    /// Russian saved in Windows-1251 or KOI8-R (the bytes below are Python's codecs' for the
    /// sentence) is read as Russian, not as Windows-1252's "Òåëåôîííûé ðàçãîâîð"; French
    /// in Windows-1252, a letter with an accent here and there, stays Windows-1252.
    func testRussianInWindows1251OrKOI8RIsReadAsRussian() {
        let russian = "Телефонный разговор с Президентом США. Стороны обсудили Украину."
        let windows1251: [UInt8] = [0xD2, 0xE5, 0xEB, 0xE5, 0xF4, 0xEE, 0xED, 0xED, 0xFB, 0xE9, 0x20, 0xF0, 0xE0, 0xE7, 0xE3, 0xEE, 0xE2, 0xEE, 0xF0, 0x20, 0xF1, 0x20, 0xCF, 0xF0, 0xE5, 0xE7, 0xE8, 0xE4, 0xE5, 0xED, 0xF2, 0xEE, 0xEC, 0x20, 0xD1, 0xD8, 0xC0, 0x2E, 0x20, 0xD1, 0xF2, 0xEE, 0xF0, 0xEE, 0xED, 0xFB, 0x20, 0xEE, 0xE1, 0xF1, 0xF3, 0xE4, 0xE8, 0xEB, 0xE8, 0x20, 0xD3, 0xEA, 0xF0, 0xE0, 0xE8, 0xED, 0xF3, 0x2E]
        let koi8R: [UInt8] = [0xF4, 0xC5, 0xCC, 0xC5, 0xC6, 0xCF, 0xCE, 0xCE, 0xD9, 0xCA, 0x20, 0xD2, 0xC1, 0xDA, 0xC7, 0xCF, 0xD7, 0xCF, 0xD2, 0x20, 0xD3, 0x20, 0xF0, 0xD2, 0xC5, 0xDA, 0xC9, 0xC4, 0xC5, 0xCE, 0xD4, 0xCF, 0xCD, 0x20, 0xF3, 0xFB, 0xE1, 0x2E, 0x20, 0xF3, 0xD4, 0xCF, 0xD2, 0xCF, 0xCE, 0xD9, 0x20, 0xCF, 0xC2, 0xD3, 0xD5, 0xC4, 0xC9, 0xCC, 0xC9, 0x20, 0xF5, 0xCB, 0xD2, 0xC1, 0xC9, 0xCE, 0xD5, 0x2E]
        for (bytes, encoding) in [(windows1251, TextDecoder.Encoding.windows1251), (koi8R, .koi8R)] {
            let result = TextDecoder.decode(bytes)
            XCTAssertEqual(result.text, russian)
            XCTAssertEqual(result.encoding, encoding)
            XCTAssertEqual(result.notice, "decoded as \(encoding.rawValue)")
            XCTAssertEqual(TextDecoder.decodeSanitised(bytes).text.description, russian)
        }
        let french: [UInt8] = Array("L".utf8) + [0x92, 0xC9] + Array("lys".utf8) + [0xE9] + Array("e a salu".utf8) + [0xE9]
            + Array(" la d".utf8) + [0xE9] + Array("cision de l".utf8) + [0x92, 0xC9] + Array("tat. ".utf8) + [0xC0] + Array(" bient".utf8) + [0xF4, 0x74, 0x2E]
        XCTAssertEqual(TextDecoder.decode(french).text, "L’Élysée a salué la décision de l’État. À bientôt.")
        XCTAssertEqual(TextDecoder.decode(french).encoding, .windows1252)
        // French in capitals, accented letters close together ("CRÉÉE"), is still French.
        let capitals: [UInt8] = [0x4C, 0x27, 0xC9, 0x54, 0xC9, 0x20, 0x46, 0x55, 0x54, 0x20, 0xC9, 0x4C, 0xC9, 0x47, 0x41, 0x4E, 0x54, 0x20, 0x3A, 0x20, 0x4C, 0x41, 0x20, 0x44, 0xC9, 0x43, 0x49, 0x53, 0x49, 0x4F, 0x4E, 0x20, 0x43, 0x52, 0xC9, 0xC9, 0x45, 0x20, 0x50, 0x41, 0x52, 0x20, 0x4C, 0x27, 0xC9, 0x4C, 0x59, 0x53, 0xC9, 0x45, 0x20, 0xC0, 0x20, 0x50, 0x41, 0x52, 0x49, 0x53, 0x20, 0x41, 0x20, 0xC9, 0x54, 0xC9, 0x20, 0x53, 0x41, 0x4C, 0x55, 0xC9, 0x45, 0x2E, 0x20, 0x4C, 0x65, 0x73, 0x20, 0x64, 0xE9, 0x70, 0x75, 0x74, 0xE9, 0x73, 0x20, 0x6F, 0x6E, 0x74, 0x20, 0x76, 0x6F, 0x74, 0xE9, 0x20, 0x6C, 0x61, 0x20, 0x72, 0xE9, 0x66, 0x6F, 0x72, 0x6D, 0x65, 0x20, 0x61, 0x70, 0x72, 0xE8, 0x73, 0x20, 0x75, 0x6E, 0x20, 0x64, 0xE9, 0x62, 0x61, 0x74, 0x20, 0x74, 0x72, 0xE8, 0x73, 0x20, 0x61, 0x6E, 0x69, 0x6D, 0xE9, 0x20, 0xE0, 0x20, 0x6C, 0x27, 0x41, 0x73, 0x73, 0x65, 0x6D, 0x62, 0x6C, 0xE9, 0x65, 0x2E]
        XCTAssertEqual(TextDecoder.decode(capitals).text, "L'ÉTÉ FUT ÉLÉGANT : LA DÉCISION CRÉÉE PAR L'ÉLYSÉE À PARIS A ÉTÉ SALUÉE. Les députés ont voté la réforme après un débat très animé à l'Assemblée.")
        // Russian in capitals, whose letters lie where KOI8-R has its lower case, and a word alone.
        let russianCapitals: [UInt8] = [0xD2, 0xC5, 0xCB, 0xC5, 0xD4, 0xCE, 0xCD, 0xCD, 0xDB, 0xC9, 0x20, 0xD0, 0xC0, 0xC7, 0xC3, 0xCE, 0xC2, 0xCE, 0xD0, 0x20, 0xD1, 0x20, 0xCF, 0xD0, 0xC5, 0xC7, 0xC8, 0xC4, 0xC5, 0xCD, 0xD2, 0xCE, 0xCC, 0x20, 0xD1, 0xD8, 0xC0]
        XCTAssertEqual(TextDecoder.decode(russianCapitals).text, "ТЕЛЕФОННЫЙ РАЗГОВОР С ПРЕЗИДЕНТОМ США")
        XCTAssertEqual(TextDecoder.decode([0xCF, 0xF3, 0xF2, 0xE8, 0xED]).text, "Путин")
        XCTAssertEqual(TextDecoder.decode([0xF0, 0xD5, 0xD4, 0xC9, 0xCE]).text, "Путин")
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
        // What it is, and what to do, where the first bytes tell.
        let pdf = Array("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".utf8)
        XCTAssertTrue(BinaryDetector.looksBinary(pdf), "a PDF, even all ASCII")
        XCTAssertEqual(BinaryDetector.reason(pdf), "a PDF, not text: copy its text into a .txt file (or run pdftotext on it)")
        let docx: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]
        XCTAssertTrue(BinaryDetector.reason(docx).hasSuffix("Save it as plain text (.txt) first"))
        XCTAssertEqual(BinaryDetector.reason([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]), "looks like a binary file, not text")
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

    /// A site generator's YAML front matter (nested values, a list, quoted values) is read
    /// past, not shown as text; its `title` labels the version. A legislative analyst's
    /// privacy statement was labelled "The short version", its first heading, and its front
    /// matter compared as a change.
    func testYAMLFrontMatterIsReadPastAndItsTitleLabels() throws {
        let text = "---\ntitle: 'GitHub Privacy Statement'\nredirect_from:\n  - /articles/github-privacy-statement\n  - /privacy\nversions:\n  fpt: '*'\n# a comment\nlayout: default\n---\n\n## The short version\n\nWe use your data.\n"
        let document = try DocumentLoader.load(bytes: Array(text.utf8), name: "privacy.md", markdown: true)
        XCTAssertEqual(document.label, "GitHub Privacy Statement")
        XCTAssertEqual(document.text, "The short version\n\nWe use your data.")
        // A rule, a heading and a list between two rules is text, not front matter.
        let ruled = try DocumentLoader.load(bytes: Array("---\n# Readout\n\n- first point\n---\nText.\n".utf8), name: "r.md", markdown: true)
        XCTAssertTrue(ruled.text.contains("first point"), ruled.text)
        // A label beats a title.
        let labelled = try DocumentLoader.load(bytes: Array("---\nlabel: Sept 2022\ntitle: Privacy\n---\nText.\n".utf8), name: "p.md", markdown: true)
        XCTAssertEqual(labelled.label, "Sept 2022")
    }

    /// Prose wrapped by hand at a fixed width (Project Gutenberg's Federalist Papers) flows
    /// as one paragraph, wrapped to the pane; a readout written a sentence a line, a poem's
    /// short lines and a list keep their line breaks.
    /// A paragraph's first line keeps its indentation, the lines after it do not: a bill's
    /// centred last line read "and for (29 spaces) other purposes." once its paragraph flowed.
    func testTheLinesAfterAParagraphsFirstLoseTheirIndentation() throws {
        let bill = "    To amend the Congressional Budget and Impoundment Control Act of 1974 to provide the\nCongressional Budget Office with necessary authorities to expedite the sharing of data\n                            other purposes.\n"
        let document = try DocumentLoader.load(bytes: Array(bill.utf8), name: "bill.txt", markdown: false)
        let block = try XCTUnwrap(document.blocks.first)
        XCTAssertEqual(document.string(block.range),
                       "    To amend the Congressional Budget and Impoundment Control Act of 1974 to provide the\nCongressional Budget Office with necessary authorities to expedite the sharing of data\nother purposes.")
    }

    func testProseWrappedByHandFlowsAndOtherLinesAreKept() throws {
        func keeps(_ text: String) throws -> Bool {
            try XCTUnwrap(DocumentLoader.load(bytes: Array(text.utf8), name: "a.txt", markdown: false).blocks.last).keepsLineBreaks
        }
        let gutenberg = """
            Title

            Among the numerous advantages promised by a well-constructed Union,
            none deserves to be more accurately developed than its tendency to
            break and control the violence of faction. The friend of popular
            governments never finds himself so much alarmed for their character
            and fate, as when he contemplates their propensity to this dangerous vice.
            """
        XCTAssertFalse(try keeps(gutenberg), "hard-wrapped prose flows")
        let sentenceALine = """
            Title

            The two leaders discussed the situation in Ukraine and the need for a lasting peace.
            They agreed to stay in close touch.
            The Prime Minister raised the case of the detained journalists with his counterpart.
            """
        XCTAssertTrue(try keeps(sentenceALine), "a sentence a line keeps its lines")
        XCTAssertTrue(try keeps("Title\n\nThe woods are lovely, dark and deep,\nBut I have promises to keep,\nAnd miles to go before I sleep.\n"))
        let list = """
            Title

            - the leaders agreed to extend the arrangements on grain exports by sea,
            - and to open talks on the exchange of prisoners before the end of the year,
            - and to meet again in the spring at a place still to be agreed between them.
            """
        XCTAssertTrue(try keeps(list), "a list keeps its items")
        let numbered = """
            Title

            10. The Parties shall cooperate on the protection of critical infrastructure,
            11. The Parties shall exchange information on threats to their networks and,
            12. The Parties shall meet at least once a year to review this Agreement.
            """
        XCTAssertTrue(try keeps(numbered), "numbered provisions keep their lines")
    }

    /// A pasted readout's title line, alone before the text, is its heading (not the
    /// sentence where the engine looks for who spoke with whom); the label stays the file's.
    func testATitleLineBeforeTheTextIsAHeading() throws {
        func kinds(_ text: String, markdown: Bool = false) throws -> [Block.Kind] {
            try DocumentLoader.load(bytes: Array(text.utf8), name: "a.txt", markdown: markdown).blocks.map(\.kind)
        }
        let readout = "PM call with President Macron of France: 14 September 2025\n\nThe Prime Minister spoke to President Macron.\n"
        XCTAssertEqual(try kinds(readout), [.heading(level: 1), .paragraph])
        // In Markdown too: two new users' files had a front matter and their title as a
        // line of its own; the Kremlin's "Telephone conversation with…" was then the
        // sentence read for who spoke with whom, and linked by meaning to a French sentence.
        XCTAssertEqual(try kinds(readout, markdown: true), [.heading(level: 1), .paragraph])
        XCTAssertEqual(try kinds("---\nlabel: Kremlin\n---\nTelephone conversation with President of France Emmanuel Macron\n\nVladimir Putin had a telephone conversation.\n", markdown: true),
                       [.heading(level: 1), .paragraph])
        XCTAssertEqual(try kinds("Press release from the Ministry of the Economy and Finance\n\nThe minister spoke.\n"), [.heading(level: 1), .paragraph])
        XCTAssertEqual(try kinds("The leaders discussed Ukraine\n\nThey spoke.\n", markdown: true), [.paragraph, .paragraph])
        XCTAssertEqual(try DocumentLoader.load(bytes: Array(readout.utf8), name: "a.txt", markdown: false).label, "a.txt")
        XCTAssertEqual(try kinds("Readout of President Biden’s Call with President Putin of Russia\n\nPresident Biden spoke today.\n"),
                       [.heading(level: 1), .paragraph])
        // A declaration's title, in Russian as in English (a translator's official texts).
        XCTAssertEqual(try kinds("Всеобщая декларация прав человека\n\nПринимая во внимание, что признание достоинства является основой свободы.\n"),
                       [.heading(level: 1), .paragraph])
        XCTAssertEqual(try kinds("Universal Declaration of Human Rights\n\nWhereas recognition of the inherent dignity is the foundation of freedom.\n"),
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
                      // RIA Novosti's, "саммит" declined: it was a sentence "linked to nothing".
                      "Ушаков: Путин поблагодарил Трампа за достигнутый на саммите на Аляске прогресс",
                      "Prime Minister Trudeau speaks with President of France Emmanuel Macron",
                      // A translator's German title was a passage beside its English one's heading.
                      "Gemeinsame Erklärung zur Unterstützung des ukrainischen Energiesektors durch die Europäische Union",
                      "Bundeskanzler Scholz telefoniert mit US-Präsident Biden",
                      "Declaración conjunta sobre el apoyo de la Unión Europea al sector energético de Ucrania",
                      "Moscow, 14 September 2025"] {
            XCTAssertEqual(try kinds(title + "\n\nThey spoke.\n"), [.heading(level: 1), .paragraph], title)
        }
        // A first sentence without its full stop is no title unless it names the event.
        for line in ["The Prime Minister spoke to President Macron this evening", "WASHINGTON — President Biden spoke today with",
                     "- The leaders discussed Ukraine", "**Readout of the call**", "1. Readout of the call", "The leaders discussed Ukraine",
                     "Путин встретился с Трампом в Анкоридже"] {
            XCTAssertEqual(try kinds(line + "\n\nThey spoke.\n"), [.paragraph, .paragraph], line)
        }
        // Japanese, Chinese and Korean titles, written without spaces: Japan's readout's
        // 「日英首脳会談」 was a passage linked by meaning beside its English version's heading.
        for title in ["日英首脳会談", "日米首脳電話会談", "中美元首通话", "한일 정상회담"] {
            XCTAssertEqual(try kinds(title + "\n\n両首脳は会談しました。\n"), [.heading(level: 1), .paragraph], title)
        }
        for line in ["両首脳は会談を行いました。", "両首脳は、ウクライナ情勢について意見交換を行い、引き続き緊密に連携していくことで一致し、会談",
                     "令和6年11月19日", "「首脳会談」"] {
            XCTAssertEqual(try kinds(line + "\n\n両首脳は会談しました。\n"), [.paragraph, .paragraph], line)
        }
    }

    /// A bill's title in capitals, and the lines that head its articles, are headings: read
    /// as sentences, every article renumbered after a deleted one was a change, and an added
    /// article's heading linked to another's by the word "Article".
    func testABillsTitleAndArticleHeadingsAreHeadings() throws {
        func kinds(_ text: String, markdown: Bool = false) throws -> [Block.Kind] {
            try DocumentLoader.load(bytes: Array(text.utf8), name: "a.txt", markdown: markdown).blocks.map(\.kind)
        }
        let bill = "MUNICIPAL HOUSING AND TENANCY BILL — Draft A (introduced 3 March 2025)\n\nArticle 1. Short title\n\nThis Act may be cited as the Tenancy Act.\n\nSection 4 — Definitions\n\nIn this Act, a dwelling is a home.\n"
        XCTAssertEqual(try kinds(bill), [.heading(level: 1), .heading(level: 2), .paragraph, .heading(level: 2), .paragraph])
        XCTAssertEqual(try kinds(bill, markdown: true), [.heading(level: 1), .heading(level: 2), .paragraph, .heading(level: 2), .paragraph],
                       "in Markdown too")
        for heading in ["Article 12.", "Chapter II", "§ 5 Scope", "Статья 12. Ремонт жилья", "Chapitre III — Dispositions finales", "ARTICLE 3", "§5 Scope", "Art. 7 Penalties"] {
            XCTAssertEqual(try kinds("Text.\n\n\(heading)\n\nMore text.\n"), [.paragraph, .heading(level: 2), .paragraph], heading)
        }
        for line in ["Article 5 shall apply to landlords of five or more dwellings.", "Article 5 applies to all landlords of five or more dwellings in every municipality of the country",
                     "Article reviewed", "Part of the agreement", "Section 4 — Definitions\nIn this Act, a dwelling is a home."] {
            XCTAssertFalse(try kinds("Text.\n\n\(line)\n\nMore text.\n").contains(.heading(level: 2)), line)
        }
        XCTAssertEqual(try kinds("WASHINGTON AND MOSCOW ARE FAR APART.\n\nThey spoke.\n"), [.paragraph, .paragraph], "a sentence in capitals")
    }

    func testLabelFallsBackToTheFirstHeadingThenTheFileName() throws {
        XCTAssertEqual(try DocumentLoader.load(bytes: Array("# Draft two\n\nText.".utf8), name: "b.txt", markdown: false).label, "Draft two")
        XCTAssertEqual(try DocumentLoader.load(bytes: Array("Text.".utf8), name: "b.txt", markdown: false).label, "b.txt")
        XCTAssertEqual(try DocumentLoader.load(bytes: Array("Text.".utf8), name: "b.txt", markdown: false, label: "Mine").label, "Mine")
    }

    /// A first heading labels its version only when it is as short as a name: a Berlin
    /// correspondent's "Readout of President Joe Biden’s Call with Chancellor Olaf Scholz of
    /// Germany" was "…Olaf Scho…" in the brief's headings, and "Телефонный разговор с
    /// Федеральным канцлером Германии Олафом Шольцем" "…Олафом Шол…" in `Y`'s quotes. A
    /// headline leaves the file's name, which the user chose; a label given (`--label`, the
    /// front matter) is kept whatever its length, cut at 64 characters as before.
    func testALongFirstHeadingLeavesTheFileName() throws {
        func label(_ text: String, name: String = "wh-scholz.txt", given: String? = nil) throws -> String {
            try DocumentLoader.load(bytes: Array(text.utf8), name: name, markdown: false, label: given).label
        }
        let headline = "# Readout of President Joe Biden’s Call with Chancellor Olaf Scholz of Germany\n\nPresident Biden spoke today.\n"
        XCTAssertEqual(try label(headline), "wh-scholz.txt")
        XCTAssertEqual(try DocumentLoader.load(bytes: Array(headline.utf8), name: "wh-scholz.txt", markdown: false).id, "wh-scholz-txt")
        XCTAssertEqual(try label("# Телефонный разговор с Федеральным канцлером Германии Олафом Шольцем\n\nСостоялся разговор.\n",
                                 name: "kremlin-scholz.txt"), "kremlin-scholz.txt")
        let name = String(repeating: "x", count: 32)
        XCTAssertEqual(try label("# \(name)\n\nText.\n"), name, "a heading of 32 characters is a name")
        XCTAssertEqual(try label("# \(name)y\n\nText.\n"), "wh-scholz.txt")
        XCTAssertEqual(try label("# Joint Statement\n\nText.\n"), "Joint Statement")
        XCTAssertEqual(try label(headline, given: "Readout of President Joe Biden’s Call with Chancellor Olaf Scholz of Germany"),
                       "Readout of President Joe Biden’s Call with Chancellor Olaf Scho…", "--label is kept, cut as before")
        XCTAssertEqual(try label("---\nlabel: Weißes Haus: Biden und Scholz telefonieren\n---\n" + headline, name: "z.md"),
                       "Weißes Haus: Biden und Scholz telefonieren", "the front matter's label is kept")
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
        XCTAssertEqual(DocumentLoader.identifier(for: "« — »"), "")
        let documents = DocumentLoader.uniquingIdentifiers([
            Document(id: "notes", label: "a", text: "", blocks: []), Document(id: "notes", label: "b", text: "", blocks: []),
        ])
        XCTAssertEqual(documents.map(\.id), ["notes", "notes-2"])
    }

    /// A think-tank researcher's MFA readout under a Chinese title got the JSON id "version":
    /// a label with nothing ASCII in it gives the file's name without its extension, and a
    /// Chinese file name too the version's place among those opened.
    func testAVersionWithoutAnASCIILabelIsNamedByItsFileOrItsPlace() throws {
        let title = "# 习近平同美国总统拜登通电话\n\n2024年4月2日晚，国家主席习近平应约同美国总统拜登通电话。"
        let english = try DocumentLoader.load(bytes: Array("# Readout of the Call\n\nThe leaders spoke.".utf8), name: "wh.md", markdown: true)
        let mfa = try DocumentLoader.load(bytes: Array(title.utf8), name: "mfa_zh.md", markdown: true)
        let chinese = try DocumentLoader.load(bytes: Array(title.utf8), name: "外交部.md", markdown: true)
        XCTAssertEqual(mfa.label, "习近平同美国总统拜登通电话")
        let ids = DocumentLoader.uniquingIdentifiers([english, mfa, chinese, chinese]).map(\.id)
        XCTAssertEqual(ids, ["readout-of-the-call", "mfa-zh", "version-3", "version-4"])
        let fromStandardInput = try DocumentLoader.load(bytes: Array(title.utf8), name: "stdin", markdown: true)
        XCTAssertEqual(fromStandardInput.id, "stdin")
        // Without a title, a Chinese file name is the label, and its extension no id.
        let untitled = try DocumentLoader.load(bytes: Array("2024年4月2日晚，国家主席习近平应约同美国总统拜登通电话。".utf8), name: "外交部.txt", markdown: false)
        XCTAssertEqual(DocumentLoader.uniquingIdentifiers([english, untitled]).map(\.id), ["readout-of-the-call", "version-2"])
        // Two drafts under one Chinese title, labelled by their files' names.
        let told = DocumentLoader.uniquingIdentifiers(DocumentLoader.distinguishingLabels([chinese, mfa], paths: ["外交部.md", "mfa_zh.md"]))
        XCTAssertEqual(told.map(\.id), ["version-1", "mfa-zh-md"])
    }

    /// Labels from long file names lose the words they all open with: a new user's
    /// "scholz-putin-2024-11-15.AP_(quoting_the_German_government)-en.txt" was cut at 64
    /// characters ("…-en.t…") in every export. Short names, names sharing nothing, a name
    /// that is no label (a front matter's), and names left alike stay as they are.
    func testLongFileNamesLoseTheWordsTheyAllOpenWith() throws {
        func load(_ name: String, _ text: String = "The leaders spoke.") throws -> Document {
            try DocumentLoader.load(bytes: Array(text.utf8), name: name, markdown: false)
        }
        let paths = ["texts/scholz-putin-2024-11-15.AP_(quoting_the_German_government)-en.txt", "scholz-putin-2024-11-15.Kremlin-en.txt"]
        let documents = try paths.map { try load(($0 as NSString).lastPathComponent) }
        XCTAssertTrue(documents[0].label.hasSuffix("-en.t…"), "cut at 64: \(documents[0].label)")
        let shorter = DocumentLoader.uniquingIdentifiers(DocumentLoader.shorterFileNameLabels(documents, paths: paths))
        XCTAssertEqual(shorter.map(\.label), ["AP_(quoting_the_German_government)-en.txt", "Kremlin-en.txt"])
        XCTAssertEqual(shorter.map(\.id), ["ap-quoting-the-german-government-en-txt", "kremlin-en-txt"])
        XCTAssertEqual(shorter.map(\.shownSource), documents.map(\.shownSource), "the whole name stays the source")

        let short = try ["putin-trump.en.txt", "putin-trump.fr.txt"].map { try load($0) }
        XCTAssertEqual(DocumentLoader.shorterFileNameLabels(short, paths: ["putin-trump.en.txt", "putin-trump.fr.txt"]).map(\.label),
                       ["putin-trump.en.txt", "putin-trump.fr.txt"], "short enough")
        let apart = try ["kremlin-readout-of-the-call-with-the-president.txt", "white-house.txt"].map { try load($0) }
        XCTAssertEqual(DocumentLoader.shorterFileNameLabels(apart, paths: ["kremlin-readout-of-the-call-with-the-president.txt", "white-house.txt"]).map(\.label),
                       apart.map(\.label), "nothing shared")
        let titled = [try load("biden-putin-2021-12-30-readout-of-the-call.a.txt", "# Kremlin\n\nOne."), try load("biden-putin-2021-12-30-readout-of-the-call.b.txt")]
        XCTAssertEqual(DocumentLoader.shorterFileNameLabels(titled, paths: ["biden-putin-2021-12-30-readout-of-the-call.a.txt", "biden-putin-2021-12-30-readout-of-the-call.b.txt"]).map(\.label),
                       titled.map(\.label), "one name is no label: nothing to tell apart from")
        let extensions = ["biden-putin-2021-12-30-readout-of-the-call.txt", "biden-putin-2021-12-30-readout-of-the-call.md"]
        XCTAssertEqual(DocumentLoader.shorterFileNameLabels(try extensions.map { try load($0) }, paths: extensions).map(\.label), extensions,
                       "an extension alone tells nothing")
    }

    /// Two drafts under one `#` title are told apart by their files' names (a diplomat's two
    /// drafts read "Joint Statement of…" in every place); the same file twice keeps its title.
    func testVersionsWithTheSameLabelAreLabelledByTheirFiles() throws {
        let a = try DocumentLoader.load(bytes: Array("# Joint Statement\n\nOne.".utf8), name: "drafts/draftA.md", markdown: true)
        let b = try DocumentLoader.load(bytes: Array("# Joint Statement\n\nTwo.".utf8), name: "draftB.md", markdown: true)
        let other = try DocumentLoader.load(bytes: Array("# Communiqué\n\nThree.".utf8), name: "c.md", markdown: true)
        let told = DocumentLoader.uniquingIdentifiers(DocumentLoader.distinguishingLabels([a, b, other], paths: ["drafts/draftA.md", "draftB.md", "c.md"]))
        XCTAssertEqual(told.map(\.label), ["draftA.md", "draftB.md", "Communiqué"])
        XCTAssertEqual(told.map(\.id), ["drafta-md", "draftb-md", "communique"])
        let same = DocumentLoader.distinguishingLabels([a, a], paths: ["draftA.md", "draftA.md"])
        XCTAssertEqual(same.map(\.label), ["Joint Statement", "Joint Statement"])
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

    /// A web page's subheadings pasted as lines of their own are headings, not sentences: a
    /// journalist's German release counted "Unterstützung für die Ukraine" as a third passage
    /// on Ukraine. A line ending as a sentence does, a dateline and the first line are read as
    /// before.
    func testSubheadingsBetweenParagraphsAreHeadings() throws {
        let text = """
            Bundeskanzler Scholz traf Premierminister Starmer in Washington.

            Prioritäten setzen

            Beide sprachen über die Zusammenarbeit in der Verteidigung.

            Unterstützung für die Ukraine

            Sie bekräftigten ihre Unterstützung für die Ukraine.

            Paris, 14 March 2024

            They agreed to meet again soon.
            """
        let document = try DocumentLoader.load(bytes: Array(text.utf8), name: "bundesregierung.txt", markdown: false)
        let headings = document.blocks.filter(\.isHeading).map { document.string($0.range) }
        XCTAssertEqual(headings, ["Prioritäten setzen", "Unterstützung für die Ukraine"])
        let analysed = SentenceSplitter.sentences(of: document, language: .german).filter { !$0.isHeading }
        XCTAssertEqual(analysed.count, 5, "the three sentences, the dateline and the last one")
    }

    /// A law's lead-in to a list ends in a function word: no heading, so that its change
    /// ("§ 1" → "§ 2") is a change and the items are not cited under it.
    func testALeadInEndingInAFunctionWordIsNoHeading() throws {
        let text = """
            Die Behörde prüft den Antrag.

            Der Anspruch nach § 1 besteht wegen

            1. entgegenstehender öffentlicher Belange,

            2. entgegenstehender privater Belange.
            """
        let document = try DocumentLoader.load(bytes: Array(text.utf8), name: "vig.txt", markdown: false)
        XCTAssertEqual(document.blocks.filter(\.isHeading).map { document.string($0.range) }, [])
        // An acronym is no function word: "Beziehungen zur EU" stays a heading (French "eu").
        let acronym = try DocumentLoader.load(bytes: Array("Sie trafen sich in Rom.\n\nBeziehungen zur EU\n\nSie sprachen lange.\n".utf8), name: "eu.txt", markdown: false)
        XCTAssertEqual(acronym.blocks.filter(\.isHeading).map { acronym.string($0.range) }, ["Beziehungen zur EU"])
        let sentences = SentenceSplitter.sentences(of: document, language: .german).map { document.string($0.range) }
        XCTAssertTrue(sentences.contains { $0.hasPrefix("Der Anspruch nach § 1 besteht wegen") }, "\(sentences)")
    }
}

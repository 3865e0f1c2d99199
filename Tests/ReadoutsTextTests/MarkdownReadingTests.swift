import Foundation
import XCTest
@testable import ReadoutsText

/// A Markdown version reads as its writer meant it, as a reader of the rendered file sees
/// it (a translator's `**support plan**`, `> "France's…`, list items run together and a
/// table read as one sentence "only in" their version).
final class MarkdownReadingTests: XCTestCase {
    private func load(_ text: String, markdown: Bool = true) throws -> Document {
        try DocumentLoader.load(bytes: Array(text.utf8), name: markdown ? "en.md" : "en.txt", markdown: markdown)
    }

    private func shown(_ text: String) throws -> String { try load(text).text }

    private func sentences(_ document: Document) -> [String] {
        SentenceSplitter.sentences(of: document, language: .english).map { document.string($0.range) }
    }

    func testEmphasisStrongCodeAndStrikethroughLoseTheirMarkers() throws {
        XCTAssertEqual(try shown("On Thursday, a **support plan** for *civil* __nuclear__ _industry_, ~~old~~ new `code`."),
                       "On Thursday, a support plan for civil nuclear industry, old new code.")
        XCTAssertEqual(try shown("*Paris, 14 March 2024*"), "Paris, 14 March 2024")
        XCTAssertEqual(try shown("``a ` tick`` and ` padded `"), "a ` tick and padded")
        // Nested: the outer and the inner both go.
        XCTAssertEqual(try shown("***very* important** and *a **b** c* and **a *b* c**"), "very important and a b c and a b c")
        // Emphasis across a soft line break.
        XCTAssertEqual(try shown("the **support\nplan** is"), "the support\nplan is")
    }

    func testIntraWordUnderscoresAndLoneMarkersStay() throws {
        XCTAssertEqual(try shown("Edit snake_case_name in file_names.txt, _not_ my_file; 2 * 3 * 4 = 24; ~5% more; a _ b"),
                       "Edit snake_case_name in file_names.txt, not my_file; 2 * 3 * 4 = 24; ~5% more; a _ b")
        XCTAssertEqual(try shown("**unclosed and *half"), "**unclosed and *half")
    }

    func testBackslashEscapesShowTheCharacterAndEntitiesTheirs() throws {
        XCTAssertEqual(try shown(#"\*\*support plan\*\* \_x\_ \[not a link\](x) a \ b"#), #"**support plan** _x_ [not a link](x) a \ b"#)
        XCTAssertEqual(try shown("AT&amp;T &laquo;oui&raquo; caf&#233; &#x41; &bogus; &"), "AT&T «oui» café A &bogus; &")
    }

    func testLinksShowTheirTextImagesTheirAltAutolinksTheirAddress() throws {
        XCTAssertEqual(try shown("see [the plan](https://example.org/plan)."), "see the plan.")
        XCTAssertEqual(try shown(#"see [Foo](https://en.wikipedia.org/wiki/Foo_(bar) "The *title*") now"#), "see Foo now",
                       "parentheses in the address, and a title")
        XCTAssertEqual(try shown("a [**bold** link](<https://x.org/a b>) here"), "a bold link here")
        XCTAssertEqual(try shown("![Minister at the podium](img/p_1.png) and <https://example.org/a_b> or <press@example.org>"),
                       "Minister at the podium and https://example.org/a_b or press@example.org")
        // Reference links show their text, and their definitions are not shown; a shortcut
        // `[sic]` may be none, and stays.
        XCTAssertEqual(try shown("the [plan][p] and [Paris][] [sic]\n\n[p]: https://example.org/plan \"Plan\"\n\nEnd."),
                       "the plan and Paris [sic]\n\nEnd.")
        // A link holds no link; an image in a link shows its alt text.
        XCTAssertEqual(try shown("[[inner](a) outer](b) and [![logo](l.png)](home)"), "[inner outer](b) and logo")
        // Emphasis does not reach into a link's text from outside.
        XCTAssertEqual(try shown("*a [b* c](d)"), "*a b* c")
    }

    /// Formatting tags are dropped, block tags are breaks (with attributes too); any other
    /// tag stays as typed. A translator's declaration copied from GitHub, "<ol> <li>Men are
    /// born…</li> <li>The goal…", showed every tag in the panes, the search and the exports.
    func testInlineHTMLFormattingTagsAreDroppedOthersStay() throws {
        XCTAssertEqual(try shown("<b>bold</b>, x<sup>2</sup>, one<br>two, <div class=\"x\">, <script>"),
                       "bold, x2, one\ntwo, \n, <script>")
        let list = try shown("<ol> <li>Men are born free.</li> <li>The goal is <a href=\"#x\" title=\"a > b\">liberty</a>.</li></ol>")
        XCTAssertEqual(list.split(whereSeparator: \.isWhitespace), ["Men", "are", "born", "free.", "The", "goal", "is", "liberty."], list)
        XCTAssertTrue(list.contains("free.\n"), list)
        XCTAssertEqual(try shown("x <y and z> w, <custom attr=\"1\">, a <b"), "x <y and z> w, <custom attr=\"1\">, a <b")
    }

    /// A writer's note to themselves is not shown, nor shared: a journalist's "<!--
    /// internal: check figures with finance -->" was the first "only in" topic of the brief
    /// they sent. A footnote's text is read (it was hidden as a link definition).
    func testCommentsAreHiddenAndFootnotesRead() throws {
        XCTAssertEqual(try shown("Aid rises. <!-- internal: check figures with finance --> Families wait."), "Aid rises.  Families wait.")
        XCTAssertEqual(try shown("A note <!-- over\ntwo lines --> ends."), "A note  ends.")
        XCTAssertEqual(try shown("Unclosed <!-- stays"), "Unclosed <!-- stays")
        XCTAssertEqual(try shown("Aid rises.[^1]\n\n[^1]: The footnote text.\n"), "Aid rises.¹\n\n1. The footnote text.")
        XCTAssertEqual(try shown("See [the page][id].\n\n[id]: https://example.org\n"), "See the page.")
    }

    /// A footnote's reference is its number in superscript, kept with the sentence before it
    /// ("…rubles.[^1] Next year…" was cut into "…rubles.[" and "^1] Next year…", and the
    /// "1" compared as a figure); footnotes are numbered as first referred to, as GitHub
    /// numbers them, and each definition is a numbered line of its own under that number.
    func testFootnoteReferencesAreSuperscriptNumbersThatEndNoSentence() throws {
        let document = try load("""
            Spending reached 2.1 billion rubles.[^source] Next year it grows by 5%.[^1] See [^Source].

            [^1]: Budget law of 1986.
            [^source]: Ministry of Finance.
            More from the ministry.
            """)
        XCTAssertEqual(document.text,
                       "Spending reached 2.1 billion rubles.¹ Next year it grows by 5%.² See ¹.\n\n2. Budget law of 1986.\n1. Ministry of Finance.\nMore from the ministry.")
        XCTAssertEqual(sentences(document), ["Spending reached 2.1 billion rubles.¹", "Next year it grows by 5%.²", "See ¹.",
                                             "2. Budget law of 1986.", "1. Ministry of Finance.", "More from the ministry."])
        XCTAssertEqual(Tokenizer.tokens(in: document.string(SentenceSplitter.sentences(of: document)[0].range)).map(\.text),
                       ["spending", "reached", "2.1", "billion", "rubles"], "the mark is no word nor number")
        // A reference in a heading or a table's cell counts on; "[^ x]" and "[^]" are none.
        XCTAssertEqual(try shown("# Aid[^n]\n\n| a[^m] | b[^n] |\n|---|---|\n\nNot [^ x] nor [^] nor `[^c]`."),
                       "Aid¹\n\na² · b¹\n\nNot [^ x] nor [^] nor [^c].")
    }

    func testListItemsStartTheirOwnLinesAndSentences() throws {
        let document = try load("## Funding\n\nThe credits go to:\n- Technician training;\n- the safety of facilities;\n- research into small modular reactors.\n\nAfter.")
        XCTAssertEqual(document.text,
                       "Funding\n\nThe credits go to:\n• Technician training;\n• the safety of facilities;\n• research into small modular reactors.\n\nAfter.")
        XCTAssertEqual(document.blocks.map(\.tight), [false, false, true, true, true, false])
        XCTAssertEqual(document.blocks.map { document.string($0.range) }.dropFirst(2).first, "• Technician training;")
        XCTAssertEqual(sentences(document), ["Funding", "The credits go to:", "• Technician training;", "• the safety of facilities;",
                                             "• research into small modular reactors.", "After."])
        // Numbers are kept; nested items are further in; a lazy line continues its item.
        let ordered = try load("1. One\ncontinued\n2) Two\n   * inner\n+ plus")
        XCTAssertEqual(ordered.text, "1. One\ncontinued\n2) Two\n  • inner\n• plus")
        XCTAssertEqual(ordered.blocks.count, 4)
        // Only "1." interrupts a paragraph: a year at a line's start does not.
        XCTAssertEqual(try load("It was agreed in\n2024. Then more.").blocks.count, 1)
        XCTAssertEqual(try load("Steps:\n1. One").blocks.count, 2)
        // A loose list's items have a blank line between them.
        XCTAssertEqual(try shown("- a\n\n- b"), "• a\n\n• b")
    }

    func testBlockQuotesLoseTheirMarkers() throws {
        let document = try load("Intro.\n> \"France's energy sovereignty is not negotiable,\"\n> the Minister told the press.\n>\n> > Nested.\n\nAfter.")
        XCTAssertEqual(document.text,
                       "Intro.\n\n\"France's energy sovereignty is not negotiable,\"\nthe Minister told the press.\n\nNested.\n\nAfter.")
        XCTAssertEqual(document.blocks.count, 4)
        XCTAssertFalse(document.blocks[1].keepsLineBreaks, "a quote's line breaks are soft")
    }

    func testATableReadsRowByRowWithoutItsDelimiterRow() throws {
        let document = try load("Figures:\n\n| Item | Amount |\n|---|:--:|\n| **Total** | €1.5bn |\n| Esc \\| pipe | |\n\nAfter.")
        XCTAssertEqual(document.text, "Figures:\n\nItem · Amount\nTotal · €1.5bn\nEsc | pipe\n\nAfter.")
        XCTAssertEqual(document.blocks.map(\.tight), [false, false, true, true, false])
        XCTAssertEqual(sentences(document), ["Figures:", "Item · Amount", "Total · €1.5bn", "Esc | pipe", "After."])
        // A table right under a paragraph's line takes its last line as its header.
        XCTAssertEqual(try shown("Budget\n| Item | Amount |\n| --- | --- |\n| Total | 2 |"), "Budget\nItem · Amount\nTotal · 2")
        // Without a delimiter row, pipes are text.
        XCTAssertEqual(try shown("a | b\nc | d"), "a | b\nc | d")
    }

    func testThematicBreaksAndFencesAreNotShownCodeIsAsTyped() throws {
        let document = try load("Before.\n\n---\n\n```swift\nlet x = *y*\n# not a heading\n```\n\n* * *\nAfter **all**.\n___\n")
        XCTAssertEqual(document.text, "Before.\n\nlet x = *y*\n# not a heading\n\nAfter all.")
        XCTAssertEqual(document.blocks.map(\.isHeading), [false, false, false])
        XCTAssertTrue(document.blocks[1].keepsLineBreaks, "a code block's lines are kept")
        // An underline of "=" or "-" makes a heading; a heading's markup is read too.
        let setext = try load("Press **release**\n=====\n\nText.\n\n# The *plan*")
        XCTAssertEqual(setext.text, "Press release\n\nText.\n\nThe plan")
        XCTAssertEqual(setext.blocks.map(\.isHeading), [true, false, true])
        XCTAssertEqual(setext.label, "Press release")
    }

    /// The translator's file, as they opened it.
    func testTheTranslatorsFileReadsAsRendered() throws {
        let en = """
            ---
            label: Traduction EN (v1)
            ---

            # Press release — Ministry of the Economy

            *Paris, 14 March 2024*

            On Thursday, the Minister presented a **support plan** for the civil nuclear industry.

            > "France's energy sovereignty is not negotiable," the Minister told the press.

            Nearly 12,000 jobs should be created by 2030 — see [the plan](https://example.org/plan).
            """
        let document = try load(en)
        XCTAssertEqual(document.text, """
            Press release — Ministry of the Economy

            Paris, 14 March 2024

            On Thursday, the Minister presented a support plan for the civil nuclear industry.

            "France's energy sovereignty is not negotiable," the Minister told the press.

            Nearly 12,000 jobs should be created by 2030 — see the plan.
            """)
        XCTAssertEqual(document.blocks.map(\.isHeading), [true, false, false, false, false], "the dateline in emphasis is no title")
    }

    /// The README's example ("Files").
    func testTheREADMEExample() throws {
        let document = try load("""
            *Paris, 14 March 2024*

            The Minister presented a **support plan** (see [the plan](https://example.org/plan)):
            - Technician training;
            - research into small modular reactors.

            | Item  | Amount |
            |-------|--------|
            | Total | €1.5bn |
            """)
        XCTAssertEqual(document.text, """
            Paris, 14 March 2024

            The Minister presented a support plan (see the plan):
            • Technician training;
            • research into small modular reactors.

            Item · Amount
            Total · €1.5bn
            """)
        // The dateline in emphasis, though it ends with a year, is no title: the writer marked it.
        XCTAssertFalse(document.blocks[0].isHeading)
    }

    func testPlainTextIsShownAsTyped() throws {
        let text = "A **b** _c_ [d](e)\n- f\n| g | h |\n|---|---|\n> i\n---"
        let document = try load(text, markdown: false)
        XCTAssertEqual(document.text, text)
        XCTAssertEqual(document.blocks.count, 1)
    }

    /// Whatever the markup makes of it, nothing unsafe reaches the terminal: numeric
    /// references to controls show as placeholders, as raw controls do.
    func testWhatMarkupProducesIsSanitised() throws {
        let document = try load("&#x1b;[2J **x** &#7; &#0; &#x202E; \u{1B}]0;t\u{07} `\u{9B}` [a\u{1B}](b)")
        XCTAssertEqual(document.text, "␛[2J x ␇ \u{FFFD} ␦ ␛]0;t␇ ␦ a␛")
        XCTAssertTrue(document.text.unicodeScalars.allSatisfy { $0 == "\n" || Sanitiser.isSafeForTerminal($0) })
    }

    /// Look-ahead is bounded and emphasis is matched with a bottom per kind: markup that
    /// never closes costs no more than prose.
    func testPathologicalMarkupStaysLinear() throws {
        let patterns = ["[a](", "*a _b ", "`` ` ", "[", "<a ", "](x ", "&#", "**_", "![x]("]
        for pattern in patterns {
            let small = String(repeating: pattern, count: 5_000)
            let large = String(repeating: pattern, count: 40_000)
            var start = Date()
            _ = try load(small)
            let smallTime = Date().timeIntervalSince(start)
            start = Date()
            let document = try load(large)
            let largeTime = Date().timeIntervalSince(start)
            // A bracket, a link's tail or an entity never closed is shown as typed: nothing lost.
            if ["[a](", "[", "&#", "![x]("].contains(pattern) {
                XCTAssertEqual(document.text.unicodeScalars.count, large.unicodeScalars.count, pattern)
            }
            // Eight times the text: well under 64 times the time.
            XCTAssertLessThan(largeTime, max(1.0, smallTime * 30), "\(pattern): \(smallTime) s then \(largeTime) s")
        }
    }
}

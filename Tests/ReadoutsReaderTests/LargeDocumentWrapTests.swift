import ReadoutsReader
import ReadoutsText
import XCTest

/// Nothing on the key path may grow with the document: on a 10 MB version, opening,
/// paging, jumping to the end and resizing wrap only the blocks that come into view
/// (counted by `WrapCache.wrappedBlocks`), never the whole text. No timings here: the
/// speed itself is measured by `readouts-bench`.
final class LargeDocumentWrapTests: XCTestCase {
    static let width = 200
    static let height = 60
    /// Generous: every visible row in its own block, twice over (the page shown and the
    /// last page, which `G` and clamping look at).
    static let boundPerStep = 4 * height

    /// About `bytes` of deterministic prose in paragraphs of a few hundred characters.
    static func prose(bytes: Int) -> String {
        let words = ["les", "présidents", "ont", "évoqué", "la", "sécurité", "européenne", "et", "les", "sanctions",
                     "économiques", "à", "Genève", "coopération", "stratégique", "Moscou", "Washington", "frontière"]
        var text = ""
        text.reserveCapacity(bytes + 100)
        var state: UInt64 = 7
        var inParagraph = 0
        while text.utf8.count < bytes {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            text += words[Int(state >> 33) % words.count]
            inParagraph += 1
            text += inParagraph % 60 == 0 ? ".\n\n" : " "
        }
        return text
    }

    static func load(_ text: String, name: String = "big.txt") throws -> Document {
        try DocumentLoader.load(bytes: Array(text.utf8), name: name, markdown: false)
    }

    func wrapped(_ state: ReaderState) -> [Int] {
        state.documents.indices.map { state.text($0).cache.wrappedBlocks }
    }

    func assertBounded(_ before: [Int], _ after: [Int], _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for (b, a) in zip(before, after) {
            XCTAssertLessThanOrEqual(a - b, Self.boundPerStep, "\(what) wrapped \(a - b) blocks", file: file, line: line)
        }
    }

    func testPagingJumpingAndResizingA10MBVersionWrapOnlyWhatIsShown() throws {
        let big = try Self.load(Self.prose(bytes: 10_000_000))
        XCTAssertGreaterThan(big.blocks.count, 10_000)
        var state = ReaderState(documents: [big, big], width: Self.width, height: Self.height)
        _ = render(state)
        XCTAssertTrue(wrapped(state).allSatisfy { $0 <= Self.boundPerStep }, "opening: \(wrapped(state))")

        var before = wrapped(state)
        for _ in 0..<20 { state.apply(.key(.character(" "))); _ = render(state) }
        // 20 pages of 59 rows cover at most 20 × 59 blocks, whatever the document size.
        XCTAssertLessThanOrEqual(wrapped(state)[0] - before[0], 20 * Self.height + Self.boundPerStep)
        XCTAssertEqual(wrapped(state)[1], before[1], "the other pane did not move")

        before = wrapped(state)
        state.apply(.key(.character("G")))
        _ = render(state)
        assertBounded(before, wrapped(state), "G")

        // A resize re-wraps the visible blocks at the new width, and keeps the position.
        state.apply(.key(.character("g")))
        for _ in 0..<500 { state.apply(.key(.character(" "))) }
        let anchor = state.panes[0].anchor
        before = wrapped(state)
        state.apply(.resize(width: 131, height: 40))
        let frame = render(state)
        assertBounded(before, wrapped(state), "resize")
        let top = state.text(0).offset(at: state.panes[0].top)
        XCTAssertLessThanOrEqual(top, anchor, "the top row still holds the old top row's text")
        XCTAssertGreaterThan(top, anchor - 131, "…and starts at most one row before it")
        XCTAssertFalse(frame.row(1).trimmingCharacters(in: .whitespaces).isEmpty)

        before = wrapped(state)
        state.apply(.resize(width: Self.width, height: Self.height))
        for _ in 0..<10 { state.apply(.key(.character("k"))); _ = render(state) }
        assertBounded(before, wrapped(state), "resize back and scroll up")
    }

    func testA10MBLineWithoutNewlineOpensAndPagesLocally() throws {
        let line = Self.prose(bytes: 10_000_000).replacingOccurrences(of: "\n", with: " ")
        let document = try Self.load(line)
        XCTAssertTrue(document.blocks.allSatisfy { $0.range.count <= DocumentParser.maxChunk })
        var state = ReaderState(documents: [document, document], width: Self.width, height: Self.height)
        var before = wrapped(state)
        state.apply(.key(.character("G")))
        state.apply(.key(.character("b")))
        XCTAssertFalse(render(state).row(1).trimmingCharacters(in: .whitespaces).isEmpty)
        assertBounded(before, wrapped(state), "G b on one long line")
        before = wrapped(state)
        state.apply(.resize(width: 90, height: 30))
        _ = render(state)
        assertBounded(before, wrapped(state), "resize on one long line")
    }

    func testAMillionOneCharacterLinesPageLocally() throws {
        var text = ""
        text.reserveCapacity(2_000_000)
        for index in 0..<1_000_000 { text += index % 2 == 0 ? "a\n" : "b\n" }
        let document = try Self.load(text)
        var state = ReaderState(documents: [document, document], width: Self.width, height: Self.height)
        _ = render(state)
        let before = wrapped(state)
        for key: Key in [.character("G"), .character("b"), .character("g"), .character(" ")] {
            state.apply(.key(key))
            _ = render(state)
        }
        assertBounded(before, wrapped(state), "paging a million lines")
        XCTAssertTrue(["a", "b"].contains(render(state).row(1).first), "a line of the file is shown")
    }
}

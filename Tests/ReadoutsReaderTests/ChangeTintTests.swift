import ReadoutsText
import XCTest
@testable import ReadoutsReader

/// Between drafts, the panes mark what a draft changed where it is (`diff.change`): the
/// words the other draft does not keep ("ninety" against "sixty"), a sentence it lacks whole
/// (Article 4, deleted), and nothing the drafts share (Article 1, the moved Article 5). A
/// legislative analyst paging through an amendment saw only the topics' colours.
final class ChangeTintTests: XCTestCase {
    private func changed(_ state: ReaderState, version: Int, _ words: String) throws -> [Bool] {
        let document = state.documents[version]
        let range = Fixtures.range(of: words, in: document)
        let frame = render(state)
        let cells = state.cells(in: frame, version: version, range: range)
        XCTAssertFalse(cells.isEmpty, "«\(words)» is on screen")
        let tint = state.theme.style("diff.change").background
        return cells.map { $0.style.background == tint }
    }

    func testTheChangedWordsAndADeletedSentenceAreMarkedAndNothingElse() throws {
        let state = Fixtures.analysedState([ChangeSteppingTests.draftA, ChangeSteppingTests.draftB], prefix: "D", width: 160, height: 40)
        XCTAssertNotEqual(state.theme.style("diff.change").background, state.theme.style("ui.text").background, "the default theme tints")
        XCTAssertTrue(try changed(state, version: 0, "ninety").allSatisfy { $0 }, "the word the other draft changed")
        XCTAssertTrue(try changed(state, version: 1, "sixty").allSatisfy { $0 }, "and its replacement")
        XCTAssertTrue(try changed(state, version: 0, "within").allSatisfy { !$0 }, "not the words both keep")
        XCTAssertTrue(try changed(state, version: 0, "No dwelling may be let").allSatisfy { $0 }, "a deleted sentence, whole")
        XCTAssertTrue(try changed(state, version: 0, "applies to every tenancy").allSatisfy { !$0 }, "not an unchanged one")
        XCTAssertTrue(try changed(state, version: 0, "process personal data").allSatisfy { !$0 }, "not a moved one")
    }

    /// Two accounts of one event are no drafts: nothing is marked.
    func testAccountsAreNotMarked() throws {
        let state = Fixtures.bundledState(width: 160, height: 40)
        let tint = state.theme.style("diff.change").background
        let frame = render(state)
        for y in state.layout.contentTop..<state.layout.statusRow {
            for x in 0..<frame.width { XCTAssertNotEqual(frame[x, y].style.background, tint, "(\(x), \(y))") }
        }
    }
}

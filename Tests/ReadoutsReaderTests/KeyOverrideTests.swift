import XCTest
@testable import ReadoutsReader

/// Keys rebound by the configuration: they work, the help shows them, and the keys they
/// took no longer appear for their old command.
final class KeyOverrideTests: XCTestCase {
    func testKeysParseAsTheHelpWritesThem() {
        XCTAssertEqual(Key.parse("Ctrl-N"), .control("n"))
        XCTAssertEqual(Key.parse("Space"), .character(" "))
        XCTAssertEqual(Key.parse("F5"), .function(5))
        XCTAssertEqual(Key.parse("é"), .character("é"))
        XCTAssertEqual(Key.parse("PgDn"), .pageDown)
        XCTAssertEqual(Key.parseSequence("Z Z"), [.character("Z"), .character("Z")])
        for bad in ["", "Ctrl-", "Ctrl-NN", "F13", "jj", "\u{1B}"] { XCTAssertNil(Key.parseSequence(bad), bad) }
    }

    func testEveryCommandNameRoundTrips() {
        for (name, command) in Command.byName { XCTAssertEqual(command.name, name) }
        XCTAssertEqual(Set(Command.byName.values.map { "\($0)" }).count, Command.byName.count, "one name per command")
    }

    /// Every command a key has can be given to another key by name: `J` and `K` (next and
    /// previous change), `;` and `,`, and vim's `zt` / `zz` / `zb` had none.
    func testEveryCommandOfTheKeymapHasAName() {
        for binding in ReaderKeymap.main.groups.flatMap(\.bindings) where binding.action != .reading(.listOptions) {
            XCTAssertNotNil(binding.action.name, "\(binding.action) has no name for [keys]")
        }
        var state = ReaderState(documents: Fixtures.bundled, width: 100, height: 30, theme: Fixtures.theme,
                                preferences: ReaderPreferences(keys: [KeyOverride(keys: [.character("]"), .character("c")], command: Command.byName["next-change"])]))
        state.apply(.topics(TopicIndex(Fixtures.bundledAnalysis, documents: Fixtures.bundled), progress: 1))
        state.press(.character("]"), .character("c"))
        XCTAssertTrue(state.notice?.text.contains("has no draft or translation here") == true, "] c runs J: \(state.notice?.text ?? "")")
    }

    func testOverridesRebindAndTheHelpFollows() {
        let preferences = ReaderPreferences(keys: [
            KeyOverride(keys: [.character("x")], command: .quit),
            KeyOverride(keys: [.character("k")], command: .nextTopic),
            KeyOverride(keys: [.character("q")], command: nil),
            KeyOverride(keys: [.character("'")], command: .reading(.setMark)),
        ])
        var state = ReaderState(documents: Fixtures.bundled, width: 100, height: 30, theme: Fixtures.theme, preferences: preferences)
        state.apply(.topics(TopicIndex(Fixtures.bundledAnalysis, documents: Fixtures.bundled), progress: 1))
        XCTAssertEqual(state.apply(.key(.character("x"))), [.cancelAnalysis, .quit(status: 0)])
        XCTAssertEqual(state.apply(.key(.character("q"))), [], "q does nothing now")
        state.press(.character("k"))
        XCTAssertNotNil(state.navigation.focusedTopic, "k steps to the next topic")
        state.press(.character("'"), .character("b"))
        XCTAssertNotNil(state.reading.marks["b"], "' then a letter sets a mark: \(state.notice?.text ?? "") \(state.pendingKeys)")

        let rows = HelpContent.groups(state.keymap).joined().filter { !$0.isHeading }.map { ($0.key, $0.text) }
        XCTAssertTrue(rows.contains { $0 == ("x", "quit") })
        XCTAssertTrue(rows.contains { $0 == ("k", "next-topic") })
        XCTAssertTrue(rows.contains { $0 == ("'{a-z}", "set-mark") })
        XCTAssertTrue(rows.contains { $0 == ("j ↓ / ↑", "down / up one line") }, "k is gone from scrolling")
        XCTAssertTrue(rows.contains { $0 == ("Backspace", "back to where you were") }, "'' went with '")
        XCTAssertTrue(rows.contains { $0 == ("Q ZZ ZQ Ctrl-C", "quit") })
        XCTAssertFalse(rows.contains { $0.0.split(separator: " ").contains("q") })
    }

    func testTheFirstBindingOfARowCanGoAndItsSummaryStays() {
        let keymap = ReaderKeymap.main.overriding([KeyOverride(keys: [.character("j")], command: nil),
                                                   KeyOverride(keys: [.down], command: nil)])
        let rows = HelpContent.groups(keymap).joined().map { ($0.key, $0.text) }
        XCTAssertTrue(rows.contains { $0 == ("k ↑", "down / up one line") }, "\(rows.prefix(4))")
    }
}

import XCTest
@testable import ReadoutsThemes

/// The readability promises, checked on every shipped theme by `ThemeChecker`
/// (thresholds: body 4.5:1, highlights 3:1 WCAG; topics CIEDE2000 ≥ 15 direct, ≥ 12 xterm256,
/// ≥ 10 ansi16, ≥ 20 over the first six on ansi8, which has only six hues).
final class ShippedThemeQualityTests: XCTestCase {
    let library = ThemeLibrary(userDirectory: nil)

    func testEveryShippedThemePassesTheChecker() throws {
        for name in library.names() {
            let theme = try library.load(named: name)
            XCTAssertEqual(ThemeChecker.problems(in: theme), [], "\(name)")
            // Sixteen colours, so the bundled readouts' fifteen topics never share one; the
            // ANSI theme has the twelve hues a 16-colour terminal offers, mono its attributes.
            let minimum = ["ansi16": 12, "mono": 6][name] ?? 16
            XCTAssertGreaterThanOrEqual(theme.topicPalette.count, minimum, name)
            XCTAssertFalse(theme.description.isEmpty, "\(name) has no description for --list-themes")
        }
    }

    /// The checker really measures: a grey-on-grey theme with two nearly equal topic
    /// colours and a topic the colour of its text is rejected for each reason.
    func testADeliberatelyBadThemeIsRejected() throws {
        let themes = TempThemes()
        themes.write("bad", """
            "ui.text" = { fg = "#777777", bg = "#888888" }
            "search.match" = { fg = "#202020", bg = "#303030" }
            [topics]
            palette = ["#ff0000", "#fe0101", "#787878", "#00aa00", "#0000ff", "#aa00aa", "#00aaaa",
                       "#aaaa00", "#ff8800", "#88ff00", "#0088ff", "#ff0088"]
            """)
        let problems = ThemeChecker.problems(in: try themes.library.load(named: "bad"))
        XCTAssertTrue(problems.contains { $0.hasPrefix("ui.text: contrast") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("search.match: contrast") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("direct tier: topics 1 and 2") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("topic 3 is ") && $0.contains("from body text") }, "\(problems)")
    }

    /// The tints of the current sentence and its linked passage are checked too: a tint the
    /// pane's own colour, and one a topic colour cannot be read on, are rejected.
    func testTintsThatCannotBeSeenOrReadOnAreRejected() throws {
        let themes = TempThemes()
        themes.write("tints", """
            inherits = "default"
            "topic.current" = { fg = "#d4d0c4", bg = "#1c1e24" }
            "topic.partner" = { fg = "#d4d0c4", bg = "#0050e0" }
            """)
        let problems = ThemeChecker.problems(in: try themes.library.load(named: "tints"))
        XCTAssertTrue(problems.contains("topic.current is too close to the pane background to be seen"), "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("topic 2 on topic.partner: contrast") }, "\(problems)")
        XCTAssertFalse(problems.contains { $0.hasPrefix("topic 2 on topic.current") }, "\(problems)")
    }

    /// A default-coloured side is judged on both a dark and a light terminal.
    func testDefaultBackgroundMustWorkOnDarkAndLightTerminals() {
        XCTAssertLessThan(ThemeChecker.contrast(of: Style(foreground: .ansi(11)))!, 3)
        XCTAssertNil(ThemeChecker.contrast(of: Style(modifiers: [.bold])))
    }

    func testAnsi16UsesOnlyANSINamesAndMonoNoColourAtAll() throws {
        func colours(_ theme: Theme) -> [Color] {
            (ThemeScopes.names.filter { !ThemeScopes.modifierOnly.contains($0) }.map(theme.style) + theme.topicPalette).flatMap { [$0.foreground, $0.background] }
        }
        for colour in colours(try library.load(named: "ansi16")) {
            guard case .ansi = colour else { return XCTFail("ansi16 uses \(colour)") }
        }
        XCTAssertEqual(Set(colours(try library.load(named: "mono"))), [.terminalDefault])
    }

    /// Highlights must look different from body text in every shipped theme and tier.
    func testHighlightsDifferFromBodyTextInEveryTier() throws {
        for name in library.names() {
            let theme = try library.load(named: name)
            for tier in ColorTier.allCases {
                let mapped = TerminalTheme(theme: theme, tier: tier)
                for scope in ["search.match", "search.current", "ui.selection", "ui.pane.title.focused", "ui.status"] {
                    XCTAssertNotEqual(mapped.style(scope), mapped.style("ui.text"), "\(name) \(tier) \(scope)")
                }
                XCTAssertNotEqual(mapped.style("search.current"), mapped.style("search.match"), "\(name) \(tier)")
            }
        }
    }
}

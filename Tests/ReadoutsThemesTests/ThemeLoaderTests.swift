import XCTest
@testable import ReadoutsThemes

final class ThemeLoaderTests: XCTestCase {
    func load(_ text: String, name: String = "t", _ themes: TempThemes = TempThemes()) throws -> Theme {
        themes.write(name, text)
        return try themes.library.load(named: name)
    }

    /// Palette names, hex, indices, ANSI names and bare strings all work as the README says.
    func testColourForms() throws {
        let theme = try load("""
            "ui.text" = { fg = 250, bg = "paper" }
            "ui.divider" = "bright-blue"
            "ui.gutter" = { fg = 3, modifiers = ["bold", "underlined"] }
            "ui.empty" = "default"
            "ui.prompt" = "light-red"
            \(twelveTopics)
            [palette]
            paper = "#102030"
            """)
        XCTAssertEqual(theme.style("ui.text"), Style(foreground: .indexed(250), background: .rgb(0x10, 0x20, 0x30)))
        XCTAssertEqual(theme.style("ui.divider").foreground, .ansi(12))
        XCTAssertEqual(theme.style("ui.gutter").foreground, .ansi(3))
        XCTAssertEqual(theme.style("ui.gutter").modifiers, [.bold, .underline])
        XCTAssertEqual(theme.style("ui.empty").foreground, .terminalDefault)
        XCTAssertEqual(theme.style("ui.prompt").foreground, .ansi(9), "helix's light-red")
    }

    /// Highlights without a background sit on the pane background; a longer scope falls back
    /// to a shorter one and takes what it leaves out from it.
    func testMissingFieldsInheritThroughPrefixesToUIText() throws {
        let theme = try load("""
            "ui.text" = { fg = "white", bg = "black" }
            "ui.pane.title" = { fg = "black", bg = "cyan" }
            "ui.pane.title.focused" = { modifiers = ["bold"] }
            "search.match" = { fg = "yellow" }
            """ + "\n" + twelveTopics)
        XCTAssertEqual(theme.style("search.match"), Style(foreground: .ansi(3), background: .ansi(0)))
        XCTAssertEqual(theme.style("ui.pane.title.focused"), Style(foreground: .ansi(0), background: .ansi(6), modifiers: [.bold]))
        XCTAssertEqual(theme.style("ui.status"), theme.style("ui.text"))
        XCTAssertEqual(theme.topicStyle(0), Style(foreground: .ansi(1), background: .ansi(0)))
    }

    /// `[ui.pane]` with `title = …` inside means `ui.pane.title`, as in helix.
    func testNestedTablesAreDottedScopes() throws {
        let theme = try load("""
            "ui.text" = { fg = "white", bg = "black" }
            \(twelveTopics)

            [ui.pane]
            fg = "green"
            title = { fg = "red" }
            """)
        XCTAssertEqual(theme.style("ui.pane.title").foreground, .ansi(1))
        XCTAssertEqual(theme.style("ui.pane.title.focused").foreground, .ansi(1))
        XCTAssertEqual(theme.style("ui.pane").foreground, .ansi(2))
    }

    /// A user theme can start from a shipped one and change one thing, palette names included.
    func testInheritingAShippedThemeOverridesOnlyWhatItWrites() throws {
        let themes = TempThemes()
        let shipped = try themes.library.load(named: "default")
        let theme = try load("""
            inherits = "default"
            [palette]
            amber = "#ffd700"
            """, name: "mine", themes)
        XCTAssertEqual(theme.name, "mine")
        XCTAssertEqual(theme.style("ui.text"), shipped.style("ui.text"))
        XCTAssertEqual(theme.style("search.match").background, .rgb(0xff, 0xd7, 0x00))
        XCTAssertNotEqual(shipped.style("search.match").background, .rgb(0xff, 0xd7, 0x00))
        XCTAssertEqual(theme.topicPalette, shipped.topicPalette)
    }

    /// A user `default.toml` that inherits "default" extends the shipped default (no cycle).
    func testUserThemeInheritingItsOwnNameGetsTheShippedOne() throws {
        let themes = TempThemes()
        themes.write("default", "inherits = \"default\"\n\"ui.text\" = { fg = \"#ffffff\" }\n")
        let theme = try themes.library.load(named: "default")
        XCTAssertEqual(theme.style("ui.text").foreground, .rgb(255, 255, 255))
        XCTAssertEqual(theme.style("ui.text").background, .rgb(0x1b, 0x1d, 0x23))
    }

    /// Shipped themes may inherit user themes too: a user `base` is visible to `inherits`.
    func testAThemeCanInheritAUserTheme() throws {
        let themes = TempThemes()
        themes.write("base", "\"ui.text\" = { fg = \"#eeeeee\", bg = \"#111111\" }\n" + twelveTopics)
        let theme = try load("inherits = \"base\"\n\"ui.status\" = { modifiers = [\"reverse\"] }\n", name: "child", themes)
        XCTAssertEqual(theme.style("ui.text").background, .rgb(0x11, 0x11, 0x11))
        XCTAssertEqual(theme.style("ui.status").modifiers, [.reverse])
    }
}

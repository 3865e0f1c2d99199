import XCTest
@testable import ReadoutsThemes

/// Every mistake in a theme file yields one `FILE:LINE:COLUMN: message, expected …` error,
/// pointing where the user has to look, and never a half-loaded theme.
final class ThemeErrorTests: XCTestCase {
    func error(_ text: String, _ themes: TempThemes = TempThemes()) -> (String, String) {
        let path = themes.directory + "/bad.toml"
        return (loadError(text, in: themes) ?? "loaded without error", path)
    }

    func testUnknownScopeIsLocatedAtItsKey() {
        let (message, path) = error("\"ui.text\" = { fg = \"white\" }\n\"ui.staus\" = \"red\"\n" + twelveTopics)
        XCTAssertTrue(message.hasPrefix(path + ":2:1: unknown key \"ui.staus\" (did you mean \"ui.status\"?), expected "), message)
        XCTAssertTrue(message.contains("ui.status"), "the expectation lists the real scopes: \(message)")
    }

    /// Files saved on Windows (CRLF) must get the same line numbers.
    func testCRLFLineEndingsKeepLineNumbers() {
        let (message, path) = error("\"ui.text\" = \"white\"\r\n\r\n\"ui.statsu\" = \"red\"\r\n" + twelveTopics)
        XCTAssertTrue(message.hasPrefix(path + ":3:1: unknown key \"ui.statsu\" (did you mean \"ui.status\"?)"), message)
    }

    func testUnknownKeyUnderATableHeader() {
        let (message, path) = error("[ui.pane]\ntitel = { fg = \"red\" }\n" + twelveTopics)
        XCTAssertTrue(message.hasPrefix(path + ":2:1: unknown key \"ui.pane.titel\" (did you mean \"ui.pane.title\"?), expected "), message)
    }

    /// A misspelt fg is said as one, not as an unknown scope "ui.divider.fgg"; a misspelt
    /// palette name or colour word gets its suggestion (a student's "fgg", "rulee").
    func testMisspeltStyleKeysAndColoursAreSuggested() {
        let (message, path) = error("\"ui.status\" = { fgg = \"rule\" }\n\n[palette]\nrule = \"#444444\"\n" + twelveTopics)
        XCTAssertTrue(message.hasPrefix(path + ":1:17: unknown key \"fgg\" in ui.status (did you mean \"fg\"?), expected fg, bg or modifiers"), message)
        let (colour, _) = error("\"ui.status\" = { fg = \"rulee\" }\n\n[palette]\nrule = \"#444444\"\n" + twelveTopics)
        XCTAssertTrue(colour.contains("bad colour \"rulee\" (did you mean \"rule\"?)"), colour)
        let (ansi, _) = error("\"ui.divider\" = \"bleu\"\n" + twelveTopics)
        XCTAssertTrue(ansi.contains("bad colour \"bleu\" (did you mean \"blue\"?)"), ansi)
    }

    func testWrongTypeIsLocatedAtTheValue() {
        let (message, path) = error("\"ui.text\" = { fg = true }\n" + twelveTopics)
        XCTAssertTrue(message.hasPrefix(path + ":1:20: fg is a boolean, expected a colour: #rrggbb"), message)
    }

    func testBadColourIsLocatedAtTheValue() {
        let (message, path) = error("\"ui.text\" = \"white\"\n\n\"search.match\" = { bg = \"#12345\" }\n" + twelveTopics)
        XCTAssertTrue(message.hasPrefix(path + ":3:25: bad colour \"#12345\", expected #rrggbb, 0–255"), message)
    }

    func testOutOfRangeIndexIsABadColour() {
        let (message, path) = error("\"ui.text\" = 256\n" + twelveTopics)
        XCTAssertTrue(message.hasPrefix(path + ":1:13: bad colour \"256\""), message)
    }

    func testUnknownModifierInsideAMultiLineTopicArray() {
        let text = "[topics]\npalette = [\n  \"red\",\n  { fg = \"blue\", modifiers = [\"blod\"] },\n]\n"
        let (message, path) = error(text)
        XCTAssertTrue(message.hasPrefix(path + ":4:31: unknown modifier \"blod\", expected bold, dim, italic, underline or reverse"), message)
    }

    func testTooFewTopicColours() {
        let (message, path) = error("\"ui.text\" = \"white\"\n[topics]\npalette = [\"red\"]\n")
        XCTAssertEqual(message, path + ":3:11: the topic palette has 1 colours, expected [topics] palette = [ … ] with at least 12 colours (6 for a palette of attributes only)")
    }

    func testTopicFocusTakesModifiersOnly() {
        let (message, path) = error("\"topic.focus\" = { fg = \"red\" }\n" + twelveTopics)
        XCTAssertTrue(message.hasPrefix(path + ":1:19: topic.focus takes no colours"), message)
    }

    func testSyntaxErrorCarriesTOMLKitPosition() {
        let (message, path) = error("\"ui.text\" = \"white\"\n\"ui.heading\" = { fg = \"red\" \n")
        XCTAssertTrue(message.hasPrefix(path + ":2:"), message)
        XCTAssertTrue(message.contains("TOML syntax error"), message)
        XCTAssertTrue(message.contains(", expected valid TOML"), message)
    }

    /// These two files aborted the program inside the old TOML library (SIGABRT).
    func testTruncatedHeaderAndMismatchedBracketAreLocatedErrors() {
        var (message, path) = error("[\n")
        XCTAssertEqual(message, path + ":1:2: TOML syntax error: the end of the line where a key should be, expected valid TOML: a key: letters, digits, '_' and '-', or a quoted string")
        (message, path) = error("a=[}")
        XCTAssertTrue(message.hasPrefix(path + ":1:4: TOML syntax error: \"}\" where a value should be"), message)
    }

    /// A key written with escapes is located where it is written, and quoted on one line.
    func testEscapedKeyIsLocatedAndQuotedOnOneLine() {
        let (message, path) = error("\"ui.text\" = \"white\"\n  \"ui.st\\u0061tus\\nx\" = \"red\"\n" + twelveTopics)
        XCTAssertTrue(message.hasPrefix(path + ":2:3: unknown key \"ui.status\\nx\""), message)
        XCTAssertFalse(message.contains("\n"), message)
    }

    func testValueInsideAnInlineTableIsLocatedExactly() {
        let (message, path) = error("\"ui.text\" = { modifiers = [\"bold\"], bg = \"#0000\" }\n" + twelveTopics)
        XCTAssertTrue(message.hasPrefix(path + ":1:42: bad colour \"#0000\""), message)
    }

    func testDescriptionMustBeOneLine() {
        let (message, path) = error("description = \"two\\nlines\"\n" + twelveTopics)
        XCTAssertEqual(message, path + ":1:15: description has a line break or control character, expected a one-line string")
    }

    func testUnknownParent() {
        let (message, path) = error("inherits = \"nosuch\"\n")
        XCTAssertTrue(message.hasPrefix(path + ":1:12: inherits unknown theme \"nosuch\", expected "), message)
    }

    func testInheritsCycleIsReportedWhereItCloses() {
        let themes = TempThemes()
        let a = themes.write("a", "inherits = \"b\"\n")
        let b = themes.write("b", "# b\ninherits = \"a\"\n")
        XCTAssertThrowsError(try themes.library.load(named: "a")) { error in
            XCTAssertEqual("\(error)", b + ":2:12: inherits \"a\", which leads back to \(a): an inherits cycle, expected a chain of inherits that ends in a theme without inherits")
        }
    }

    func testMissingFile() {
        XCTAssertThrowsError(try ThemeLibrary(userDirectory: nil).load(nameOrPath: "/nonexistent/x.toml")) { error in
            XCTAssertEqual("\(error)", "cannot read /nonexistent/x.toml: no such file", "no invented line and column")
        }
    }

    func testUnknownThemeNameListsTheAvailableOnes() {
        let themes = TempThemes()
        XCTAssertThrowsError(try themes.library.load(named: "nosuch")) { error in
            XCTAssertEqual("\(error)", "no theme named nosuch; available: " + themes.library.names().joined(separator: ", ")
                           + " (or a path to a .toml file)", "no file blamed for a name that names none")
            XCTAssertTrue("\(error)".contains("default, ansi16"), "\(error)")
        }
    }

    /// A broken user theme must not silently fall back to the shipped one of the same name.
    func testBrokenUserThemeIsAnErrorNotAFallback() {
        let themes = TempThemes()
        themes.write("default", "inherits = \"default\"\n\"ui.text\" = { fg = \"nope\" }\n")
        XCTAssertThrowsError(try themes.library.load(named: "default")) { error in
            XCTAssertTrue("\(error)".contains(":2:20: bad colour \"nope\""), "\(error)")
        }
    }
}

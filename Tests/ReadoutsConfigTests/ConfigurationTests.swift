import Foundation
import ReadoutsReader
import ReadoutsTOML
import XCTest
@testable import ReadoutsConfig

/// The configuration file: every setting read, every mistake located with a suggestion.
final class ConfigurationTests: XCTestCase {
    func parse(_ text: String) throws -> Configuration {
        try Configuration.parse(bytes: Array(text.utf8), file: "config.toml")
    }

    func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try parse(text)
            XCTFail("no error for \(text)", file: file, line: line)
            return ""
        } catch {
            return "\(error)"
        }
    }

    func testEverySettingIsRead() throws {
        let configuration = try parse("""
            theme = "light"
            mouse = false
            follow = false
            wrap-width = 72
            numbers = true
            clipboard = "file"
            topic-language = "ru"

            [keys]
            "Ctrl-N" = "next-topic"
            "Z Q" = "none"
            "x" = "set-mark"
            """)
        XCTAssertEqual(configuration.theme?.value, "light")
        XCTAssertEqual(configuration.theme?.location, TOMLLocation(line: 1, column: 9))
        XCTAssertEqual(configuration.preferences, ReaderPreferences(
            mouse: false, follows: false, wrapWidth: 72, numbersSentences: true,
            keys: [KeyOverride(keys: [.control("n")], command: .nextTopic),
                   KeyOverride(keys: [.character("Z"), .character("Q")], command: nil),
                   KeyOverride(keys: [.character("x")], command: .reading(.setMark))]))
        XCTAssertEqual(configuration.clipboard, .file)
        XCTAssertEqual(configuration.topicLanguage, .russian)
    }

    /// A vim user's remaps: Ctrl-J (not Enter) and a sequence whose first key has a command.
    func testControlJAndASequenceBeginningWithABoundKeyAreRead() throws {
        let configuration = try parse("""
            [keys]
            "Ctrl-J" = "next-topic"
            "g t" = "next-pane"
            """)
        XCTAssertEqual(configuration.preferences.keys,
                       [KeyOverride(keys: [.control("j")], command: .nextTopic),
                        KeyOverride(keys: [.character("g"), .character("t")], command: .focusNext)])
    }

    func testAnEmptyFileAndWrapWidthZeroMeanTheDefaults() throws {
        XCTAssertEqual(try parse("").preferences, ReaderPreferences())
        XCTAssertEqual(try parse("wrap-width = 0").preferences.wrapWidth, nil)
        XCTAssertEqual(try parse("").clipboard, .auto, "OSC 52 where supported unless the user says otherwise")
        XCTAssertNil(try parse("").topicLanguage, "topics named in the first version's language")
    }

    func testMistakesAreLocatedWithSuggestions() {
        XCTAssertEqual(error("theme = \"light\"\nmose = false\n"),
                       "config.toml:2:1: unknown key \"mose\" (did you mean \"mouse\"?), expected one of theme, mouse, follow, wrap-width, numbers, clipboard, topic-language, keys")
        XCTAssertEqual(error("topic-language = \"eng\""),
                       "config.toml:1:18: unknown topic language \"eng\" (did you mean \"en\"?), expected one of de, en, es, fr, ru")
        XCTAssertEqual(error("mouse = \"no\""), "config.toml:1:9: mouse is a string, expected true or false")
        XCTAssertEqual(error("wrap-width = 5"),
                       "config.toml:1:14: wrap-width is 5, expected 0 (the pane's width) or a number of columns from 20 to 1000")
        XCTAssertEqual(error("wrap-width = 1.5"),
                       "config.toml:1:14: wrap-width is a float, expected 0 (the pane's width) or a number of columns from 20 to 1000")
        XCTAssertEqual(error("clipboard = \"osc\""),
                       "config.toml:1:13: unknown clipboard setting \"osc\" (did you mean \"osc52\"?), expected one of auto, osc52, file")
        XCTAssertTrue(error("[keys]\nx = \"quitt\"").hasPrefix("config.toml:2:5: unknown command \"quitt\" (did you mean \"quit\"?)"))
        XCTAssertTrue(error("[keys]\n\"Ctrl-\" = \"quit\"").hasPrefix("config.toml:2:1: \"Ctrl-\" is not a key, expected a character, Ctrl-A"))
        XCTAssertEqual(error("keys = 3"), "config.toml:1:8: keys is an integer, expected a [keys] table")
        // One key spelled two ways (TOML sees two names): the second is refused where it is.
        XCTAssertEqual(error("[keys]\n\"Ctrl-N\" = \"next-topic\"\n\"Ctrl-n\" = \"quit\""),
                       "config.toml:3:1: \"Ctrl-n\" is the same key as \"Ctrl-N\", bound above, expected each key bound once")
        XCTAssertEqual(error("[keys]\n\"Enter\" = \"follow-link\"\n\"Ctrl-M\" = \"quit\""),
                       "config.toml:3:1: \"Ctrl-M\" is the same key as \"Enter\", bound above, expected each key bound once")
        XCTAssertTrue(error("theme = \"a\"\n[keys\n").hasPrefix("config.toml:2:6: "), "TOML syntax errors are located too")
    }

    func testAThemeThatDoesNotLoadIsBlamedOnItsLine() throws {
        let configuration = try parse("# mine\ntheme = \"nosuch\"\n")
        let located = configuration.themeError(LocatedError(unlocated: "nosuch", "no theme named nosuch; available: default"))
        XCTAssertEqual(located.description, "config.toml:2:9: no theme named nosuch; available: default")
        let inTheme = LocatedError(file: "t.toml", line: 3, column: 1, message: "bad colour")
        XCTAssertEqual(configuration.themeError(inTheme), inTheme, "an error inside the theme file stays there")
    }

    func testTheFileIsFoundByTheXDGRules() throws {
        XCTAssertEqual(Configuration.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]), "/x/readouts/config.toml")
        XCTAssertEqual(Configuration.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]), "/h/.config/readouts/config.toml")
        XCTAssertNil(Configuration.path(environment: [:]))
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        XCTAssertEqual(try Configuration.load(environment: ["XDG_CONFIG_HOME": home.path]), Configuration(), "no file: the defaults")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("readouts/config.toml"), withIntermediateDirectories: true)
        XCTAssertThrowsError(try Configuration.load(environment: ["XDG_CONFIG_HOME": home.path])) { error in
            XCTAssertEqual("\(error)", "cannot read \(home.path)/readouts/config.toml: it is a folder")
        }
    }
}

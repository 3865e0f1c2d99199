import XCTest
@testable import ReadoutsThemes

/// A light terminal gets the light theme when the user names none: the default's dark
/// paper was a dark box on a press officer's white terminal.
final class TerminalBackgroundTests: XCTestCase {
    func testColorfgbgLastFieldIsTheBackground() {
        XCTAssertEqual(TerminalBackground(colorfgbg: "0;15"), .light)
        XCTAssertEqual(TerminalBackground(colorfgbg: "0;default;15"), .light)
        XCTAssertEqual(TerminalBackground(colorfgbg: "0;7"), .light)
        XCTAssertEqual(TerminalBackground(colorfgbg: "0;11"), .light)
        XCTAssertEqual(TerminalBackground(colorfgbg: "15;0"), .dark)
        XCTAssertEqual(TerminalBackground(colorfgbg: "7;8"), .dark, "8 is bright black")
        XCTAssertEqual(TerminalBackground(colorfgbg: "15;default;0"), .dark)
        XCTAssertNil(TerminalBackground(colorfgbg: "15;default"))
        XCTAssertNil(TerminalBackground(colorfgbg: "0;231"))
        XCTAssertNil(TerminalBackground(colorfgbg: ""))
        XCTAssertNil(TerminalBackground(colorfgbg: nil))
    }

    func testALightBackgroundChoosesTheLightThemeWhenNoneIsNamed() throws {
        XCTAssertEqual(ThemeLibrary.defaultThemeName(environment: ["COLORFGBG": "0;15"]), "light")
        XCTAssertEqual(ThemeLibrary.defaultThemeName(environment: ["COLORFGBG": "15;0"]), "default")
        XCTAssertEqual(try ThemeLibrary(userDirectory: nil).loadDefault(environment: ["COLORFGBG": "0;default;15"]).name, "light")
    }

    func testReadoutsThemeWinsOverTheBackground() {
        XCTAssertEqual(ThemeLibrary.defaultThemeName(environment: ["COLORFGBG": "0;15", "READOUTS_THEME": "mono"]), "mono")
    }

    /// The theme last chosen with `T` is the user's choice: it wins over what the terminal
    /// suggests, and `READOUTS_THEME` wins over it.
    func testRememberedThemeComesAfterReadoutsThemeAndBeforeTheBackground() throws {
        let library = ThemeLibrary(userDirectory: nil)
        XCTAssertEqual(try library.loadDefault(environment: [:], remembered: "high-contrast").name, "high-contrast")
        XCTAssertEqual(try library.loadDefault(environment: ["COLORFGBG": "0;15"], remembered: "default").name, "default")
        XCTAssertEqual(try library.loadDefault(environment: ["READOUTS_THEME": "mono"], remembered: "high-contrast").name, "mono")
    }

    /// A remembered user theme since deleted is passed over, not a reason to refuse to start.
    /// A user theme that broke says so once, rather than starting in another theme without a word.
    func testRememberedThemeThatNoLongerLoadsIsPassedOver() throws {
        let library = ThemeLibrary(userDirectory: nil)
        var said: [String] = []
        XCTAssertEqual(try library.loadDefault(environment: ["COLORFGBG": "0;15"], remembered: "deleted", passedOver: { said.append($0) }).name, "light")
        XCTAssertEqual(try library.loadDefault(environment: [:], remembered: "deleted", passedOver: { said.append($0) }).name, "default")
        XCTAssertEqual(said.count, 2, "each pass-over is said")
        XCTAssertTrue(said[0].hasPrefix("the theme last chosen with T does not load, light is used: "), said[0])
        XCTAssertTrue(said[0].contains("deleted"), "the theme is named: \(said[0])")
        _ = try library.loadDefault(environment: [:], remembered: "high-contrast", passedOver: { said.append($0) })
        XCTAssertEqual(said.count, 2, "a theme that loads says nothing")
    }
}

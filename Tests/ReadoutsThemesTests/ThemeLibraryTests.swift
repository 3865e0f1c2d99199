import XCTest
@testable import ReadoutsThemes

final class ThemeLibraryTests: XCTestCase {
    func testShippedThemesAreCompiledIn() {
        let names = ThemeLibrary(userDirectory: nil).names()
        XCTAssertEqual(names.first, "default")
        for name in ["default", "light", "high-contrast", "ansi16", "mono"] {
            XCTAssertTrue(names.contains(name), "\(name) is not shipped")
        }
    }

    /// `--list-themes`: one theme a line, its name first, user themes with their path.
    func testListingShowsNameFirstThenDescriptionAndOrigin() {
        let themes = TempThemes()
        let path = themes.write("zebra", "description = \"Stripes\"\ninherits = \"mono\"\n")
        let lines = themes.library.listing()
        XCTAssertTrue(lines[0].hasPrefix("default "), lines[0])
        XCTAssertTrue(lines[0].hasSuffix("(shipped)"), lines[0])
        let zebra = lines.first { $0.hasPrefix("zebra ") }
        XCTAssertEqual(zebra, "zebra          Stripes (\(path))")
        XCTAssertEqual(lines.count, themes.library.names().count)
    }

    func testUserThemeReplacesShippedThemeOfTheSameName() throws {
        let themes = TempThemes()
        themes.write("light", "inherits = \"mono\"\ndescription = \"my light\"\n")
        XCTAssertEqual(try themes.library.load(named: "light").style("ui.text").background, .terminalDefault)
        XCTAssertEqual(themes.library.entries().first { $0.name == "light" }?.description, "my light")
    }

    func testUserDirectoryFollowsXDG() {
        XCTAssertEqual(ThemeLibrary.userDirectory(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]), "/x/readouts/themes")
        XCTAssertEqual(ThemeLibrary.userDirectory(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h"]), "/h/.config/readouts/themes")
        XCTAssertEqual(ThemeLibrary.userDirectory(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"]), "/h/.config/readouts/themes")
        XCTAssertNil(ThemeLibrary.userDirectory(environment: [:]))
    }

    func testReadoutsThemeChoosesTheDefault() throws {
        XCTAssertEqual(ThemeLibrary.defaultThemeName(environment: ["READOUTS_THEME": "light"]), "light")
        XCTAssertEqual(ThemeLibrary.defaultThemeName(environment: ["READOUTS_THEME": ""]), "default")
        XCTAssertEqual(ThemeLibrary.defaultThemeName(environment: [:]), "default")
        let library = ThemeLibrary(userDirectory: nil)
        XCTAssertEqual(try library.loadDefault(environment: ["READOUTS_THEME": "light"]).name, "light")
    }

    /// `--theme PATH` loads a file anywhere; its name is the file name.
    func testLoadByPath() throws {
        let themes = TempThemes()
        let path = themes.write("elsewhere", "inherits = \"ansi16\"\n")
        let theme = try ThemeLibrary(userDirectory: nil).load(nameOrPath: path)
        XCTAssertEqual(theme.name, "elsewhere")
        XCTAssertEqual(theme.style("ui.text").foreground, .ansi(7))
    }

    /// The live cycle key walks every theme once and comes back to the start.
    func testCyclingVisitsEveryThemeAndWraps() {
        let library = ThemeLibrary(userDirectory: nil)
        var seen: [String] = []
        var name = "default"
        repeat {
            seen.append(name)
            name = library.name(after: name)
        } while name != "default" && seen.count < 50
        XCTAssertEqual(seen, library.names())
        XCTAssertEqual(library.name(after: "no-such"), "default")
    }
}

import ReadoutsThemes
import XCTest

@testable import ReadoutsExport

/// The report's light and dark appearances come from the shipped themes and pass the same
/// WCAG contrast bars as the terminal themes, on every background the page draws.
final class ReportSchemeTests: XCTestCase {
    func testShippedAppearancesPassTheContrastChecks() {
        let (light, dark) = ReportScheme.shipped()
        XCTAssertEqual(light.contrastProblems(), [])
        XCTAssertEqual(dark.contrastProblems(), [])
        // Every topic colour is checked on the page and on a highlighted passage.
        XCTAssertGreaterThanOrEqual(dark.contrastRequirements.count, 11 + 3 * dark.topics.count)
    }

    func testAppearancesTakeTheThemesColours() throws {
        let library = ThemeLibrary(userDirectory: nil)
        let (light, dark) = ReportScheme.shipped()
        let lightTheme = try library.load(named: "light")
        let darkTheme = try library.load(named: "default")
        XCTAssertEqual(XtermPalette.rgb(of: lightTheme.style("ui.text").background), light.background)
        XCTAssertEqual(XtermPalette.rgb(of: darkTheme.style("ui.text").background), dark.background)
        XCTAssertEqual(dark.topics.map(\.text), darkTheme.topicPalette.map { XtermPalette.rgb(of: $0.foreground)! })
        XCTAssertLessThan(ColorMath.relativeLuminance(dark.background), ColorMath.relativeLuminance(light.background))
        let css = ReportStyleSheet.css(light: light, dark: dark)
        let darkBlock = try XCTUnwrap(css.components(separatedBy: "@media (prefers-color-scheme:dark)").last)
        XCTAssertTrue(darkBlock.hasPrefix("{:root{--bg:\(dark.background);--fg:\(dark.text);"), "the dark theme under prefers-color-scheme: dark")
        let printBlock = try XCTUnwrap(css.components(separatedBy: "@media print{:root{").dropFirst().first)
        XCTAssertTrue(printBlock.contains("--bg:\(light.background);"), "print is light")
    }

    /// The presence map's columns sum to the table's width for any number of versions (each
    /// strip took 38%: three versions summed to 114%, and the topics' names broke mid-word).
    func testThePresenceMapsColumnsSumToTheTablesWidth() throws {
        let (light, dark) = ReportScheme.shipped()
        for versions in [2, 3, 5, 8, 20] {
            let css = ReportStyleSheet.css(light: light, dark: dark, versions: versions)
            func percent(after rule: String) throws -> Double {
                let rest = try XCTUnwrap(css.components(separatedBy: rule + "{width:").dropFirst().first, rule)
                return try XCTUnwrap(Double(rest.prefix { $0 != "%" }), rule)
            }
            let total = try percent(after: ".map th[scope=row]") + Double(versions) * percent(after: ".map td")
            XCTAssertLessThanOrEqual(total, 100, "\(versions) versions")
            XCTAssertGreaterThan(total, 99.8, "\(versions) versions")
            XCTAssertTrue(css.contains(".map th[scope=row]{width:24%;overflow-wrap:normal"), "names wrap between words")
        }
    }

    func testALowContrastThemeFails() throws {
        var theme = try ThemeLibrary(userDirectory: nil).load(named: "default")
        theme.styles["ui.empty"] = Style(foreground: .rgb(0x40, 0x40, 0x48))
        theme.topicPalette[3] = Style(foreground: .rgb(0x30, 0x30, 0x70))
        let problems = ReportScheme(theme: theme, dark: true).contrastProblems()
        XCTAssertTrue(problems.contains { $0.hasPrefix("muted text:") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("topic 4:") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("topic 4 on a highlighted passage:") }, "\(problems)")
    }
}

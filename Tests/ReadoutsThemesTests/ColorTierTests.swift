import XCTest
@testable import ReadoutsThemes

final class ColorTierTests: XCTestCase {
    func testTierChoiceFollowsTerminfo() {
        XCTAssertEqual(ColorTier.choose(rgbCapability: true, colors: 256, noColor: false), .direct)
        XCTAssertEqual(ColorTier.choose(rgbCapability: false, colors: 1 << 24, noColor: false), .direct)
        XCTAssertEqual(ColorTier.choose(rgbCapability: false, colors: 256, noColor: false), .xterm256)
        XCTAssertEqual(ColorTier.choose(rgbCapability: false, colors: 88, noColor: false), .ansi16)
        XCTAssertEqual(ColorTier.choose(rgbCapability: false, colors: 16, noColor: false), .ansi16)
        XCTAssertEqual(ColorTier.choose(rgbCapability: false, colors: 8, noColor: false), .ansi8)
        XCTAssertEqual(ColorTier.choose(rgbCapability: false, colors: 2, noColor: false), .none)
        XCTAssertEqual(ColorTier.choose(rgbCapability: false, colors: -1, noColor: false), .none)
        XCTAssertFalse(ColorTier.none.usesColor)
    }

    /// NO_COLOR set and non-empty beats even a direct-colour terminal; empty is ignored.
    func testNoColorForcesAttributesOnly() {
        XCTAssertTrue(ColorTier.noColor(environment: ["NO_COLOR": "1"]))
        XCTAssertFalse(ColorTier.noColor(environment: ["NO_COLOR": ""]))
        XCTAssertFalse(ColorTier.noColor(environment: [:]))
        XCTAssertEqual(ColorTier.choose(rgbCapability: true, colors: 1 << 24, noColor: true), .none)
    }

    /// Direct-colour terminfo reads indices ≥ 8 as RGB (15 would come out near-black), so
    /// bright ANSI colours must be sent as RGB there, while 0–7 stay the user's palette.
    func testDirectTierSendsBrightColoursAsRGB() {
        XCTAssertEqual(ColorTier.direct.map(.ansi(15)), .rgb(0xffffff))
        XCTAssertEqual(ColorTier.direct.map(.indexed(196)), .rgb(0xff0000))
        XCTAssertEqual(ColorTier.direct.map(.ansi(1)), .index(1))
        XCTAssertEqual(ColorTier.direct.map(.rgb(0x12, 0x34, 0x56)), .rgb(0x123456))
        XCTAssertEqual(ColorTier.direct.map(.terminalDefault), .default)
    }

    /// Packed values 0–7 are palette indices on direct-colour terminfo: #000004 would be blue.
    func testDirectTierNeverSendsPackedValuesBelowEight() {
        XCTAssertEqual(ColorTier.direct.map(.rgb(0, 0, 4)), .rgb(8))
        XCTAssertEqual(ColorTier.direct.map(.rgb(0, 0, 0)), .rgb(8))
        XCTAssertEqual(ColorTier.direct.map(.rgb(0, 0, 9)), .rgb(9))
    }

    func testQuantisationPicksPerceptuallyNearestColour() {
        XCTAssertEqual(ColorTier.xterm256.map(.rgb(255, 0, 0)), .index(196))
        XCTAssertEqual(ColorTier.xterm256.map(.rgb(0x1b, 0x1d, 0x23)), .index(234))
        XCTAssertEqual(ColorTier.xterm256.map(.ansi(9)), .index(9))
        XCTAssertEqual(ColorTier.ansi16.map(.rgb(250, 10, 10)), .index(9))
        XCTAssertEqual(ColorTier.ansi16.map(.rgb(0x1b, 0x1d, 0x23)), .index(0))
        XCTAssertEqual(ColorTier.ansi16.map(.indexed(196)), .index(9))
        XCTAssertEqual(ColorTier.ansi8.map(.ansi(9)), .index(1))
        XCTAssertEqual(ColorTier.ansi8.map(.rgb(0xf0, 0xec, 0xe0)), .index(7))
    }

    /// Without colour, no colour may reach curses.
    func testNoneTierDropsEveryColour() {
        let style = Style(foreground: .rgb(1, 2, 3), background: .ansi(4), modifiers: [.bold])
        XCTAssertEqual(ColorTier.none.map(style), TerminalStyle(foreground: .default, background: .default, modifiers: [.bold]))
    }

    /// Dark grey on black collapses to black on black with 8 colours; the text must stay visible.
    func testCollapsedForegroundIsReplacedNotInvisible() {
        let style = Style(foreground: .rgb(0x30, 0x30, 0x30), background: .rgb(0, 0, 0))
        let mapped = ColorTier.ansi8.map(style)
        XCTAssertEqual(mapped.background, .index(0))
        XCTAssertEqual(mapped.foreground, .index(7))
    }
}

import XCTest
@testable import ReadoutsThemes

final class ColorMathTests: XCTestCase {
    /// Black on white is the WCAG maximum; a user would see grey-on-grey pass otherwise.
    func testContrastMatchesWCAGReferenceValues() {
        XCTAssertEqual(ColorMath.contrast(RGB(0, 0, 0), RGB(255, 255, 255)), 21, accuracy: 0.01)
        XCTAssertEqual(ColorMath.contrast(RGB(0x77, 0x77, 0x77), RGB(255, 255, 255)), 4.48, accuracy: 0.01)
        XCTAssertEqual(ColorMath.contrast(RGB(9, 9, 9), RGB(9, 9, 9)), 1, accuracy: 0.0001)
    }

    /// Values from Sharma, Wu & Dalal's CIEDE2000 test data, so topic distances mean what they say.
    func testCIEDE2000MatchesSharmaTestData() {
        let cases: [(Lab, Lab, Double)] = [
            (Lab(l: 50, a: 2.6772, b: -79.7751), Lab(l: 50, a: 0, b: -82.7485), 2.0425),
            (Lab(l: 50, a: 0, b: 0), Lab(l: 50, a: -1, b: 2), 2.3669),
            (Lab(l: 50, a: 2.5, b: 0), Lab(l: 73, a: 25, b: -18), 27.1492),
            (Lab(l: 50, a: 2.5, b: 0), Lab(l: 56, a: -27, b: -3), 31.9030),
        ]
        for (x, y, expected) in cases {
            XCTAssertEqual(ColorMath.deltaE2000(x, y), expected, accuracy: 0.0001)
            XCTAssertEqual(ColorMath.deltaE2000(y, x), expected, accuracy: 0.0001)
        }
    }

    func testLabOfWhiteAndBlack() {
        let white = ColorMath.lab(RGB(255, 255, 255))
        XCTAssertEqual(white.l, 100, accuracy: 0.01)
        XCTAssertEqual(white.a, 0, accuracy: 0.01)
        XCTAssertEqual(ColorMath.lab(RGB(0, 0, 0)).l, 0, accuracy: 0.01)
    }

    /// The reference palettes are the ones documented: xterm's 16, the 6×6×6 cube, 24 greys.
    func testXtermPaletteLayout() {
        XCTAssertEqual(XtermPalette.xterm256.count, 256)
        XCTAssertEqual(XtermPalette.xterm256[4], RGB(0, 0, 0xee))
        XCTAssertEqual(XtermPalette.xterm256[196], RGB(255, 0, 0))
        XCTAssertEqual(XtermPalette.xterm256[16], RGB(0, 0, 0))
        XCTAssertEqual(XtermPalette.xterm256[231], RGB(255, 255, 255))
        XCTAssertEqual(XtermPalette.xterm256[232], RGB(8, 8, 8))
        XCTAssertEqual(XtermPalette.xterm256[255], RGB(238, 238, 238))
    }
}

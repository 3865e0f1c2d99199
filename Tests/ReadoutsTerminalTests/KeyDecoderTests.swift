import ReadoutsReader
import XCTest
@testable import ReadoutsTerminal

/// The bytes a terminal sends for keys, as the reader names them. The screen reads in
/// `nonl` mode, so Enter's carriage return and Ctrl-J's line feed arrive apart.
final class KeyDecoderTests: XCTestCase {
    func key(_ byte: UInt32) -> Key? {
        guard case .key(let key)? = KeyDecoder.decode(character: byte) else { return nil }
        return key
    }

    func testEnterIsCarriageReturnAndControlJIsLineFeed() {
        XCTAssertEqual(key(0x0D), .enter)
        XCTAssertEqual(key(0x0A), .control("j"), "a key of its own, which the configuration can bind")
    }

    func testOtherControlBytes() {
        XCTAssertEqual(key(0x09), .tab)
        XCTAssertEqual(key(0x1B), .escape)
        XCTAssertEqual(key(0x7F), .backspace)
        XCTAssertEqual(key(0x0E), .control("n"))
        XCTAssertEqual(key(0x61), .character("a"))
    }
}

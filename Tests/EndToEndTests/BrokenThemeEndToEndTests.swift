import Foundation
import XCTest

/// `T` cycles through the themes live; a user theme that does not load is reported once
/// in the status line and the next `T` goes on past it, back round to `default`.
final class BrokenThemeEndToEndTests: XCTestCase {
    func testTSkipsABrokenUserThemeAndContinues() throws {
        try Tmux.requireTmux()
        let config = try ScratchDirectory("readouts-themes")
        defer { config.remove() }
        try FileManager.default.createDirectory(at: config.url.appendingPathComponent("readouts/themes"), withIntermediateDirectories: true)
        // Sorted last, so the cycle goes from it back to the first theme, default.
        _ = try config.write("readouts/themes/zz-broken.toml", "\"ui.text\" = { fg = \"#12345\" }\n")
        let tmux = try Tmux()
        try tmux.start(width: 160, environment: ["XDG_CONFIG_HOME": config.url.path])
        try tmux.waitForStart()
        /// Presses T and returns the status line drawn after it, with the rows above it where
        /// a notice too long for the line is shown whole.
        func pressT() throws -> String {
            try tmux.press("T")
            return try tmux.screen().map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.suffix(3).joined(separator: " ")
        }
        for name in ["ansi16", "high-contrast", "light", "mono"] {
            let status = try pressT()
            XCTAssertTrue(status.contains("theme: \(name)"), status)
        }
        var status = try pressT()
        XCTAssertTrue(status.contains("theme zz-broken: "), status)
        XCTAssertTrue(status.contains("zz-broken.toml:1:"), "the error is located: \(status)")
        status = try pressT()
        XCTAssertTrue(status.contains("theme: default"), "past the broken theme, back to default: \(status)")
        status = try pressT()
        XCTAssertTrue(status.contains("theme: ansi16"), status)
    }
}

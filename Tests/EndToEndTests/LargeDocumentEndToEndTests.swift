import Foundation
import XCTest

/// Pathological and large inputs in a real terminal: each opens without hanging, shows
/// its first frame, answers keys (paging, jumping to the end, resizing) and quits with
/// the terminal restored. The files are generated into a temporary directory, never
/// committed. Timeouts are generous because the tests run the debug build on shared
/// machines; the speed itself is measured by `readouts-bench`, not here.
final class LargeDocumentEndToEndTests: XCTestCase {
    var tmux: Tmux!
    var directory: URL!
    static let timeout: TimeInterval = 180

    override func setUpWithError() throws {
        try Tmux.requireTmux()
        tmux = try Tmux()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() {
        tmux = nil
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    /// About `bytes` of deterministic prose; `paragraphs: false` gives one line, no newline.
    func write(_ name: String, bytes: Int, seed: UInt64, paragraphs: Bool = true) throws -> String {
        let words = ["les", "présidents", "ont", "évoqué", "la", "sécurité", "européenne", "et", "des", "sanctions",
                     "économiques", "à", "Genève", "coopération", "stratégique", "Moscou", "Washington", "frontière"]
        var data = Data()
        data.reserveCapacity(bytes + 64)
        var state = seed
        var count = 0
        data.append(contentsOf: Array("Début \(name) ".utf8))
        while data.count < bytes {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            data.append(contentsOf: Array(words[Int(state >> 33) % words.count].utf8))
            count += 1
            data.append(contentsOf: Array((paragraphs && count % 80 == 0 ? ".\n\n" : " ").utf8))
        }
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    func waitForFirstFrame(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try tmux.wait("first frame showing \(text)", timeout: Self.timeout, file: file, line: line) {
            try tmux.inputCount() != nil && tmux.screen().joined().contains(text)
        }
    }

    /// Sends a key and waits (generously) for the frame it causes.
    func press(_ key: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try tmux.press(key, timeout: Self.timeout, file: file, line: line)
    }

    /// Pages, jumps to the end and back, resizes, and quits: the shared walk of every shape.
    func walkAndQuit(file: StaticString = #filePath, line: UInt = #line) throws {
        let first = try tmux.screen()
        try press("Space", file: file, line: line)
        try press("Space", file: file, line: line)
        XCTAssertNotEqual(try tmux.screen(), first, "paging changed the screen", file: file, line: line)
        try press("G", file: file, line: line)
        // While the rest of the versions loads, G waits for it (saying so) and then runs.
        try tmux.wait("G reached the end", timeout: Self.timeout, file: file, line: line) {
            try tmux.screen().last { !$0.isEmpty }?.contains("Bot") ?? false
        }
        try press("Tab", file: file, line: line)
        try press("b", file: file, line: line)
        let before = try tmux.inputCount() ?? 0
        try tmux.resize(width: 90, height: 25)
        try tmux.wait("a frame after resizing", timeout: Self.timeout, file: file, line: line) {
            try (tmux.inputCount() ?? 0) > before && tmux.screen()[0].count <= 90
        }
        try press("g", file: file, line: line)
        XCTAssertTrue(try tmux.screen().joined().contains("Début"), "g went back to the top", file: file, line: line)
        try tmux.send("q")
        try tmux.wait("exit", timeout: Self.timeout, file: file, line: line) { tmux.hasExited }
        XCTAssertEqual(try tmux.exitStatus(), 0, file: file, line: line)
        try tmux.assertRestored(file: file, line: line)
    }

    func testTenMegabytesWithoutANewline() throws {
        let a = try write("no-newline-a.txt", bytes: 10_000_000, seed: 1, paragraphs: false)
        let b = try write("no-newline-b.txt", bytes: 10_000_000, seed: 2, paragraphs: false)
        try tmux.start([a, b], width: 160, height: 40)
        try waitForFirstFrame("Début no-newline-a.txt")
        try walkAndQuit()
    }

    func testAMillionOneCharacterLines() throws {
        var data = Data()
        data.reserveCapacity(2_000_010)
        data.append(contentsOf: Array("Début\n".utf8))
        for index in 0..<1_000_000 { data.append(contentsOf: index % 2 == 0 ? [0x61, 0x0A] : [0x62, 0x0A]) }
        let path = directory.appendingPathComponent("lines.txt").path
        try data.write(to: URL(fileURLWithPath: path))
        try tmux.start([path, path], width: 160, height: 40)
        try waitForFirstFrame("Début")
        try walkAndQuit()
    }

    func testThreeVersionsOfTenMegabytes() throws {
        let files = try (1...3).map { try write("version-\($0).txt", bytes: 10_000_000, seed: UInt64($0)) }
        try tmux.start(files, width: 160, height: 40)
        try waitForFirstFrame("Début version-1.txt")
        try press(">")  // the third version comes into view
        XCTAssertTrue(try tmux.screen().joined().contains("Début version-3.txt"))
        try walkAndQuit()
    }

    /// Ctrl-C on two large versions quits at once (the signal guard), with the terminal restored.
    func testCtrlCOnTwoLargeVersionsQuitsAtOnce() throws {
        let a = try write("a.txt", bytes: 10_000_000, seed: 4)
        let b = try write("b.txt", bytes: 10_000_000, seed: 5)
        try tmux.start([a, b], width: 160, height: 40)
        try waitForFirstFrame("Début a.txt")
        try tmux.send("C-c")
        try tmux.wait("exit after Ctrl-C", timeout: 30) { tmux.hasExited }
        try tmux.assertRestored()
    }
}

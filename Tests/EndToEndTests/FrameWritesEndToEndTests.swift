import Foundation
import XCTest

/// A frame reaches the terminal in one write, not one per row: every write wakes the
/// terminal (here tmux) to read it, and on a busy machine each wake-up hands it the core
/// the reader needs, so a key's frame in 60 writes arrived later than in one. The count
/// is the kernel's (`syscw` in /proc/PID/io: the reader's write calls, all threads).
final class FrameWritesEndToEndTests: XCTestCase {
    /// The reader's write calls so far.
    func writes(_ pid: String) throws -> Int {
        let io = try String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8)
        guard let line = io.split(separator: "\n").first(where: { $0.hasPrefix("syscw:") }),
              let count = Int(line.dropFirst("syscw:".count).trimmingCharacters(in: .whitespaces)) else {
            throw XCTSkip("no syscw in /proc/\(pid)/io")
        }
        return count
    }

    func testAKeysFrameIsOneWrite() throws {
        try Tmux.requireTmux()
        guard FileManager.default.isReadableFile(atPath: "/proc/self/io") else { throw XCTSkip("no /proc/PID/io") }
        let tmux = try Tmux()
        // Nothing written to a cache, and linking over: the only writes are frames.
        try tmux.start(width: 120, height: 40, environment: ["READOUTS_NO_CACHE": "1"])
        var count = try tmux.waitForStart()
        try tmux.waitForLinking()
        let pid = try tmux.readerPID()
        for key in ["j", "j", "Space", "k"] {
            let before = try writes(pid)
            let top = try tmux.screen()[1]
            try tmux.send(key)
            count += 1
            try tmux.waitForInputs(count)
            XCTAssertNotEqual(try tmux.screen()[1], top, "\(key) moved the text")
            // One frame: ncurses' buffer holds about (rows + 2) × (columns + 6) bytes, so a
            // whole page (Space) with its colours takes two or three writes, a scroll one;
            // before, a frame took a write per row it changed (about 40 here).
            XCTAssertLessThanOrEqual(try writes(pid) - before, 3, "writes for the frame after \(key)")
        }
    }
}

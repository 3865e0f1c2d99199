import Foundation
import XCTest
@testable import ReadoutsText

/// Endless and oversized inputs: binary-ness is decided from the first bytes, and a
/// version stops at the input limit instead of taking all memory.
final class InputBoundsTests: XCTestCase {
    func testSizesReadAsTheCommandLineWritesThem() {
        XCTAssertEqual(InputLimit("500M")?.bytes, 500 << 20)
        XCTAssertEqual(InputLimit("2G")?.bytes, 2 << 30)
        XCTAssertEqual(InputLimit("2gib")?.bytes, 2 << 30)
        XCTAssertEqual(InputLimit("64KB")?.bytes, 64 << 10)
        XCTAssertEqual(InputLimit("1.5G")?.bytes, 3 << 29)
        XCTAssertEqual(InputLimit("1000")?.bytes, 1000)
        for bad in ["", "G", "-1G", "0", "1X", "1e3", "nan", "1..5M", "999999999999T"] {
            XCTAssertNil(InputLimit(bad), bad)
        }
        XCTAssertEqual(InputLimit.standard.description, "1 GiB")
        XCTAssertEqual(InputLimit("500M")?.description, "500 MiB")
        XCTAssertEqual(InputLimit("1.5G")?.description, "1.5 GiB")
    }

    func testAnEndlessBinaryDeviceIsRefusedAfterItsFirstBytes() {
        for device in ["/dev/zero", "/dev/urandom"] {
            XCTAssertThrowsError(try DocumentLoader.load(path: device)) { error in
                XCTAssertEqual((error as? LoadError)?.reason, "looks like a binary file, not text", device)
            }
        }
    }

    func testAFileLargerThanTheLimitIsRefused() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-limit-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(String(repeating: "Les présidents ont parlé. ", count: 4000).utf8).write(to: url)
        let limit = InputLimit(bytes: 64 << 10)
        XCTAssertThrowsError(try DocumentLoader.load(path: url.path, limit: limit)) { error in
            XCTAssertEqual((error as? LoadError)?.reason, "larger than 64 KiB, the most a version may hold (raise it with --max-size)")
        }
        XCTAssertNoThrow(try DocumentLoader.load(path: url.path, limit: InputLimit(bytes: 1 << 20)))
    }

    /// SIGPIPE's disposition before `endlessPipe` ignored it.
    private var ignoredPipeSignal: sighandler_t??

    override func tearDown() {
        if case let previous?? = ignoredPipeSignal { signal(SIGPIPE, previous) } else if ignoredPipeSignal != nil { signal(SIGPIPE, SIG_DFL) }
        ignoredPipeSignal = nil
        super.tearDown()
    }

    /// A pipe whose writer sends `start`, then `line` again and again until the read end is
    /// closed: its read end, and the group to wait on once that end is closed.
    func endlessPipe(after start: [UInt8] = [], repeating line: [UInt8]) -> (Int32, DispatchGroup) {
        // Ignored while the writer runs, given back in `tearDown`: an ignored SIGPIPE is
        // inherited by every process this test process starts later, and the end-to-end
        // tests' `yes | readouts …` then printed "yes: standard output: Broken pipe".
        let previous = signal(SIGPIPE, SIG_IGN)
        if ignoredPipeSignal == nil { ignoredPipeSignal = previous }
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        let (readEnd, writeEnd) = (ends[0], ends[1])
        let writer = DispatchGroup()
        DispatchQueue.global().async(group: writer) {
            if !start.isEmpty { _ = start.withUnsafeBytes { write(writeEnd, $0.baseAddress!, $0.count) } }
            while line.withUnsafeBytes({ write(writeEnd, $0.baseAddress!, $0.count) }) > 0 {}
            close(writeEnd)
        }
        return (readEnd, writer)
    }

    /// A pipe whose writer never stops: the read ends at the limit, not at memory's end.
    func testAnEndlessPipeStopsAtTheLimit() throws {
        let (readEnd, writer) = endlessPipe(repeating: Array("Un texte qui ne finit jamais, mot après mot.\n".utf8))
        let limit = InputLimit(bytes: 3 << 20)
        XCTAssertThrowsError(try DocumentLoader.load(descriptor: readEnd, path: "pipe", limit: limit)) { error in
            XCTAssertEqual((error as? LoadError)?.description, "pipe: larger than 3 MiB, the most a version may hold (raise it with --max-size)")
        }
        close(readEnd)
        writer.wait()
    }

    /// UTF-16 is read whole before the first screen: strictly, so an endless UTF-16 pipe is
    /// refused at the limit (exit 2 in the export and the reader), not cut with a notice.
    func testAnEndlessUTF16PipeOpenedForTheReaderStopsAtTheLimit() throws {
        let line = Array("Un texte qui ne finit jamais, mot après mot.\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let (readEnd, writer) = endlessPipe(after: [0xFF, 0xFE], repeating: line)
        let limit = InputLimit(bytes: 3 << 20)
        XCTAssertThrowsError(try DocumentLoader.openVersion(path: "pipe", limit: limit, descriptor: readEnd)) { error in
            XCTAssertEqual((error as? LoadError)?.description, "pipe: larger than 3 MiB, the most a version may hold (raise it with --max-size)")
        }
        close(readEnd)
        writer.wait()
    }

    func testAPipeWithinTheLimitIsReadWhole() throws {
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        let text = String(repeating: "Les présidents ont parlé pendant deux heures. ", count: 30_000)  // 1.4 MB: several pieces
        let (readEnd, writeEnd) = (ends[0], ends[1])
        DispatchQueue.global().async {
            let bytes = Array(text.utf8)
            var offset = 0
            while offset < bytes.count {
                let n = bytes[offset...].withUnsafeBytes { write(writeEnd, $0.baseAddress!, $0.count) }
                if n <= 0 { break }
                offset += n
            }
            close(writeEnd)
        }
        let document = try DocumentLoader.load(descriptor: readEnd, path: "-")
        close(readEnd)
        XCTAssertEqual(document.text.components(separatedBy: "deux heures.").count, 30_001, "every sentence arrived")
    }
}

import Foundation
import ReadoutsFixtures
import XCTest

/// Inputs that never end or are too large: refused after their first bytes or at the
/// input limit (`--max-size`), one line and exit 2, never a process that eats memory.
final class EndlessInputEndToEndTests: XCTestCase {
    var directory: URL!
    var text: String!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-endless-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        text = try write("k.md", "# Kremlin\n\nLes présidents ont parlé de l’Ukraine.\n")
    }

    override func tearDownWithError() throws { try FileManager.default.removeItem(at: directory) }

    func write(_ name: String, _ contents: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    /// Runs `arguments` for at most a minute (coreutils' `timeout`, which ends the whole
    /// process group): an input that is never refused fails the test instead of hanging it.
    func run(_ arguments: [String]) throws -> Spawn.Output {
        let output = try Tmux.run(["timeout", "-k", "5", "60"] + arguments)
        XCTAssertNotEqual(output.status, 124, "still running after a minute: \(arguments)")
        return output
    }

    func assertOneLineError(_ output: Spawn.Output, _ expected: String, status: Int32 = 2,
                            file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(output.status, status, output.text, file: file, line: line)
        XCTAssertEqual(output.text.split(separator: "\n").count, 1, output.text, file: file, line: line)
        XCTAssertTrue(output.text.contains(expected), output.text, file: file, line: line)
    }

    func testEndlessDevicesAreRefusedFromTheirFirstBytes() throws {
        for device in ["/dev/zero", "/dev/urandom"] {
            for export in [["--export", "json"], []] {
                let output = try run([Tmux.binary] + export + [device, text])
                assertOneLineError(output, "readouts: \(device): looks like a binary file, not text")
            }
        }
    }

    func testAVersionLargerThanMaxSizeIsRefused() throws {
        let big = try write("big.md", String(repeating: "Les présidents ont parlé. ", count: 100))
        var output = try run([Tmux.binary, "--export", "json", "--max-size", "1K", big, text])
        assertOneLineError(output, "big.md: larger than 1 KiB, the most a version may hold (raise it with --max-size)")
        output = try run([Tmux.binary, "--export", "json", "--max-size", "1M", big, text])
        XCTAssertEqual(output.status, 0, output.text)
        output = try run([Tmux.binary, "--export", "json", "--max-size", "lots", big, text])
        assertOneLineError(output, "--max-size", status: 64)
    }

    /// A pipe that never ends (`yes`) stops at the limit, with the same one-line error.
    func testAnEndlessPipeStopsAtTheLimit() throws {
        let command = "yes 'Un mot après l’autre.' | " + [Tmux.binary, "--export", "json", "--max-size", "2M", "-", text].map(Tmux.quote).joined(separator: " ")
        let output = try run(["bash", "-c", command])
        assertOneLineError(output, "readouts: -: larger than 2 MiB, the most a version may hold (raise it with --max-size)")
    }
}

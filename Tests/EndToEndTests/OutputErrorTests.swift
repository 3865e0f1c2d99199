import Foundation
import XCTest

/// Standard streams that cannot be used — a full disk, a closed descriptor, a directory
/// as input — give a one-line error where standard error exists and a non-zero status,
/// never a trap (SIGILL, 132) or a silent success.
final class OutputErrorTests: XCTestCase {
    var directory: ScratchDirectory!
    var text: String!

    override func setUpWithError() throws {
        directory = try ScratchDirectory("readouts-output")
        text = try directory.write("a.md", "Sanctions and talks.\n")
    }

    override func tearDown() { directory.remove() }

    /// Runs `readouts ARGUMENTS` through a shell with `redirections`; standard error (if
    /// open) is the output.
    func shell(_ arguments: String, _ redirections: String) throws -> (status: Int32, lines: [String]) {
        let output = try Tmux.run(["bash", "-c", "\(Tmux.quote(Tmux.binary)) \(arguments) \(redirections)"])
        return (output.status, output.text.split(separator: "\n").map(String.init))
    }

    func testAFullDiskIsAnErrorForEveryOutput() throws {
        for arguments in ["--export json", "--list-themes", "--help"] {
            let result = try shell(arguments, "> /dev/full")
            XCTAssertEqual(result.status, 74, arguments)
            XCTAssertEqual(result.lines, ["readouts: cannot write to standard output: no space left on device"], arguments)
        }
    }

    func testAClosedStandardOutputIsAnError() throws {
        let result = try shell("--export json \(Tmux.quote(text)) \(Tmux.quote(text))", ">&-")
        XCTAssertEqual(result.status, 74)
        XCTAssertEqual(result.lines, ["readouts: standard output is closed"])
        // With standard error closed too there is nothing to say, but the status still tells.
        XCTAssertEqual(try shell("--export json", ">&- 2>&-").status, 74)
    }

    func testAClosedOrUnreadableStandardInputIsBadInput() throws {
        var result = try shell("--export json \(Tmux.quote(text)) -", "<&-")
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.lines, ["readouts: -: standard input is closed"])
        result = try shell("--export json \(Tmux.quote(text)) -", "< \(Tmux.quote(directory.url.path))")
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.lines, ["readouts: -: cannot be read: is a directory"])
    }

    func testABadFileWithStandardErrorClosedStillExits2() throws {
        let result = try shell("/no/such/file.md \(Tmux.quote(text))", "2>&-")
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.lines, [])
    }
}

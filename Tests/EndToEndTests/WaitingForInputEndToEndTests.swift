import Foundation
import XCTest

/// A FIFO or a piped standard input whose writer has not written yet: the reader shows
/// "waiting for input on NAME" instead of a blank screen, q and Ctrl-C leave at once with
/// the terminal restored, and the text appears when it arrives.
final class WaitingForInputEndToEndTests: XCTestCase {
    var directory: URL!
    var kremlin: String!
    var fifo: String!

    override func setUpWithError() throws {
        try Tmux.requireTmux()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-wait-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        kremlin = directory.appendingPathComponent("k.md").path
        try Data("# Kremlin\n\nLes présidents ont parlé de l’Ukraine.\n".utf8).write(to: URL(fileURLWithPath: kremlin))
        fifo = directory.appendingPathComponent("notes.fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    }

    override func tearDownWithError() throws { try FileManager.default.removeItem(at: directory) }

    func waitForNotice(_ tmux: Tmux, _ name: String) throws {
        try tmux.wait("the waiting notice") { try tmux.screen().contains { $0.contains("waiting for input on \(name)") } }
    }

    func testAFIFOWithoutAWriterShowsTheWaitThenItsText() throws {
        let tmux = try Tmux()
        try tmux.start([fifo, kremlin])
        try waitForNotice(tmux, fifo)
        XCTAssertEqual(try tmux.format("alternate_on"), "1", "the waiting notice is a screen of the reader")
        // The writer arrives: the reader starts with its text.
        let writer = open(fifo, O_WRONLY)
        XCTAssertGreaterThanOrEqual(writer, 0)
        let text = Array("Arrivé par la file nommée, enfin.\n".utf8)
        XCTAssertEqual(text.withUnsafeBytes { write(writer, $0.baseAddress!, $0.count) }, text.count)
        close(writer)
        try tmux.waitForStart()
        try tmux.wait("the FIFO's text") { try tmux.screen().contains { $0.contains("Arrivé par la file nommée") } }
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        try tmux.assertRestored()
    }

    func testQLeavesTheWaitAtOnce() throws {
        let tmux = try Tmux()
        try tmux.start([fifo, kremlin])
        try waitForNotice(tmux, fifo)
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        try tmux.assertRestored()
    }

    /// The export has no screen: it says once on a terminal's standard error that it waits.
    func testTheExportSaysItWaitsOnStandardError() throws {
        let tmux = try Tmux()
        let output = directory.appendingPathComponent("out.json").path
        try tmux.start(["--export", "json", fifo, kremlin], width: 200, redirection: "> " + Tmux.quote(output))
        try waitForNotice(tmux, fifo)
        let screen = try tmux.screen()
        XCTAssertTrue(screen.contains { $0.hasPrefix("readouts: waiting for input on \(fifo!)") }, screen.joined(separator: "\n"))
        let writer = open(fifo, O_WRONLY)
        XCTAssertGreaterThanOrEqual(writer, 0)
        close(writer)
        XCTAssertEqual(try tmux.waitForExit(), 0)
        XCTAssertTrue(try String(contentsOfFile: output, encoding: .utf8).contains("\"versions\""))
    }

    /// Standard input a FIFO that nobody writes to (opened read-write by the shell, so the
    /// shell itself does not wait for a writer).
    func testCtrlCLeavesAWaitForStandardInput() throws {
        let tmux = try Tmux()
        try tmux.start(["-", kremlin], redirection: "0<>" + Tmux.quote(fifo))
        try waitForNotice(tmux, "standard input")
        try tmux.send("C-c")
        XCTAssertEqual(try tmux.waitForExit(), 130)
        try tmux.assertRestored()
    }
}

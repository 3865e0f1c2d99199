import Foundation
import XCTest

/// Versions longer than their first screen (issue 15): the reader paints their heads at
/// once and reads the rest in the background. Keys work meanwhile, `G` waits visibly, and
/// whatever happens to a file while it loads (it grows, shrinks, is replaced, turns out
/// binary, fails to read) gives a notice without spoiling what is shown. The tests hold the
/// background reading back until the file has been changed (`READOUTS_TEST_LOAD_GATE`:
/// the rest is read once that file exists), so nothing depends on timing.
final class ProgressiveLoadingEndToEndTests: XCTestCase {
    var tmux: Tmux!
    var directory: URL!
    var gate: URL { directory.appendingPathComponent("gate") }

    override func setUpWithError() throws {
        try Tmux.requireTmux()
        tmux = try Tmux()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-progressive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() {
        tmux = nil
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    /// Paragraphs of numbered French sentences, `bytes` long, starting with `first`; each
    /// sentence opens with "La \(word)".
    func prose(_ first: String, bytes: Int, word: String = "phrase") -> Data {
        var text = first + " "
        var sentence = 0
        while text.utf8.count < bytes {
            sentence += 1
            text += "La \(word) \(sentence) évoque la sécurité européenne et les sanctions."
            text += sentence % 6 == 0 ? "\n\n" : " "
        }
        return Data(text.utf8)
    }

    func write(_ name: String, _ data: Data) throws -> String {
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    var statusRow: String { ((try? tmux.screen()) ?? []).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "" }

    /// The status row and the two rows above it, where a notice too long for the line is
    /// shown whole, as one line.
    var noticeRows: String {
        let rows = ((try? tmux.screen()) ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return rows.suffix(3).joined(separator: " ")
    }

    /// Starts the reader on two versions whose rest waits for the gate, and waits for the
    /// first screen: version A's first words, "loading" in the status line.
    func startHeld(_ a: String, _ b: String, environment: [String: String] = [:]) throws {
        var environment = environment
        environment["READOUTS_TEST_LOAD_GATE"] = gate.path
        try tmux.start([a, b], width: 100, height: 30, environment: environment)
        try tmux.waitForStart()
        XCTAssertTrue(try tmux.screen().joined().contains("Premier-A"), "the head of A is on the first screen")
        XCTAssertNotNil(statusRow.range(of: #"loading \d+%"#, options: .regularExpression), "the status line says the rest is loading: \(statusRow)")
    }

    func openGate() throws {
        try Data().write(to: gate)
    }

    func waitForLoaded(_ what: String = "the whole text") throws {
        try tmux.wait(what, timeout: 60) { statusRow.range(of: #"loading \d+%"#, options: .regularExpression) == nil }
    }

    /// Waits for the notice that only the feature under test writes (not merely for
    /// "loading" to leave the status line, which a longer message can also push out).
    func waitForNotice(_ notice: String) throws {
        try tmux.wait("the notice \"\(notice)\"", timeout: 60) { noticeRows.contains(notice) }
    }

    func testKeysWorkWhileLoadingAndGWaitsForTheWholeText() throws {
        let a = try write("a.txt", prose("Premier-A", bytes: 1_000_000))
        let b = try write("b.txt", prose("Premier-B", bytes: 1_000_000))
        try startHeld(a, b)
        let first = try tmux.screen()
        try tmux.press("Space")
        XCTAssertNotEqual(try tmux.screen(), first, "Space scrolls within what is loaded")
        // The text rows themselves (the status row's input counter changes with any key).
        XCTAssertNotEqual(Array(try tmux.screen().dropLast()), Array(first.dropLast()), "Space scrolls the text")
        try tmux.press("G")
        XCTAssertTrue(statusRow.contains("waiting for the whole text"), "G says it waits: \(statusRow)")
        XCTAssertFalse(statusRow.contains("Bot"), "G has not moved yet")
        try openGate()
        try waitForLoaded()
        try tmux.wait("G done once the text is whole", timeout: 30) { statusRow.contains("Bot") }
        XCTAssertTrue(try tmux.screen().joined().contains("La phrase"), "the end of the text is shown")
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        try tmux.assertRestored()
    }

    func testQuitWhileLoadingIsImmediate() throws {
        let a = try write("a.txt", prose("Premier-A", bytes: 1_000_000))
        let b = try write("b.txt", prose("Premier-B", bytes: 1_000_000))
        try startHeld(a, b)
        try tmux.send("q")
        // The rest is never read (the gate stays shut): quitting does not wait for it.
        XCTAssertEqual(try tmux.waitForExit(), 0)
        try tmux.assertRestored()
    }

    func testAFileThatGrowsWhileLoadingIsReadToItsNewEnd() throws {
        let a = try write("a.txt", prose("Premier-A", bytes: 400_000))
        let b = try write("b.txt", prose("Premier-B", bytes: 400_000))
        try startHeld(a, b)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: a))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n\nAjout-tardif à la fin.\n".utf8))
        try handle.close()
        try openGate()
        try waitForNotice("grew while loading")
        try waitForLoaded()
        XCTAssertTrue(noticeRows.contains("grew while loading"), "a notice says so: \(noticeRows)")
        XCTAssertTrue(try tmux.screen().joined().contains("Premier-A"), "the first screen is still there")
        try tmux.press("G")
        try tmux.wait("G to reach the end", timeout: 60) { statusRow.contains("Bot") }
        XCTAssertTrue(try tmux.screen().joined().contains("Ajout-tardif"), "the added text is shown at the end")
    }

    func testAFileThatShrinksWhileLoadingKeepsWhatIsShown() throws {
        let a = try write("a.txt", prose("Premier-A", bytes: 400_000))
        let b = try write("b.txt", prose("Premier-B", bytes: 400_000))
        try startHeld(a, b)
        let shown = try tmux.screen()
        XCTAssertEqual(truncate(a, 200_000), 0)
        try openGate()
        try waitForNotice("shrank while loading")
        try waitForLoaded()
        XCTAssertTrue(noticeRows.contains("shrank while loading"), "a notice says so: \(noticeRows)")
        XCTAssertEqual(Array(try tmux.screen().dropFirst().prefix(20)), Array(shown.dropFirst().prefix(20)),
                       "the text on screen is unchanged")
    }

    func testAFileReplacedWhileLoadingShowsTheFileOpened() throws {
        let a = try write("a.txt", prose("Premier-A", bytes: 400_000))
        let b = try write("b.txt", prose("Premier-B", bytes: 400_000))
        try startHeld(a, b)
        let other = try write("other.txt", prose("Remplaçant", bytes: 400_000, word: "remplaçante"))
        XCTAssertEqual(rename(other, a), 0)
        try openGate()
        try waitForNotice("was replaced while loading")
        try waitForLoaded()
        XCTAssertTrue(noticeRows.contains("was replaced while loading"), "a notice says so: \(noticeRows)")
        XCTAssertTrue(try tmux.screen().joined().contains("Premier-A"), "the version opened is still shown")
        try tmux.press("G")
        // The notice can hide "loading N%" before the rest has arrived: G then waits visibly
        // for the whole text and reaches the end when it comes.
        try tmux.wait("G to reach the end", timeout: 60) { statusRow.contains("Bot") }
        XCTAssertFalse(try tmux.screen().joined().contains("Remplaçant"), "nothing of the new file is mixed in")
        // Every sentence of the new file says "remplaçante": none of them at the end either.
        XCTAssertFalse(try tmux.screen().joined().contains("remplaçante"), "the end shown is the opened file's")
        XCTAssertTrue(try tmux.screen().joined().contains("La phrase"), "the opened file's sentences are shown")
    }

    func testBinaryDataAfterTheFirstScreenIsLeftOutWithANotice() throws {
        var data = prose("Premier-A", bytes: 300_000)
        data.append(contentsOf: [0, 0, 0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 3] + Array(repeating: 0, count: 5000))
        let a = try write("a.bin", data)
        let b = try write("b.txt", prose("Premier-B", bytes: 400_000))
        try startHeld(a, b)
        try openGate()
        try waitForNotice("binary data from byte")
        try waitForLoaded()
        XCTAssertTrue(noticeRows.contains("binary data from byte"), "a notice says so: \(noticeRows)")
        try tmux.press("G")
        let screen = try tmux.screen().joined()
        XCTAssertTrue(screen.contains("sanctions"), "the text before the binary data is shown to its end")
        XCTAssertFalse(screen.contains("ELF"), "no binary data is shown")
        XCTAssertTrue(statusRow.contains("Bot"), "G reached the end of the text kept: \(statusRow)")
    }

    func testAReadErrorMidwayKeepsTheTextBeforeIt() throws {
        let a = try write("a.txt", prose("Premier-A", bytes: 400_000))
        let b = try write("b.txt", prose("Premier-B", bytes: 400_000))
        try startHeld(a, b, environment: ["READOUTS_TEST_READ_FAILURE": "1"])
        try openGate()
        try waitForNotice("read error after")
        try waitForLoaded()
        XCTAssertTrue(noticeRows.contains("read error after"), "a notice says so: \(noticeRows)")
        XCTAssertTrue(try tmux.screen().joined().contains("Premier-A"), "the first screen is still there")
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        try tmux.assertRestored()
    }

    func testAPipeIsShownBeforeItEnds() throws {
        let fifo = directory.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let b = try write("b.txt", prose("Premier-B", bytes: 400_000))
        try tmux.start([fifo, b], width: 100, height: 30)
        // The reader opens the pipe; its head arrives, the writer keeps it open.
        let writer = open(fifo, O_WRONLY)
        XCTAssertGreaterThanOrEqual(writer, 0)
        let head = prose("Premier-A", bytes: 20_000)
        _ = head.withUnsafeBytes { Glibc.write(writer, $0.baseAddress, $0.count) }
        try tmux.waitForStart()
        XCTAssertTrue(try tmux.screen().joined().contains("Premier-A"), "the pipe's first text is shown before it ends")
        XCTAssertNotNil(statusRow.range(of: #"loading \d+%"#, options: .regularExpression), "the pipe is still loading: \(statusRow)")
        let tail = Data("\n\nFin-du-tube.\n".utf8)
        _ = tail.withUnsafeBytes { Glibc.write(writer, $0.baseAddress, $0.count) }
        close(writer)
        try waitForLoaded()
        try tmux.press("G")
        XCTAssertTrue(try tmux.screen().joined().contains("Fin-du-tube"), "the rest of the pipe arrived")
    }
}

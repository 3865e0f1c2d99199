import Foundation
import XCTest

/// `y` and `Y` to the clipboard (OSC 52, as tmux's buffer sees it) or a file; marks and
/// the search history kept between sessions; state files that are corrupt.
final class QuoteAndKeepEndToEndTests: XCTestCase {
    var tmux: Tmux!
    var directory: URL!

    override func setUpWithError() throws {
        try Tmux.requireTmux()
        tmux = try Tmux()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-keep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        tmux = nil
        try FileManager.default.removeItem(at: directory)
    }

    var copiedFile: URL { tmux.stateDirectory.appendingPathComponent("copied.txt") }

    func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Starts the bundled readouts, goes to sentence 3 (`:3`) and presses `y`.
    func copySentence3() throws {
        try tmux.start(width: 200)
        try tmux.waitForStart()
        try tmux.waitForLinking()
        try tmux.type(":3")
        try tmux.press("Enter")
        try tmux.press("y")
    }

    /// `:w FILE` writes the brief the command's `--export markdown` writes, byte for byte;
    /// a file already there is refused without `!`, and `:w!` replaces it.
    func testColonWWritesTheBriefAndRefusesToReplaceAFileWithoutBang() throws {
        let a = try write("a.md", "---\nlabel: Kremlin\n---\nLes présidents ont parlé de l’Ukraine et des « garanties de sécurité ».\n\nIls ont évoqué le gaz.\n")
        let b = try write("b.md", "---\nlabel: White House\n---\nThe presidents discussed Ukraine and security guarantees.\n\nThey agreed to stay in touch.\n")
        let brief = directory.appendingPathComponent("le brief.md").path
        try tmux.start([a, b], width: 200)
        try tmux.waitForStart()
        try tmux.waitForLinking()
        try tmux.type(":w \(brief)")
        try tmux.press("Enter")
        let status = try tmux.waitForStatus("wrote the brief (")
        XCTAssertTrue(status.contains("le brief.md"), status)
        let expected = try Tmux.run([Tmux.binary, "--export", "markdown", a, b]).text
        XCTAssertEqual(try String(contentsOfFile: brief, encoding: .utf8), expected)

        try tmux.type(":w \(brief)")
        try tmux.press("Enter")
        try tmux.waitForStatus("le brief.md exists: :w! ")
        let page = directory.appendingPathComponent("page.html").path
        try "old".write(toFile: page, atomically: true, encoding: .utf8)
        try tmux.type(":w! \(page)")
        try tmux.press("Enter")
        try tmux.waitForStatus("wrote the page (")
        XCTAssertTrue(try String(contentsOfFile: page, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "no temporary file left behind")
    }

    /// tmux's default set-clipboard, external, ignores what programs send: the copy goes to
    /// tmux's paste buffer (prefix `]` pastes it; a journalist's buffer stayed empty) and to a
    /// file, both named.
    func testYCopiesToTmuxsBufferAndAFileWhenTmuxDoesNotTakeOSC52() throws {
        try copySentence3()
        let status = try tmux.waitForStatus("copied Kremlin sentence 3 to ")
        XCTAssertTrue(status.contains("tmux's paste buffer"), "the buffer is named: \(status)")
        XCTAssertTrue(status.contains(copiedFile.path), "the file is named: \(status)")
        let sentence = try exportedSentences()[0][2]
        XCTAssertEqual(try String(contentsOf: copiedFile, encoding: .utf8), sentence + "\n")
        XCTAssertEqual(try tmux.tmux(["show-buffer"]), sentence + "\n", "tmux's buffer holds the sentence")
    }

    /// At 70 columns `Y`'s notice keeps where the text went, where it was cut before it
    /// ("copied Kremlin sentence 7 with its 2 linked passages to…"): too long for the status
    /// line beside the pane's name, it is shown whole on the rows above it.
    func testANarrowWindowKeepsWhereTheCopyWent() throws {
        try tmux.start(width: 70)
        try tmux.waitForStart()
        try tmux.waitForLinking()
        try tmux.press("]")
        try tmux.press("Y")
        var notice = ""
        try tmux.wait("the copy's notice") {
            let rows = try tmux.screen().filter { !$0.isEmpty }
            notice = rows.suffix(4).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            return notice.contains("copied.txt")
        }
        XCTAssertTrue(notice.contains("copied Kremlin sentence "), notice)
        XCTAssertTrue(notice.replacingOccurrences(of: " ", with: "").contains(copiedFile.path.replacingOccurrences(of: " ", with: "")), notice)
        XCTAssertTrue(FileManager.default.fileExists(atPath: copiedFile.path))
    }

    func testYAndShiftYCopyThroughOSC52IntoTmuxsBufferWhenAllowed() throws {
        tmux = try Tmux(setClipboard: true)
        try copySentence3()
        try tmux.waitForStatus("copied Kremlin sentence 3 to the clipboard")
        let sentences = try exportedSentences()
        XCTAssertEqual(try tmux.tmux(["show-buffer"]), sentences[0][2])
        XCTAssertFalse(FileManager.default.fileExists(atPath: copiedFile.path), "no file when the clipboard took it")

        // Y: the sentence and its linked passage, each with its version's label.
        try tmux.press("]")
        try tmux.press("Y")
        let status = try tmux.waitForStatus("to the clipboard")
        let buffer = try tmux.tmux(["show-buffer"])
        let parts = buffer.components(separatedBy: "\n\n")
        XCTAssertTrue(status.contains("linked passage") ? parts.count >= 2 : parts.count == 1, "\(status)\n\(buffer)")
        XCTAssertTrue(parts[0].hasPrefix("Kremlin (TASS in French, from the Kremlin press service, 2021-12-07), sentence "), buffer)
        if parts.count > 1 {
            let citation = "Maison Blanche (TASS in French, from a White House statement, 2021-12-07), sentence "
            XCTAssertTrue(parts[1].hasPrefix(citation), buffer)
            let number = Int(parts[1].dropFirst(citation.count).prefix { $0.isNumber })!
            XCTAssertEqual(parts[1].components(separatedBy: "\n").dropFirst().joined(), sentences[1][number - 1])
        }
    }

    func testMarksSurviveARestartAndFollowTheirTextWhenTheFileChanges() throws {
        let first = "Premier paragraphe du premier texte.\n\nLa phrase qu’on marque ici. Et une autre phrase.\n\nUn dernier paragraphe.\n"
        let a = try write("a.md", first)
        let b = try write("b.md", "Un autre texte tout à fait différent.\n")
        try tmux.start([a, b], width: 200)
        try tmux.waitForStart()
        try tmux.waitForLinking()
        try tmux.type(":2")
        try tmux.press("Enter")
        try tmux.type("ma")
        try tmux.waitForStatus("mark a: a.md sentence 2")
        XCTAssertTrue(FileManager.default.fileExists(atPath: tmux.stateDirectory.appendingPathComponent("marks.json").path))

        // Same files, new session: 'a goes there, and y copies the marked sentence.
        try tmux.restart([b, a])
        try tmux.waitForLinking()
        try tmux.type("'a")
        try tmux.waitForStatus("mark a")
        try tmux.press("y")
        try tmux.waitForStatus("copied a.md sentence 2 to ")
        XCTAssertEqual(try String(contentsOf: copiedFile, encoding: .utf8), "La phrase qu’on marque ici.\n")

        // The file changes: the mark follows its sentence.
        _ = try write("a.md", "Un nouveau début.\n\nEncore un paragraphe.\n\n" + first)
        try tmux.restart([a, b])
        try tmux.waitForStatus("mark a followed its text")
        try tmux.waitForLinking()
        try tmux.type("'a")
        try tmux.press("y")
        try tmux.waitForStatus("copied a.md sentence 4 to ")
        XCTAssertEqual(try String(contentsOf: copiedFile, encoding: .utf8), "La phrase qu’on marque ici.\n")

        // The sentence is gone: the mark is reported lost, once.
        _ = try write("a.md", "Tout a été réécrit.\n")
        try tmux.restart([a, b])
        try tmux.waitForStatus("mark a lost: its sentence is no longer in a.md")
        try tmux.restart([a, b])
        XCTAssertFalse(try tmux.statusRow().contains("mark a"))
        try tmux.type("'a")
        try tmux.waitForStatus("mark a is not set")
    }

    func testSearchHistoryKeepsRegexModeBetweenSessions() throws {
        try tmux.start(width: 200)
        try tmux.waitForStart()
        try tmux.press("/")
        try tmux.press("C-r")
        try tmux.type("Bid.n")
        try tmux.press("Enter")
        try tmux.restart()
        try tmux.press("/")
        try tmux.press("Up")
        let status = try tmux.statusRow()
        XCTAssertTrue(status.hasPrefix("/ in Kremlin: Bid.n"), status)
        XCTAssertTrue(status.contains("[regex]"), "recalled with its mode: \(status)")
        XCTAssertTrue(status.contains("match 1/"), "and it matches: \(status)")
    }

    func testCorruptStateFilesAreSetAsideWithANotice() throws {
        try FileManager.default.createDirectory(at: tmux.stateDirectory, withIntermediateDirectories: true)
        try Data([0x7B, 0x22, 0xFF, 0x00]).write(to: tmux.stateDirectory.appendingPathComponent("search-history.json"))
        try "{\"format\": 1, \"sets\": 7}".write(to: tmux.stateDirectory.appendingPathComponent("marks.json"), atomically: true, encoding: .utf8)
        try tmux.start(width: 200)
        try tmux.waitForStart()
        let status = try tmux.waitForStatus("ignored")
        XCTAssertTrue(status.contains("ignored search-history.json: not a search history"), status)
        XCTAssertTrue(status.contains("ignored marks.json: not a marks file"), status)
        XCTAssertTrue(FileManager.default.fileExists(atPath: tmux.stateDirectory.appendingPathComponent("marks.json.corrupt").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: tmux.stateDirectory.appendingPathComponent("search-history.json.corrupt").path))
        try tmux.press("j")
        try tmux.press("/")
        try tmux.type("Poutine")
        try tmux.press("Enter")
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        let saved = try String(contentsOf: tmux.stateDirectory.appendingPathComponent("search-history.json"), encoding: .utf8)
        XCTAssertTrue(saved.contains("Poutine"), "a fresh history replaces the corrupt one")
    }
}

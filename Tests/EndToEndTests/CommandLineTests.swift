import Foundation
import XCTest

/// The command line without a terminal: the JSON export, lexicon and theme options, and
/// their errors.
final class CommandLineTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try FileManager.default.removeItem(at: directory) }

    func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let output = try Tmux.run([Tmux.binary, "--export", "json"] + arguments)
        XCTAssertEqual(output.status, 0, output.text)
        return try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as! [String: Any]
    }

    func testExportOfTheBundledReadoutsFollowsTheSchema() throws {
        let object = try json([])
        let versions = object["versions"] as! [[String: Any]]
        XCTAssertEqual(versions.map { $0["id"] as! String }, ["kremlin", "maison-blanche"])
        XCTAssertEqual(versions.map { $0["language"] as! String }, ["fr", "fr"])
        let kremlin = versions[0]
        let sentences = kremlin["sentences"] as! [[String: Any]]
        XCTAssertTrue((sentences[0]["text"] as! String).hasPrefix("TASS/."))
        XCTAssertEqual(sentences.map { $0["index"] as! Int }, Array(sentences.indices))
        let topics = object["topics"] as! [[String: Any]]
        let minsk = topics.first { $0["id"] as? String == "minsk" }!
        XCTAssertEqual(minsk["origin"] as? String, "lexicon")
        let occurrences = minsk["occurrences"] as! [[String: Any]]
        XCTAssertTrue(occurrences.allSatisfy { $0["version"] as? String == "kremlin" }, "Minsk is only in the Kremlin's account")
        // Ranges are scalar offsets into the version's text: check one against its sentence.
        let occurrence = occurrences[0]
        let range = occurrence["range"] as! [Int]
        let sentence = sentences[occurrence["sentence"] as! Int]
        let sentenceRange = sentence["range"] as! [Int]
        let scalars = Array((sentence["text"] as! String).unicodeScalars)
        let text = String(String.UnicodeScalarView(scalars[(range[0] - sentenceRange[0])..<(range[1] - sentenceRange[0])]))
        XCTAssertEqual(text, occurrence["text"] as? String)
        // Two accounts of one call: no draft of the other, and no linked figures that differ.
        XCTAssertEqual((object["changes"] as? [Any])?.count, 0)
        XCTAssertEqual((object["figures"] as? [Any])?.count, 0)
        let links = object["links"] as! [[String: Any]]
        XCTAssertFalse(links.isEmpty)
        for link in links {
            XCTAssertNotNil((link["from"] as! [String: Any])["sentence"] as? Int)
            XCTAssertNotNil((link["to"] as! [String: Any])["version"] as? String)
            XCTAssertNotNil(link["score"] as? Double)
            XCTAssertFalse((link["evidence"] as! [Any]).isEmpty)
        }
    }

    /// `k.md k.md` plus a front-matter `id: kremlin-2`: each id in the export names one version.
    func testVersionIdsInTheExportAreUnique() throws {
        let kremlin = try write("k.md", "# Kremlin\n\nLes présidents ont parlé.\n")
        let given = try write("x.md", "---\nid: kremlin-2\n---\nLes présidents ont parlé aussi.\n")
        let empty = try write("y.md", "---\nid:\nlabel: Notes\n---\nEncore une version.\n")
        let object = try json([kremlin, kremlin, given, empty])
        let ids = (object["versions"] as! [[String: Any]]).map { $0["id"] as! String }
        XCTAssertEqual(ids, ["kremlin", "kremlin-3", "kremlin-2", "notes"])
    }

    func testNoLexiconAndUserLexicons() throws {
        let noLexicon = try json(["--no-lexicon"])
        XCTAssertFalse((noLexicon["topics"] as! [[String: Any]]).contains { $0["origin"] as? String == "lexicon" })
        let lexicon = try write("mine.toml", """
            [topic.video]
            label = { fr = "visioconférence" }
            fr = ["vidéoconférence", "visioconférence"]
            """)
        let withMine = try json(["--topics", lexicon])
        XCTAssertTrue((withMine["topics"] as! [[String: Any]]).contains { $0["id"] as? String == "video" })
    }

    func testMalformedLexiconAndThemeGiveFileLineColumn() throws {
        let lexicon = try write("bad.toml", "[topic.x]\nlabel = \"x\"\nweight = \"heavy\"\n")
        var output = try Tmux.run([Tmux.binary, "--topics", lexicon, "--export", "json"])
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.text.contains("\(lexicon):3:"), output.text)
        XCTAssertEqual(output.text.split(separator: "\n").count, 1, output.text)

        let theme = try write("bad-theme.toml", "\"ui.text\" = { fg = \"#12345\" }\n")
        output = try Tmux.run([Tmux.binary, "--theme", theme])
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.text.contains("\(theme):1:"), output.text)

        let syntax = try write("syntax.toml", "[topic.x\n")
        output = try Tmux.run([Tmux.binary, "--topics", syntax, "--export", "json"])
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.text.contains("\(syntax):1:"), output.text)
    }

    func testListThemesNamesEachShippedThemeFirst() throws {
        let output = try Tmux.run([Tmux.binary, "--list-themes"])
        XCTAssertEqual(output.status, 0)
        let names = output.text.split(separator: "\n").map { String($0.split(separator: " ").first ?? "") }
        for name in ["default", "light", "high-contrast", "ansi16", "mono"] { XCTAssertTrue(names.contains(name), name) }
    }

    /// These two files aborted the program (SIGABRT, exit 134) inside the old TOML library,
    /// as --theme, --topics, a user theme in --list-themes and READOUTS_THEME.
    func testTOMLThatAbortedIsAOneLineErrorWithStatus2() throws {
        let theme = try write("t.toml", "[\n")
        var output = try Tmux.run([Tmux.binary, "--theme", theme])
        XCTAssertEqual(output.status, 2, output.text)
        XCTAssertEqual(output.text, "readouts: \(theme):1:2: TOML syntax error: the end of the line where a key should be, expected valid TOML: a key: letters, digits, '_' and '-', or a quoted string\n")

        let lexicon = try write("l.toml", "a=[}")
        output = try Tmux.run([Tmux.binary, "--topics", lexicon, "--export", "json"])
        XCTAssertEqual(output.status, 2, output.text)
        XCTAssertTrue(output.text.hasPrefix("readouts: \(lexicon):1:4: TOML syntax error: "), output.text)
        XCTAssertEqual(output.text.split(separator: "\n").count, 1, output.text)

        let config = directory.appendingPathComponent("config")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("readouts/themes"), withIntermediateDirectories: true)
        try "a=[}".write(to: config.appendingPathComponent("readouts/themes/broken.toml"), atomically: true, encoding: .utf8)
        output = try Tmux.run(["XDG_CONFIG_HOME=\(config.path)", Tmux.binary, "--list-themes"])
        XCTAssertEqual(output.status, 0, output.text)
        XCTAssertTrue(output.text.contains("does not load: \(config.path)/readouts/themes/broken.toml:1:4: TOML syntax error"), output.text)
        output = try Tmux.run(["XDG_CONFIG_HOME=\(config.path)", "READOUTS_THEME=broken", Tmux.binary])
        XCTAssertEqual(output.status, 2, output.text)
        XCTAssertTrue(output.text.hasPrefix("readouts: \(config.path)/readouts/themes/broken.toml:1:4: "), output.text)
    }

    func testExportOfBadInputFailsLikeTheReader() throws {
        let output = try Tmux.run([Tmux.binary, "--export", "json", "/no/such/file.md", "/no/other.md"])
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.text.hasPrefix("readouts: /no/such/file.md: no such file"), output.text)
    }

    func testStandardInputIsOneVersion() throws {
        let file = try write("a.txt", "Iran and the nuclear talks.\n")
        let output = try Tmux.run([Tmux.binary, "--export", "json", file, "-"], input: Data("Talks on Iran resumed in Vienna.\n".utf8))
        XCTAssertEqual(output.status, 0, output.text)
        XCTAssertTrue(output.text.contains("Talks on Iran resumed in Vienna."))
    }

    func testOneFileIsAUsageError() throws {
        let file = try write("a.txt", "x\n")
        let output = try Tmux.run([Tmux.binary, file])
        XCTAssertEqual(output.status, 64)
        XCTAssertTrue(output.text.contains("two or more versions"), output.text)
    }
}

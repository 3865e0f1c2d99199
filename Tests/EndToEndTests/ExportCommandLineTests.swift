import Foundation
import XCTest

/// `--export html` and `--export markdown` from the command line: the same options as the
/// reader and the JSON export, the same errors, and file names treated as untrusted text.
final class ExportCommandLineTests: XCTestCase {
    var scratch: ScratchDirectory!

    override func setUpWithError() throws { scratch = try ScratchDirectory("readouts-export") }

    override func tearDown() { scratch?.remove() }

    func write(_ name: String, _ text: String) throws -> String { try scratch.write(name, text) }

    func export(_ format: String, _ arguments: [String] = []) throws -> String {
        let output = try Tmux.run([Tmux.binary, "--export", format] + arguments)
        XCTAssertEqual(output.status, 0, String(output.text.prefix(300)))
        return output.text
    }

    func testBothExportsOfTheBundledReadouts() throws {
        let html = try export("html")
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n"))
        XCTAssertTrue(html.hasSuffix("</html>\n"))
        XCTAssertTrue(html.contains("<h3 id=\"v0\">Kremlin</h3>") && html.contains("<h3 id=\"v1\">Maison Blanche</h3>"))
        let markdown = try export("markdown")
        XCTAssertTrue(markdown.hasPrefix("# Kremlin · Maison Blanche: compared by topic\n"))
        XCTAssertTrue(markdown.contains("\n### accords de Minsk — only in Kremlin\n"))
        XCTAssertTrue(markdown.contains("\n**Maison Blanche** — no passage found\n"))
    }

    func testTheyFollowLabelsAndLexiconOptions() throws {
        let a = try write("a.txt", "Les sanctions et la visioconférence ont dominé.\n")
        let b = try write("b.txt", "Une visioconférence sur des mesures économiques.\n")
        let lexicon = try write("mine.toml", """
            [topic.video]
            label = { fr = "visioconférence" }
            fr = ["visioconférence"]
            """)
        for format in ["html", "markdown"] {
            let labelled = try export(format, ["--label", "Draft 1", "--label", "Draft 2", "--topics", lexicon, a, b])
            XCTAssertTrue(labelled.contains("Draft 1") && labelled.contains("Draft 2"), format)
            XCTAssertTrue(labelled.contains("sanctions et mesures économiques"), "\(format): the shipped lexicon")
            XCTAssertTrue(labelled.contains("visioconférence"), "\(format): the user's lexicon")
            let bare = try export(format, ["--no-lexicon", a, b])
            XCTAssertFalse(bare.contains("sanctions et mesures économiques"), "\(format): --no-lexicon")
        }
    }

    func testBadInputFailsLikeTheReader() throws {
        for format in ["html", "markdown"] {
            let output = try Tmux.run([Tmux.binary, "--export", format, "/no/such/file.md", "/no/other.md"])
            XCTAssertEqual(output.status, 2, format)
            XCTAssertEqual(output.text, "readouts: /no/such/file.md: no such file\n")
        }
        let unknown = try Tmux.run([Tmux.binary, "--export", "pdf"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.text.contains("json") && unknown.text.contains("html") && unknown.text.contains("markdown"), unknown.text)
    }

    /// An empty version is said on standard error, one line, as the reader's status line
    /// says it (a fact-checker's export of an empty file gave a report of "only in" the
    /// other version and said nothing); the export is still written.
    func testAnEmptyVersionIsSaidOnStandardError() throws {
        let empty = try write("empty.txt", "")
        let plain = try write("plain.txt", "Les sanctions.\n")
        for format in ["json", "html", "markdown"] {
            let stderr = try Tmux.run(["sh", "-c", "exec \"$0\" \"$@\" >/dev/null", Tmux.binary, "--export", format, empty, plain])
            XCTAssertEqual(stderr.status, 0, stderr.text)
            XCTAssertEqual(stderr.text, "readouts: \(empty): empty, nothing in it to compare\n", format)
        }
        XCTAssertTrue(try export("markdown", [empty, plain]).contains("# empty.txt · plain.txt: compared by topic\n"), "the report is still written")
        let other = try write("other.txt", "Des sanctions.\n")
        let clean = try Tmux.run(["sh", "-c", "exec \"$0\" \"$@\" >/dev/null", Tmux.binary, "--export", "markdown", plain, other])
        XCTAssertEqual(clean.text, "", "nothing to say of a version with text")
    }

    func testFileNamesAreUntrustedText() throws {
        let hostile = try write("<img src=x onerror=alert(1)>.txt", "Des sanctions.\n")
        let plain = try write("plain.txt", "Les sanctions.\n")
        let html = try export("html", [hostile, plain])
        XCTAssertFalse(html.contains("<img"))
        XCTAssertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;.txt"))
        let markdown = try export("markdown", [hostile, plain])
        XCTAssertTrue(markdown.contains("\\<img src=x onerror=alert(1)\\>.txt"), markdown)
    }
}

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

    /// A translator's `fr.txt en.txt fr2.txt` (a communiqué, its translation, a second French
    /// draft) had no list of changes, `fr.txt fr2.txt en.txt` had it: now every order has it,
    /// in the brief, the page and the JSON, which also says the figure the translation changed.
    func testChangesBetweenDraftsWhateverStandsBetweenThemOnTheCommandLine() throws {
        let shared = ["Le ministre a présenté ce jeudi un plan de soutien à l’industrie nucléaire civile.",
                      "« La souveraineté énergétique de la France n’est pas négociable », a déclaré le ministre.",
                      "Les premières mesures entreront en vigueur le 1er avril 2024."]
        let fr = try write("fr.txt", ([shared[0], "Ce plan mobilise 1,5 milliard d’euros, dont 420 millions d’euros dès 2024."] + shared.dropFirst())
            .joined(separator: "\n\n") + "\n")
        let fr2 = try write("fr2.txt", ([shared[0], "Ce plan mobilise 1,5 milliard d’euros, dont 450 millions d’euros dès 2024."] + shared.dropFirst())
            .joined(separator: "\n\n") + "\n")
        let en = try write("en.txt", """
            On Thursday, the Minister presented a support plan for the civil nuclear industry.

            The plan mobilises 1.5 billion euros, including 240 million euros in 2024.

            "France's energy sovereignty is not negotiable," the Minister said.

            The first measures will come into force on 1 April 2024.

            """)
        for order in [[fr, en, fr2], [fr, fr2, en]] {
            let markdown = try export("markdown", ["--linker", "lexical"] + order)
            XCTAssertTrue(markdown.contains("\n## Changes: fr.txt → fr2.txt\n\n1 sentence worded otherwise, 0 only in fr.txt, 0 only in fr2.txt, 0 moved"), markdown)
            XCTAssertTrue(markdown.contains("- **Worded otherwise**: 420 → 450\n"), markdown)
            let html = try export("html", ["--linker", "lexical"] + order)
            XCTAssertTrue(html.contains("<h3>fr.txt → fr2.txt</h3>"), "\(order)")
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(export("json", ["--linker", "lexical"] + order).utf8)) as? [String: Any])
            let changes = try XCTUnwrap(json["changes"] as? [[String: Any]])
            XCTAssertEqual(changes.map { [$0["from"] as? String, $0["to"] as? String] }, [["fr-txt", "fr2-txt"]])
            let worded = try XCTUnwrap(changes.first?["changes"] as? [[String: Any]])
            XCTAssertEqual(worded.map { $0["kind"] as? String }, ["worded"])
            XCTAssertEqual(worded.first?["description"] as? String, "420 → 450")
            let figures = try XCTUnwrap(json["figures"] as? [[String: Any]])
            XCTAssertTrue(figures.contains { ($0["pairs"] as? [[String: String]]) == [["from": "420 millions", "to": "240 million"]] }, "\(figures)")
            // `--changes-only`: the changes alone, the changed figure in bold.
            let alone = try export("markdown", ["--linker", "lexical", "--changes-only"] + order)
            XCTAssertTrue(alone.hasPrefix("# fr.txt · en.txt · fr2.txt: changes\n") || alone.hasPrefix("# fr.txt · fr2.txt · en.txt: changes\n"), alone)
            XCTAssertTrue(alone.contains("- **Worded otherwise**: 420 → 450\n"), alone)
            XCTAssertTrue(alone.contains("dont **420** millions"), alone)
            XCTAssertFalse(alone.contains("## Overview") || alone.contains("## In both versions"), alone)
        }
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

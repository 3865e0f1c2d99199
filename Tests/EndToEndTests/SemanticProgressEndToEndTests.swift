import Foundation
import ReadoutsFixtures
import XCTest

/// Semantic linking of large versions in the real reader: the status line names the cheaper
/// path and shows linking progress while the sentences are embedded and linked, keys are
/// answered meanwhile, and the progress ends. Needs the installed encoder (skipped without
/// it unless READOUTS_MODEL_REQUIRED=1).
final class SemanticProgressEndToEndTests: XCTestCase {
    var tmux: Tmux!
    var directory: URL!
    static let timeout: TimeInterval = 300

    override func setUpWithError() throws {
        try Tmux.requireTmux()
        guard FileManager.default.fileExists(atPath: Self.models + "/use-multilingual-v3/model.rdt") else {
            let message = "the sentence encoder is not installed (readouts --install-model): semantic progress not tested"
            if ProcessInfo.processInfo.environment["READOUTS_MODEL_REQUIRED"] == "1" { XCTFail(message) }
            throw XCTSkip(message)
        }
        tmux = try Tmux()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-semantic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Where the reader finds its models (README, "Sentence encoder").
    static var models: String {
        let environment = ProcessInfo.processInfo.environment
        if let custom = environment["READOUTS_MODEL_DIR"], !custom.isEmpty { return custom }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/readouts/models" }
        return (environment["HOME"] ?? "") + "/.local/share/readouts/models"
    }

    override func tearDown() {
        tmux = nil
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    /// Short sentences, enough of them (30,000 a version) for the token-average path.
    func write(_ name: String, seed: UInt64) throws -> String {
        let words = ["les", "présidents", "ont", "évoqué", "la", "sécurité", "européenne", "et", "des", "sanctions",
                     "économiques", "à", "Genève", "coopération", "stratégique", "Moscou", "Washington", "frontière"]
        var text = "Début \(name).\n\n"
        var state = seed
        for sentence in 0..<30_000 {
            var words8: [String] = []
            for _ in 0..<8 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                words8.append(words[Int(state >> 33) % words.count])
            }
            // Capitalised: a full stop before a small letter does not end a sentence.
            text += words8.joined(separator: " ").capitalized(first: true) + (sentence % 6 == 5 ? ".\n\n" : ". ")
        }
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func testLargeVersionsShowTheCheaperPathAndProgressAndKeysAreAnswered() throws {
        let a = try write("a.txt", seed: 1), b = try write("b.txt", seed: 2)
        try tmux.start(["--linker", "semantic", a, b], width: 160, height: 40,
                       environment: ["READOUTS_MODEL_DIR": Self.models,
                                     "XDG_CACHE_HOME": directory.appendingPathComponent("cache").path])
        var seen = ""
        try tmux.wait("the cheaper path named with linking progress", timeout: Self.timeout) {
            seen = try tmux.statusRow()
            return seen.contains("semantic (token average)") && seen.contains("linking")
        }
        // Keys are answered while the sentences are linked by meaning.
        // The text rows only: the status row changes with the progress whatever the key does.
        let before = try tmux.screen().dropLast()
        try tmux.press("Space", timeout: Self.timeout)
        XCTAssertNotEqual(Array(try tmux.screen().dropLast()), Array(before), "Space paged while linking")
        try tmux.wait("linking to end", timeout: Self.timeout) {
            seen = try tmux.statusRow()
            return !seen.contains("linking") && seen.contains("#")
        }
        XCTAssertTrue(seen.contains("semantic (token average)"), seen)
        try tmux.send("q")
        try tmux.wait("exit", timeout: Self.timeout) { tmux.hasExited }
        XCTAssertEqual(try tmux.exitStatus(), 0)

        // Opened again: the finished analysis is read back from the cache, every link at once.
        try tmux.respawn(["--linker", "semantic", a, b],
                         environment: ["READOUTS_MODEL_DIR": Self.models,
                                       "XDG_CACHE_HOME": directory.appendingPathComponent("cache").path])
        try tmux.wait("the cached analysis", timeout: Self.timeout) {
            seen = try tmux.statusRow()
            return seen.contains("semantic (token average) cached")
        }
        XCTAssertFalse(seen.contains("linking"), seen)
        try tmux.send("q")
        try tmux.wait("exit", timeout: Self.timeout) { tmux.hasExited }
    }

    /// A Downing Street and an Élysée account of one call (written for a new user's trial):
    /// once linking completes, the letter the topic list gives each topic is the one the HTML
    /// report gives it. (The reader's first results came with other letters: a topic kept its
    /// partial results' letter, 9 of 13 differing, before the complete analysis took the
    /// exports' assignment.)
    func testTheReadersLettersAreTheHTMLReports() throws {
        let english = directory.appendingPathComponent("downing-street.txt"), french = directory.appendingPathComponent("elysee.txt")
        try """
            ---
            label: Downing Street
            source: Prime Minister's Office, 10 Downing Street
            date: 2025-09-14
            ---
            PM call with President Macron of France: 14 September 2025

            The Prime Minister spoke to President Emmanuel Macron of France this evening.

            The leaders discussed the latest developments in Ukraine and condemned Russia's continued strikes on civilian energy infrastructure.

            They agreed that the Coalition of the Willing must be ready to underpin a lasting ceasefire, and the Prime Minister updated on military planning for a multinational force.

            The Prime Minister welcomed France's decision to send additional air defence systems to Kyiv.

            On small boats, the leaders agreed on the importance of the new returns deal and discussed how to step up joint action against the criminal gangs smuggling people across the Channel.

            The Prime Minister thanked the President for the work of French police on the beaches of northern France.

            They also discussed the situation in the Middle East, and reiterated their call for an immediate ceasefire in Gaza and the release of all hostages.

            The Prime Minister said he looked forward to welcoming the President to London for the upcoming UK-France summit.

            The leaders discussed deepening defence industrial cooperation, including on the next generation of long-range missiles.

            They agreed to stay in close contact.
            """.write(to: english, atomically: true, encoding: .utf8)
        try """
            ---
            label: Élysée
            source: Présidence de la République, communiqué
            date: 2025-09-14
            ---
            Entretien téléphonique du Président de la République avec le Premier ministre britannique

            Le Président de la République s'est entretenu ce soir par téléphone avec le Premier ministre du Royaume-Uni, Keir Starmer.

            Les deux dirigeants ont fait le point sur la situation en Ukraine et ont dénoncé les frappes russes qui visent les installations énergétiques et la population civile.

            Ils ont réaffirmé que la France et le Royaume-Uni continueraient à coordonner les travaux de la coalition des volontaires en vue d'apporter des garanties de sécurité solides à l'Ukraine après un cessez-le-feu.

            Le Président de la République a annoncé la livraison prochaine de nouveaux systèmes de défense sol-air à l'Ukraine.

            S'agissant de l'immigration irrégulière, les deux dirigeants ont salué la mise en œuvre de l'accord de réadmission conclu cet été et sont convenus de renforcer la lutte contre les réseaux de passeurs dans la Manche.

            Le Président de la République a rappelé l'engagement des forces de l'ordre françaises sur le littoral.

            Ils ont évoqué la situation au Proche-Orient et appelé à un cessez-le-feu immédiat à Gaza, à la libération de tous les otages et à l'accès sans entrave de l'aide humanitaire.

            Le Président a également souligné l'importance d'une reconnaissance de l'État palestinien dans le cadre d'une solution à deux États.

            Les deux dirigeants ont évoqué la préparation du prochain sommet franco-britannique, qui se tiendra à Londres.

            Ils ont enfin abordé les négociations commerciales avec les États-Unis et la nécessité d'une réponse européenne unie face aux droits de douane.

            Ils sont convenus de rester en contact étroit.
            """.write(to: french, atomically: true, encoding: .utf8)
        try tmux.start([english.path, french.path], width: 160, height: 50,
                       environment: ["READOUTS_MODEL_DIR": Self.models, "XDG_CACHE_HOME": directory.appendingPathComponent("reader-cache").path])
        try tmux.wait("linking to end", timeout: Self.timeout) {
            let status = try tmux.statusRow()
            return status.contains("semantic") && !status.contains("linking") && status.contains("#")
        }
        try tmux.press("t")
        let list = try tmux.screen().joined(separator: "\n")
        let html = try Spawn.run(["XDG_CACHE_HOME=\(directory.appendingPathComponent("export-cache").path)", "READOUTS_MODEL_DIR=\(Self.models)",
                                  Tmux.binary, "--export", "html", english.path, french.path]).text
        let topics = try NSRegularExpression(pattern: #"<b class="mk">(.)</b></span>([^<]+?) ?<"#)
        let rows = topics.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
            (letter: String(html[Range(match.range(at: 1), in: html)!]), label: String(html[Range(match.range(at: 2), in: html)!]))
        }
        XCTAssertGreaterThanOrEqual(rows.count, 8, "the report lists its topics")
        for row in rows {
            XCTAssertTrue(list.contains(row.letter + " " + row.label), "\(row.label): \(row.letter) in the report, in the reader:\n" + list)
        }
        try tmux.send("q")
    }

    /// With the encoder installed, `--linker lexical` on versions in two languages: the notice
    /// says to drop the option, not to install what is installed.
    func testTheLexicalChoiceIsTheAdviceWhenTheEncoderIsInstalled() throws {
        let english = directory.appendingPathComponent("en.txt"), french = directory.appendingPathComponent("fr.txt")
        try "The leaders discussed the upcoming summit in Paris.\n".write(to: english, atomically: true, encoding: .utf8)
        try "Les dirigeants ont évoqué le prochain sommet à Paris.\n".write(to: french, atomically: true, encoding: .utf8)
        try tmux.start(["--linker", "lexical", english.path, french.path], width: 160, height: 20,
                       environment: ["READOUTS_MODEL_DIR": Self.models, "XDG_CACHE_HOME": directory.appendingPathComponent("cache").path])
        var status = ""
        try tmux.wait("the notice", timeout: Self.timeout) {
            status = try tmux.statusRow()
            return status.contains("linked by shared words only")
        }
        XCTAssertTrue(status.contains("without --linker lexical"), status)
        XCTAssertFalse(status.contains("--install-model"), status)
        try tmux.send("q")
    }

    /// An English and a French account: once linked by meaning, the compare view (`c`) pairs
    /// "summit" with "sommet", drawn in italics on both sides (the encoder's word vectors,
    /// wired into the real reader's aligner).
    func testTheCompareViewPairsAWordWithItsTranslation() throws {
        let english = directory.appendingPathComponent("en.txt"), french = directory.appendingPathComponent("fr.txt")
        try """
            The Prime Minister spoke to President Macron this afternoon. \
            The leaders discussed preparations for the upcoming UK-France summit in Paris. \
            They welcomed the close cooperation between their armed forces.
            """.write(to: english, atomically: true, encoding: .utf8)
        try """
            Emmanuel Macron s’est entretenu mardi avec Boris Johnson. \
            Un sommet franco-britannique est prévu dans les prochains mois à Paris. \
            Les deux dirigeants ont salué l’étroite coopération entre leurs forces armées.
            """.write(to: french, atomically: true, encoding: .utf8)
        try tmux.start(["--linker", "semantic", english.path, french.path], width: 120, height: 30,
                       environment: ["READOUTS_MODEL_DIR": Self.models, "XDG_CACHE_HOME": directory.appendingPathComponent("cache").path])
        try tmux.wait("linking by meaning to end", timeout: Self.timeout) {
            let status = try tmux.statusRow()
            return status.contains("semantic") && !status.contains("linking") && status.contains("#")
        }
        /// Whether `word` shows in italics somewhere on the screen.
        func italic(_ word: String, _ screen: StyledScreen) -> Bool {
            screen.rows.contains { row in
                let characters = row.map(\.character)
                let target = Array(word)
                guard characters.count >= target.count else { return false }
                return (0...(characters.count - target.count)).contains { start in
                    Array(characters[start..<start + target.count]) == target
                        && row[start..<start + target.count].allSatisfy(\.attributes.italic)
                }
            }
        }
        // Step through the occurrences until the compare view shows the summit's sentences.
        var screen = StyledScreen(try tmux.styledScreen())
        for _ in 0..<8 {
            try tmux.press("]")
            try tmux.press("c")
            screen = StyledScreen(try tmux.styledScreen())
            if screen.rows.contains(where: { String($0.map(\.character)).contains("linked by") }),
               try tmux.screen().joined().contains("Un sommet franco") { break }
            try tmux.press("Escape")
        }
        let shown = try tmux.screen().joined(separator: "\n")
        XCTAssertTrue(italic("summit", screen) && italic("sommet", screen), "summit and sommet paired in the compare view:\n" + shown)
        XCTAssertFalse(italic("Macron", screen), "a name is matched as the same word, not as a translation")
        try tmux.send("q")
    }
}

private extension String {
    func capitalized(first: Bool) -> String { prefix(1).uppercased() + dropFirst() }
}

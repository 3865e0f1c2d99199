import ReadoutsFixtures
import XCTest
import ReadoutsText
import ReadoutsTopics
@testable import ReadoutsReader

/// `J` and `K`: the next and previous change between drafts, as vimdiff's `]c` and `[c`.
final class ChangeSteppingTests: XCTestCase {
    /// Two drafts of a bill: Article 2 amended (ninety → sixty days), Article 4 deleted (the
    /// later articles renumbered), Article 5 moved before Article 3, a sentence re-wrapped.
    static let draftA = """
        Article 1. Scope

        This Act applies to every tenancy of a dwelling, written or oral.

        Article 2. Registration

        Every landlord shall register with the Authority within ninety days of the commencement of a tenancy.

        Article 3. Deposits

        A landlord shall not require a deposit exceeding two months' rent.

        Article 4. Energy performance

        No dwelling may be let unless it holds an energy performance certificate of class E or better.

        Article 5. Data protection

        The Authority shall process personal data only for the purposes of this Act.

        Article 6. Commencement

        This Act shall come
        into force on 1 September 2025.
        """
    static let draftB = """
        Article 1. Scope

        This Act applies to every tenancy of a dwelling, written or oral.

        Article 2. Registration

        Every landlord shall register with the Authority within sixty days of the commencement of a tenancy.

        Article 3. Data protection

        The Authority shall process personal data only for the purposes of this Act.

        Article 4. Deposits

        A landlord shall not require a deposit exceeding two months' rent.

        Article 5. Commencement

        This Act shall come into force on 1 September 2025.
        """

    func testChangesAreTheAmendedAndDeletedSentencesOnly() throws {
        let state = Fixtures.analysedState([Self.draftA, Self.draftB], prefix: "D", width: 160, height: 40)
        let index = try XCTUnwrap(state.topics)
        let sentences = try XCTUnwrap(state.sentences(of: 0))
        let texts = index.changes.sentences[0].map { state.documents[0].string(sentences[Int($0)].range) }
        XCTAssertEqual(texts, [
            "Every landlord shall register with the Authority within ninety days of the commencement of a tenancy.",
            "Article 4. Energy performance",
            "No dwelling may be let unless it holds an energy performance certificate of class E or better.",
        ], "renumbered headings, the moved article and the re-wrapped sentence are no change; the deleted article's heading is")
        XCTAssertEqual(index.changes.sentences[1].count, 1, "B's amended sentence")
        XCTAssertTrue(index.changes.lacks(0, position: 0, 1))
        XCTAssertFalse(index.changes.lacks(0, position: 0, 0), "a version never lacks its own sentence")
    }

    /// A sentence rewritten past "reworded" says how much was kept at `J`, as the brief and
    /// the page say it: `J` said "worded otherwise in D2: c compares the two" alone.
    func testJSaysHowMuchOfARewrittenSentenceWasKept() throws {
        let a = Self.draftA.replacingOccurrences(of: "The Authority shall process personal data only for the purposes of this Act.",
                                                 with: "The Authority shall charge no fee for access to the register under Article 1.")
        let b = Self.draftB.replacingOccurrences(of: "The Authority shall process personal data only for the purposes of this Act.",
            with: "Access to the register under Article 1 is free up to an administrative cost of 1,000 euros, and to other information up to 250 euros.")
        var state = Fixtures.analysedState([a, b], prefix: "D", width: 200, height: 40)
        var said: [String] = []
        for _ in 0..<6 {
            state.press(.character("J"))
            said.append(state.notice?.text ?? "")
        }
        XCTAssertTrue(said.contains { $0.contains("D2: rewritten: ") && $0.contains(" words kept") }, "\(said)")
    }

    /// Boilerplate a bill repeats: of three "The Authority shall publish a report." the
    /// second was amended; the second is the change, not the third (nor none, as when
    /// texts were compared as a set).
    func testOfARepeatedSentenceTheOneAmendedIsTheChange() throws {
        let article = { (n: Int, verb: String) in "Article \(n). Reports\n\nThe Board met in session \(n).\n\nThe Authority \(verb) publish a report." }
        let a = (1...3).map { article($0, "shall") }.joined(separator: "\n\n")
        let b = [article(1, "shall"), article(2, "may"), article(3, "shall")].joined(separator: "\n\n")
        let state = Fixtures.analysedState([a, b], prefix: "D", width: 160, height: 40)
        let index = try XCTUnwrap(state.topics)
        func texts(_ version: Int) -> [String] {
            index.changes.sentences[version].map { state.documents[version].string(state.sentences(of: version)![Int($0)].range) }
        }
        XCTAssertEqual(texts(0), ["The Authority shall publish a report."])
        XCTAssertEqual(texts(1), ["The Authority may publish a report."])
        let amended = try XCTUnwrap(state.sentences(of: 0)?.indices.filter { state.documents[0].string(state.sentences(of: 0)![$0].range).contains("shall") })
        XCTAssertEqual(index.changes.sentences[0].map(Int.init), [amended[1]], "the second of the three")
        XCTAssertEqual(SentenceChanges.unmatched([1, 5, 9], of: 12, [1, 9], of: 12), [5])
        XCTAssertEqual(SentenceChanges.unmatched([1, 5, 9], of: 12, [], of: 12), [1, 5, 9])
        XCTAssertEqual(SentenceChanges.unmatched([1, 5, 9], of: 12, [6], of: 12), [1, 9])
    }

    /// A signature that closes every paper of a collection, its first copy edited: one
    /// change, not one "moved" for every later copy. A journalist's Federalist Papers, the
    /// first "PUBLIUS." made "PUBLIUS": `J` counted 86 changes, 85 of them "moved" (each
    /// later signature paired with the next paper's), where `git diff` shows one line.
    func testAnEditedCopyOfARepeatedLineIsOneChangeAndMovesNothing() throws {
        let paper = { (n: Int, signature: String) in
            "No. \(n)\n\nTo the People of the State of New York:\n\nThe subject of paper \(n) is the union of the states, part \(n).\n\n\(signature)"
        }
        let a = (1...6).map { paper($0, "PUBLIUS.") }.joined(separator: "\n\n")
        let b = ([paper(1, "PUBLIUS")] + (2...6).map { paper($0, "PUBLIUS.") }).joined(separator: "\n\n")
        var state = Fixtures.analysedState([a, b], prefix: "D", width: 160, height: 40)
        state.press(.character("J"))
        XCTAssertEqual(state.notice?.text, "change 1/1 · D2: PUBLIUS. → PUBLIUS")
        let signature = try XCTUnwrap(state.sentences(of: 0)?.firstIndex { state.documents[0].string($0.range) == "PUBLIUS." })
        XCTAssertEqual(state.currentSentence()?.sentence, signature, "the first paper's signature is the one edited")
    }

    /// A change inside a sentence taller than the window is shown where it is, in both
    /// panes: a journalist's 200 KB line with one letter edited came up from its start, the
    /// change a thousand rows below.
    func testAChangeInASentenceTallerThanTheWindowIsShownWhereItIs() throws {
        let kept = "The committee met on Monday.\n\nIt heard three witnesses.\n\nIt will report in May.\n\n"
        let words = (0..<3_000).map { "w\($0)" }
        var edited = words
        edited[2_000] = "CHANGED"
        var state = Fixtures.analysedState([kept + words.joined(separator: " "), kept + edited.joined(separator: " ")],
                                           prefix: "D", width: 100, height: 20)
        /// The scalar offset of `word` (between spaces) in a version.
        func offset(of word: String, in version: Int) throws -> Int {
            let text = state.documents[version].text
            let range = try XCTUnwrap(text.range(of: " \(word) "))
            return text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound) + 1
        }
        let offsets = try [offset(of: "w2000", in: 0), offset(of: "CHANGED", in: 1)]
        XCTAssertNil(state.row(of: offsets[0], in: 0), "the changed word starts far below the first screen")
        state.press(.character("J"))
        XCTAssertTrue(state.notice?.text.hasPrefix("change 1/1") == true, state.notice?.text ?? "")
        XCTAssertNotNil(state.row(of: offsets[0], in: 0), "the first draft's pane shows where the sentence changed")
        XCTAssertNotNil(state.row(of: offsets[1], in: 1), "and so does the second's")
        let current = try XCTUnwrap(state.currentSentence()?.sentence)
        XCTAssertTrue(try XCTUnwrap(state.sentences(of: 0))[current].range.contains(offsets[0]), "J stopped at the changed sentence")
    }

    /// `g` then `J` is the first change, as vim's `gg` then `]c`: in a short draft the
    /// change last reached was still on screen after `g`, and `J` went on from it.
    func testGThenJIsTheFirstChange() throws {
        var state = Fixtures.analysedState([Self.draftA, Self.draftB], prefix: "D", width: 160, height: 40)
        state.press(.character("J"), .character("J"), .character("J"))
        XCTAssertTrue(state.notice?.text.hasPrefix("change 3/4") == true, state.notice?.text ?? "")
        state.press(.character("g"), .character("J"))
        XCTAssertEqual(state.notice?.text, "change 1/4 · D2: ninety → sixty")
    }

    /// A change the words cannot say ("12 €" / "12 EUR": the same figure, a sign for a word)
    /// points to `c`, which shows the two aligned: "Enter shows how" sent a journalist to
    /// Enter, which said the link's topic and nothing of the change.
    func testAChangeTheWordsCannotSayPointsToCompare() throws {
        let kept = "Le Groupe des Sept s'est réuni à Bruxelles les 4 et 5 juin 2014.\n\nNous restons attachés à la liberté et à la démocratie.\n\n"
        var state = Fixtures.analysedState([kept + "Coût : 12 € par habitant.", kept + "Coût : 12 EUR par habitant."],
                                           prefix: "D", width: 160, height: 40)
        state.press(.character("J"))
        XCTAssertEqual(state.notice?.text, "change 1/1 · worded otherwise in D2: c compares the two")
        state.press(.character("c"))
        XCTAssertNotNil(state.compareView, "c opens the comparison of the two")
    }

    /// The occurrences of a repeated text left without a partner are those whose places the
    /// other draft does not fill, by the least total distance between paired places, a tie
    /// pairing: asked of 600 drawn cases (ties among them, from places equally far), the
    /// answer is the one a whole table of costs gives — the table kept two rows and a bit a
    /// cell to spare the reader 25 MB at 2 × 10 MB.
    func testTheSentencesLeftUnpairedAreThoseTheWholeCostTableLeaves() {
        func byWholeTable(_ own: [Int], of ownCount: Int, _ theirs: [Int], of theirCount: Int) -> [Int] {
            guard !theirs.isEmpty else { return own }
            let (n, m) = (own.count, theirs.count)
            let band = n - m + 1
            func distance(_ i: Int, _ j: Int) -> Double {
                abs(Double(own[i - 1]) / Double(max(1, ownCount)) - Double(theirs[j - 1]) / Double(max(1, theirCount)))
            }
            var cost = [[Double]](repeating: [Double](repeating: .infinity, count: band), count: n + 1)
            cost[0][0] = 0
            for i in 1...n {
                for k in 0..<band where i - k >= 0 && i - k <= m {
                    var best = k > 0 ? cost[i - 1][k - 1] : .infinity
                    if i - k > 0 { best = min(best, cost[i - 1][k] + distance(i, i - k)) }
                    cost[i][k] = best
                }
            }
            var left: [Int] = []
            var (i, k) = (n, n - m)
            while i > 0 {
                if i - k > 0, cost[i][k] == cost[i - 1][k] + distance(i, i - k) {} else {
                    left.append(own[i - 1])
                    k -= 1
                }
                i -= 1
            }
            return left.reversed()
        }
        var seed: UInt64 = 0x5eed
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<600 {
            let count = 4 + next(40)
            let n = 1 + next(12)
            let m = next(n)
            // Drawn from few places so that equal distances (ties) come often.
            let own = (0..<n).map { _ in next(count) }.sorted()
            let theirs = (0..<m).map { _ in next(count) }.sorted()
            XCTAssertEqual(SentenceChanges.unmatched(own, of: count, theirs, of: count), byWholeTable(own, of: count, theirs, of: count),
                           "\(own) against \(theirs) of \(count)")
        }
    }

    /// Renumbered subsections and items are no change; a sentence opening with a word is
    /// compared whole.
    func testASubsectionsNumberIsLeftOutOfTheComparison() {
        XCTAssertEqual(SentenceChanges.key("(3) The Minister may make regulations.", isHeading: false), "The Minister may make regulations.")
        XCTAssertEqual(SentenceChanges.key("(2) The Minister may make regulations.", isHeading: false), "The Minister may make regulations.")
        XCTAssertEqual(SentenceChanges.key("(b) a dwelling;", isHeading: false), "a dwelling;")
        XCTAssertEqual(SentenceChanges.key("(iv) a dwelling;", isHeading: false), "a dwelling;")
        XCTAssertEqual(SentenceChanges.key("12. The Act applies.", isHeading: false), "The Act applies.")
        XCTAssertEqual(SentenceChanges.key("(the Authority) shall act.", isHeading: false), "(the Authority) shall act.")
        XCTAssertEqual(SentenceChanges.key("In 2025 the Act applies.", isHeading: false), "In 2025 the Act applies.")
        XCTAssertEqual(SentenceChanges.key("I. The Act applies.", isHeading: false), "I. The Act applies.")
    }

    func testJStepsThroughTheChangesAndSaysWhatEachIs() throws {
        var state = Fixtures.analysedState([Self.draftA, Self.draftB], prefix: "D", width: 160, height: 40)
        let index = try XCTUnwrap(state.topics)
        let sentences = try XCTUnwrap(state.sentences(of: 0))
        state.press(.character("J"))
        XCTAssertEqual(state.notice?.text, "change 1/4 · D2: ninety → sixty")
        let amended = try XCTUnwrap(sentences.firstIndex { state.documents[0].string($0.range).contains("ninety") })
        XCTAssertEqual(state.currentSentence()?.sentence, amended, "the change is the sentence y and Enter act on")
        // The Deposits article comes after Data protection in D2: a run moved whole, said once.
        state.press(.character("J"))
        let deposits = try XCTUnwrap(state.sentences(of: 1)?.firstIndex { state.documents[1].string($0.range).hasPrefix("Article 4. Deposits") })
        XCTAssertEqual(state.notice?.text, "change 2/4 · moved in D2 to sentence \(deposits + 1), the same words")
        XCTAssertNotNil(state.row(of: try XCTUnwrap(state.sentences(of: 1))[deposits].range.lowerBound, in: 1), "the run's place in D2 alongside")
        state.press(.character("J"))
        XCTAssertEqual(state.notice?.text, "change 3/4 · not in D2", "the deleted article's heading")
        state.press(.character("J"))
        XCTAssertEqual(state.notice?.text, "change 4/4 · not in D2")
        let deleted = try XCTUnwrap(sentences.firstIndex { state.documents[0].string($0.range).contains("energy performance certificate") })
        XCTAssertEqual(state.currentSentence()?.sentence, deleted)
        XCTAssertNotNil(state.row(of: sentences[deleted].range.lowerBound, in: 0))
        state.press(.character("J"))
        XCTAssertEqual(state.notice?.text, "change 1/4 · D2: ninety → sixty; wrapped to the first")
        state.press(.character("K"))
        XCTAssertEqual(state.notice?.text, "change 4/4 · not in D2; wrapped to the last")
        state.type("3K")
        XCTAssertEqual(state.currentSentence()?.sentence, amended)
        XCTAssertFalse(index.changes.sentences[0].isEmpty)
    }

    /// A translation between the two drafts changes nothing: `J` compares the focused draft
    /// with every other version that is a draft of it (a translator's exports of
    /// `fr.txt en.txt fr2.txt` had no list of changes; `J` had them all).
    func testJFindsTheChangesOfADraftWithATranslationBetweenThem() throws {
        let translation = """
            Article 1. Champ d’application

            La présente loi s’applique à toute location d’un logement, écrite ou orale.

            Article 2. Enregistrement

            Tout bailleur s’enregistre auprès de l’Autorité dans les quatre-vingt-dix jours suivant le début de la location.
            """
        var state = Fixtures.analysedState([Self.draftA, translation, Self.draftB], prefix: "D", width: 160, height: 40)
        state.press(.character("J"))
        XCTAssertEqual(state.notice?.text, "change 1/4 · D3: ninety → sixty")
        state.type("3J")
        XCTAssertEqual(state.notice?.text, "change 4/4 · not in D3")
    }

    /// An account of the same bill, no draft of it, beside the two drafts.
    static let account = """
        Landlords will have to register with the Authority within a set number of days of the commencement of a tenancy, the Minister said.

        Deposits stay capped at two months' rent.
        """

    /// Three versions at 80 columns show two panes. Opened as `account draftA draftB`, `J` in
    /// draft A brings draft B's pane beside it, as `)` would (it left the account alongside,
    /// with no hint); opened as `draftA account draftB`, where the drafts cannot be side by
    /// side, it says draft B is off screen and how to show it, and `c` compares the two
    /// drafts, not the draft with the account shown beside it.
    func testJAndCReachTheOtherDraftOfThreeVersionsAt80Columns() throws {
        var state = Fixtures.analysedState([Self.account, Self.draftA, Self.draftB], prefix: "D", width: 80, height: 24)
        XCTAssertEqual(state.layout.panes.map(\.version), [0, 1])
        state.press(.tab)
        state.press(.character("J"))
        XCTAssertEqual(state.notice?.text, "change 1/4 · D3: ninety → sixty")
        XCTAssertEqual(state.layout.panes.map(\.version), [1, 2], "draft B brought beside draft A")
        XCTAssertEqual(state.focus, 1)
        let amendedB = try XCTUnwrap(state.sentences(of: 2)?.first { state.documents[2].string($0.range).contains("sixty days") })
        XCTAssertNotNil(state.row(of: amendedB.range.lowerBound, in: 2), "its counterpart in view")

        state = Fixtures.analysedState([Self.draftA, Self.account, Self.draftB], prefix: "D", width: 80, height: 24)
        state.press(.character("J"))
        XCTAssertEqual(state.notice?.text, "change 1/4 · D3: ninety → sixty · D3 is off screen: > shows it")
        XCTAssertEqual(state.layout.panes.map(\.version), [0, 1], "the focused draft stays in view")
        state.press(.character("c"))
        let view = try XCTUnwrap(state.compareView, state.notice?.text ?? "")
        XCTAssertEqual(view.sides.map(\.name), ["D1", "D3"], "c compares the two drafts")
        XCTAssertTrue(view.reason.contains("ninety → sixty"), view.reason)
    }

    /// `J` in the first draft's pane stops where the second adds a sentence, and shows it in
    /// the second's pane (a counsel's `J` came round after 14 changes: the inserted section
    /// was the other pane's alone).
    func testJStopsWhereAnotherDraftAddsASentence() throws {
        let added = Self.draftB + "\n\nArticle 6. Holiday lets\n\nNo dwelling may be let for holiday use for more than ninety nights a year without a permit.\n"
        var state = Fixtures.analysedState([Self.draftA, added], prefix: "D", width: 160, height: 40)
        let index = try XCTUnwrap(state.topics)
        let sentences = try XCTUnwrap(state.sentences(of: 1))
        let holiday = try XCTUnwrap(sentences.firstIndex { state.documents[1].string($0.range).hasPrefix("No dwelling may be let for holiday") })
        state.type("5J")
        XCTAssertEqual(state.notice?.text, "change 5/6 · added in D2 (sentence \(holiday)), after this one")
        XCTAssertNotNil(state.row(of: sentences[holiday - 1].range.lowerBound, in: 1), "the added heading in D2's pane")
        state.press(.character("J"))
        XCTAssertEqual(state.notice?.text, "change 6/6 · added in D2 (sentence \(holiday + 1)), after this one")
        XCTAssertNotNil(state.row(of: sentences[holiday].range.lowerBound, in: 1))
        XCTAssertEqual(index.changeStops.stops[0].filter { !$0.isOwn }.count, 2)
        state.press(.character("K"))
        XCTAssertEqual(state.notice?.text, "change 5/6 · added in D2 (sentence \(holiday)), after this one")
    }

    /// A sentence the later draft adds before all the earlier one's stops before them all
    /// (anchor -1), one it adds after the first sentence stops after that one (anchor 0); the
    /// later draft's own stops are those sentences (a stop keeps its anchor and whether the
    /// sentence is its version's own in one field).
    func testAStopOfASentenceAddedBeforeAllOrAfterTheFirstKeepsItsPlace() throws {
        let preamble = "The Assembly, having consulted tenants and landlords alike, enacts as follows.\n\n"
        let later = preamble + Self.draftA.replacingOccurrences(
            of: "Article 1. Scope\n", with: "Article 1. Scope\n\nA short title: the Tenancies Act.\n")
        let state = Fixtures.analysedState([Self.draftA, later], prefix: "D", width: 160, height: 40)
        let index = try XCTUnwrap(state.topics)
        let added = index.changeStops.stops[0].filter { !$0.isOwn }
        XCTAssertEqual(added.map(\.anchor), [-1, 0], "the preamble before every sentence, the short title after the first")
        XCTAssertEqual(added.map { $0.parts.map(\.kind) }, [[.onlyInOther], [.onlyInOther]])
        XCTAssertEqual(added.map { $0.parts.map(\.sentence) }, [[0], [2]], "the preamble and the short title in D2")
        let own = index.changeStops.stops[1].filter(\.isOwn)
        XCTAssertEqual(own.map(\.anchor), [0, 2], "D2's own added sentences")
        XCTAssertEqual(own.map { $0.parts.map(\.sentence) }, [[nil], [nil]], "D1 has neither")
    }

    /// `c` on a sentence a draft rewords says so, not where its score stands among links
    /// that are all strong: a student's rewording read "among the weakest quarter of links".
    func testCompareOnASentenceADraftRewordsSaysSo() throws {
        let reworded = Self.draftA.replacingOccurrences(
            of: "A landlord shall not require a deposit exceeding two months' rent.",
            with: "No landlord may ask a tenant for a deposit of more than two months' rent, whatever the tenancy.")
        var state = Fixtures.analysedState([Self.draftA, reworded], prefix: "D", width: 160, height: 40)
        state.press(.character("J"), .character("c"))
        let screen = render(state).lines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("deposit"), screen)
        XCTAssertTrue(screen.contains("(worded otherwise in this draft)"), screen)
        XCTAssertFalse(screen.contains("quarter") || screen.contains("middling"), screen)
    }

    /// `c` on two drafts of a sentence says what changed, not where the score stands among
    /// links that are all strong ("score 1.45 (a middling link)" puzzled a counsel).
    func testCompareOnTwoDraftsOfASentenceSaysWhatChanged() throws {
        var state = Fixtures.analysedState([Self.draftA, Self.draftB], prefix: "D", width: 160, height: 40)
        state.press(.character("J"), .character("c"))
        let screen = render(state).lines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("(nearly the same words: ninety → sixty)"), screen)
        XCTAssertFalse(screen.contains("middling") || screen.contains("quarter"), screen)
    }

    /// `J` on a renamed heading says the words it gained, punctuation aside: a translator's
    /// "l’Économie," was said lost and gained ("− l’Économie · + presse de l’Économie, …").
    func testJOnARenamedHeadingSaysTheWordsGained() throws {
        let first = "Communiqué du ministère de l’Économie et des Finances\n\nLe ministre a présenté un plan de soutien à l’industrie nucléaire civile.\n\nLes premières mesures entreront en vigueur le 1er avril 2024."
        let second = first.replacingOccurrences(of: "Communiqué du ministère de l’Économie et des Finances",
                                                with: "Communiqué de presse du ministère de l’Économie, des Finances et de la Souveraineté industrielle")
        var state = Fixtures.analysedState([first, second], prefix: "D", width: 160, height: 40)
        state.press(.character("J"))
        XCTAssertEqual(state.notice?.text, "change 1/1 · D2: + de presse, de la Souveraineté industrielle")
    }

    /// A new user's redraft of a joint statement: five of its seven sentences lightly edited,
    /// one moved. By sentences word for word alone it was no draft ("has no draft here"),
    /// though Enter said "fourteen → thirty"; `J` now steps through every edit.
    static let statement = JointStatementDrafts.first + "\n\n" + JointStatementDrafts.closing
    static let redraft = JointStatementDrafts.redraft + "\n\n" + JointStatementDrafts.negatedClosing

    func testJStepsThroughALightlyEditedRedraft() throws {
        var state = Fixtures.analysedState([Self.statement, Self.redraft], prefix: "D", width: 160, height: 40)
        var messages: [String] = []
        for _ in 0..<6 {
            state.press(.character("J"))
            messages.append(state.notice?.text ?? "")
        }
        XCTAssertEqual(messages, ["change 1/6 · D2: − deeply", "change 2/6 · D2: 1,500 → 1 500, − without charge",
                                  "change 3/6 · D2: − immediate and unimpeded, − all, fourteen → thirty",
                                  "change 4/6 · moved in D2 to sentence 3, the same words", "change 5/6 · D2: 30 → 20",
                                  "change 6/6 · D2: + do not"])
    }

    /// From the later draft's pane, `J` reads what changed since the earlier one, forward in
    /// time, as the exports' lists of changes do ("since D1: ninety → sixty"; it read
    /// "D1: sixty → ninety").
    func testJFromTheLaterDraftReadsForwardInTime() throws {
        var state = Fixtures.analysedState([Self.draftA, Self.draftB], prefix: "D", width: 160, height: 40)
        state.press(.tab)
        var messages: [String] = []
        for _ in 0..<4 {
            state.press(.character("J"))
            messages.append(state.notice?.text ?? "")
        }
        let a = try XCTUnwrap(state.sentences(of: 0))
        let dataProtection = try XCTUnwrap(a.firstIndex { state.documents[0].string($0.range).hasPrefix("Article 5. Data protection") })
        let energy = try XCTUnwrap(a.firstIndex { state.documents[0].string($0.range).hasPrefix("Article 4. Energy performance") })
        XCTAssertEqual(messages, ["change 1/4 · since D1: ninety → sixty",
                                  "change 2/4 · moved since D1, from its sentence \(dataProtection + 1), the same words",
                                  "change 3/4 · deleted since D1 (its sentence \(energy + 1)), after this one",
                                  "change 4/4 · deleted since D1 (its sentence \(energy + 2)), after this one"])
    }

    func testEnterAfterJSaysWhatChanged() throws {
        var state = Fixtures.analysedState([Self.draftA, Self.draftB], prefix: "D", width: 160, height: 40)
        state.press(.character("J"), .enter)
        let message = try XCTUnwrap(state.notice?.text)
        XCTAssertTrue(message.contains("ninety → sixty"), message)
    }

    func testACountStepsThatManyChanges() throws {
        var state = Fixtures.analysedState([Self.draftA, Self.draftB], prefix: "D", width: 160, height: 40)
        state.type("4J")
        XCTAssertEqual(state.notice?.text, "change 4/4 · not in D2")
    }

    func testIdenticalVersionsHaveNoChange() throws {
        var state = Fixtures.analysedState([Self.draftA, Self.draftA], prefix: "D", width: 160, height: 40)
        state.press(.character("J"))
        XCTAssertEqual(state.notice?.text, "no change: every sentence of D1 is in D2 word for word, and D2 adds none")
    }

    /// Two accounts of one call are no drafts of each other: `J` says so, and what finds what
    /// one leaves out, rather than stop at every sentence.
    func testAccountsOfOneCallHaveNoChangesToStepThrough() {
        var state = Fixtures.bundledState(width: 160, height: 40)
        state.press(.character("J"))
        XCTAssertEqual(state.notice?.text, "Kremlin has no draft or translation here (no other version has half its sentences word for word, nor is its translation): J and K step through what a draft or a translation changed; o finds what one version leaves out")
    }

    static let french = """
        Le premier ministre Justin Trudeau s’est entretenu aujourd’hui avec Boris Johnson.

        Les deux dirigeants ont discuté de l’aide de 120 millions de dollars à l’Ukraine.

        Ils ont salué le travail des organisations humanitaires sur le terrain.

        Le gouvernement ne prévoit pas de hausse des tarifs de l’électricité.

        Ils ont convenu de rester en contact étroit.
        """
    static let english = """
        Prime Minister Justin Trudeau spoke today with Theresa May.

        The two leaders discussed the $150 million in aid to Ukraine.

        The government plans to raise electricity tariffs.

        They also discussed the upcoming G7 summit in Italy.

        They agreed to remain in close contact.
        """

    /// The translation with its sentences linked as the semantic linker aligns them: each to
    /// its counterpart at 0.8, the French third sentence to nothing, the English fourth to
    /// nothing; `aligned` false: two accounts of one call, the same links.
    func translationState(aligned: Bool) -> ReaderState {
        let documents = [Fixtures.document(Self.french, label: "FR"), Fixtures.document(Self.english, label: "EN")]
        var analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        analysis.links = [(0, 0), (1, 1), (3, 2), (4, 4)].map { pair in
            Analysis.Link(from: .init(version: 0, sentence: pair.0), to: .init(version: 1, sentence: pair.1), score: 1, topics: [],
                          evidence: [], similarity: 0.8)
        }
        analysis.alignedVersions = aligned ? [Analysis.AlignedVersions(0, 1)] : []
        var state = ReaderState(documents: documents, width: 200, height: 40, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        return state
    }

    /// A translation, its original and a draft of the original that leaves a sentence out:
    /// in the draft's pane the sentence is one stop, not two ("only in EN" and "deleted since
    /// FR", counted twice in a translator's trial).
    func testASentenceTwoVersionsAddAtOnePlaceIsOneStop() throws {
        let french = "Les dirigeants se sont entretenus aujourd’hui.\n\nIls ont salué les organisations humanitaires.\n\n"
            + "Ils ont discuté du commerce entre les deux pays.\n\nIls ont convenu de rester en contact étroit.\n"
        let english = "The leaders spoke today.\n\nThey praised the humanitarian organisations.\n\n"
            + "They discussed trade between the two countries.\n\nThey agreed to remain in close contact.\n"
        let draft = french.replacingOccurrences(of: "Ils ont salué les organisations humanitaires.\n\n", with: "")
        let documents = [Fixtures.document(french, label: "FR"), Fixtures.document(english, label: "EN"), Fixtures.document(draft, label: "FR2")]
        var analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        func link(_ a: (Int, Int), _ b: (Int, Int)) -> Analysis.Link {
            Analysis.Link(from: .init(version: a.0, sentence: a.1), to: .init(version: b.0, sentence: b.1), score: 1, topics: [], evidence: [], similarity: 0.8)
        }
        analysis.links = (0..<4).map { link((0, $0), (1, $0)) } + [(0, 0), (2, 1), (3, 2)].map { link((1, $0.0), (2, $0.1)) }
            + [(0, 0), (2, 1), (3, 2)].map { link((0, $0.0), (2, $0.1)) }
        analysis.alignedVersions = [Analysis.AlignedVersions(0, 1), Analysis.AlignedVersions(1, 2)]
        var state = ReaderState(documents: documents, width: 240, height: 40, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        state.press(.tab, .tab)
        XCTAssertEqual(state.focus, 2)
        state.press(.character("J"))
        XCTAssertEqual(state.notice?.text,
                       "change 1/1 · deleted since FR (its sentence 2), after this one · only in EN (sentence 2), after this one")
    }

    /// `J` in a translation steps through what it changed, in reading order: a name, a
    /// figure, a sentence left out, a negation, a sentence added; `K` back. A translator's
    /// `J` said "no draft here" and her planted changes were found only sentence by sentence.
    func testJStepsThroughWhatATranslationChanged() throws {
        var state = translationState(aligned: true)
        var said: [String] = []
        for _ in 0..<6 {
            state.press(.character("J"))
            said.append(try XCTUnwrap(state.notice?.text))
        }
        XCTAssertEqual(said, [
            "change 1/5 · EN: names Boris Johnson → Theresa May",
            "change 2/5 · EN: figures 120 millions → 150 million",
            "change 3/5 · no counterpart in EN",
            "change 4/5 · EN: negation: «ne … pas» in FR only",
            "change 5/5 · only in EN (sentence 4), after this one",
            "change 1/5 · EN: names Boris Johnson → Theresa May; wrapped to the first",
        ])
        state.press(.character("K"))
        XCTAssertEqual(state.notice?.text, "change 5/5 · only in EN (sentence 4), after this one; wrapped to the last")
        // From the English pane: the French sentence it lacks is "only in FR".
        var english = translationState(aligned: true)
        english.press(.tab)
        english.type("3J")
        XCTAssertEqual(english.notice?.text, "change 3/5 · only in FR (sentence 3), after this one")
        // The same links between two accounts of one call: nothing to step through.
        var accounts = translationState(aligned: false)
        accounts.press(.character("J"))
        XCTAssertTrue(accounts.notice?.text.hasPrefix("FR has no draft or translation here") == true, accounts.notice?.text ?? "")
    }

    /// Two translations of one text in one language, aligned as one text, are stepped through
    /// as a translation is: what one left out, added, or says with other figures or a
    /// negation the other lacks (a translator's two English Declarations of 1789: `J` said "no
    /// draft or translation here" while `Enter` compared their counterparts).
    func testJStepsThroughTwoTranslationsInOneLanguage() throws {
        let first = """
            Men are born and remain free and equal in rights.

            The aim of every political association is the preservation of the natural rights of man.

            No one shall be disquieted on account of his opinions.

            Society has the right to require of every public agent an account of his administration.

            The troops number 120 men in every town.
            """
        let second = """
            From birth, all persons stay at liberty and enjoy equal rights.

            Each political union exists to protect the inborn rights of humankind.

            A public servant must explain his conduct in office whenever society demands it.

            Each town's garrison counts 150 soldiers.
            """
        let documents = [Fixtures.document(first, label: "Avalon"), Fixtures.document(second, label: "Literal")]
        var analysis = TopicEngine(lexicons: []).analyse(documents)
        analysis.links = [(0, 0), (1, 1), (3, 2), (4, 3)].map { pair in
            Analysis.Link(from: .init(version: 0, sentence: pair.0), to: .init(version: 1, sentence: pair.1), score: 1, topics: [],
                          evidence: [], similarity: 0.8)
        }
        analysis.alignedVersions = [Analysis.AlignedVersions(0, 1)]
        var state = ReaderState(documents: documents, width: 200, height: 40, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        var said: [String] = []
        for _ in 0..<2 {
            state.press(.character("J"))
            said.append(try XCTUnwrap(state.notice?.text))
        }
        XCTAssertEqual(said, ["change 1/2 · no counterpart in Literal", "change 2/2 · Literal: figures 120 → 150"])
    }

    func testTheHelpListsTheChangeKeys() {
        let rows = ReaderKeymap.main.groups.flatMap(\.bindings).filter { $0.action == .nextChange || $0.action == .previousChange }
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows.first?.summary, "next / previous change")
    }
}

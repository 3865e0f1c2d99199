import ReadoutsQuality
import ReadoutsTopics
import XCTest

/// Link quality of the four linkers (lexical and semantic, each without and with the lexicon)
/// on the annotated dev and test pairs; the semantic ones need the installed encoder
/// (`InstalledEncoder`: skipped with a notice without it, required in CI). The floors sit just
/// under the figures measured when the sets were made (the README reports the test ones), so
/// that a regression fails; raise them when the engine gets better. The dev floors were the 52
/// pairs' of 2026-12-04's sixth session (now the 74's, below): the ten pairs added that session, fresh, brought the
/// semantic linkers' precision down from 0.91 (what tuning on the 42 had reached) to 0.89–0.90.
/// Since a report's dateline is no opening line (`SentenceSplitter.isDateline`), TASS's
/// "МОСКВА, 17 августа. /ТАСС/." on tokayev-putin-2025-08-17 leaves the sentence after it
/// the opening, its names masked and its closest sentence the other's opening: the
/// semantic linkers find one topic fewer on dev (Putin's account of the Alaska summit; found
/// again since the opening's names after its speakers are read, `Participants.speakers`).
///
/// The dev floors are the 74 pairs' since seventeen fresh pairs joined `dev/` (2026-12-06,
/// fifteenth session: annotated blind like the nine of `test/`, measured once as they came,
/// where semantic + lexicon found 0.63 of their shared topics at 0.81 precision), set anew
/// just under their figures after the opening's speakers rule (`Participants.speakers`).
/// The test floors are the 21 pairs' since nine fresh pairs joined `test/` (2026-12-06,
/// fourteenth session: annotated blind from the sentence split by three helpers, measured once
/// as they came): every linker's figures fell with them (their annotators read "the same
/// subject" strictly), and the floors were set anew just under the 21 pairs' figures.
final class DevTestQualityTests: XCTestCase {
    struct Floors {
        var precision: Double
        var topicRecall: Double
        var crossLanguageTopicRecall: Double
        var oneSidedUnlinked: Double
        var sentencePairRecall: Double
        /// The engine's own one-sided topics: the share naming a subject only that side
        /// covers, and the share of annotated one-sided subjects they flag.
        var flaggedPrecision: Double
        var flaggedRecall: Double
    }

    private func check(_ linker: any QualityLinker, _ split: AnnotationSet.Split, _ floors: Floors) throws {
        let set = try AnnotationSet.load(split, root: AnnotationSet.defaultRoot)
        let summary = try QualityEvaluation.evaluate(set, with: linker)
        QualityReport.pairLines(summary).forEach { print($0) }
        let measured: [(String, Ratio, Double)] = [
            ("link precision", summary.linkPrecision, floors.precision),
            ("topic recall", summary.topicRecall, floors.topicRecall),
            ("cross-language topic recall", summary.crossLanguageTopicRecall, floors.crossLanguageTopicRecall),
            ("one-sided topics unlinked", summary.oneSidedDetection, floors.oneSidedUnlinked),
            ("sentence-pair recall", summary.sentencePairRecall, floors.sentencePairRecall),
            ("engine one-sided precision", summary.engineOneSidedPrecision, floors.flaggedPrecision),
            ("engine one-sided recall", summary.engineOneSidedRecall, floors.flaggedRecall),
        ]
        for (name, ratio, floor) in measured {
            XCTAssertGreaterThanOrEqual(ratio.value, floor, "\(linker.name) on \(split): \(name) \(ratio) fell below \(floor)")
        }
    }

    func testLexicalOnDev() throws {
        try check(LexicalLinker(lexicons: []), .dev, Floors(
            precision: 0.93, topicRecall: 0.47, crossLanguageTopicRecall: 0.28, oneSidedUnlinked: 0.90, sentencePairRecall: 0.24,
            // One-sided passages by their words (2026-12-05): 0.49 / 0.21 → 0.47 / 0.50. The 57
            // pairs (2026-12-06): 0.94 (117/124) / 0.50 (105/209), cross-language 0.33 (26/80),
            // unlinked 0.90 (150/167), pairs 117/433, one-sided 0.49 / 0.49 (103/212). The 74:
            // 0.94 (141/150) / 0.48 (130/272), cross-language 0.29 (31/107), unlinked 0.91
            // (198/218), pairs 141/574, one-sided 0.50 / 0.51.
            flaggedPrecision: 0.49, flaggedRecall: 0.50))
    }

    func testLexicalOnTest() throws {
        try check(LexicalLinker(lexicons: []), .test, Floors(
            precision: 0.91, topicRecall: 0.55, crossLanguageTopicRecall: 0.35, oneSidedUnlinked: 0.92, sentencePairRecall: 0.29,
            // One-sided passages by their words (decided on dev, then measured here): 0.45 / 0.14 → 0.42 / 0.53,
            // on the twelve pairs of then. The 21: 0.92 (46/50) / 0.56 (46/82), cross-language 0.35
            // (11/31), unlinked 0.93 (56/60), pairs 46/158, one-sided 0.56 / 0.59.
            flaggedPrecision: 0.55, flaggedRecall: 0.58))
    }

    func testLexicalWithLexiconOnDev() throws {
        try check(LexicalLinker(lexicons: [.international]), .dev, Floors(
            precision: 0.92, topicRecall: 0.63, crossLanguageTopicRecall: 0.53, oneSidedUnlinked: 0.88, sentencePairRecall: 0.35,
            // One-sided passages by their words (2026-12-05): 0.54 / 0.48 → 0.57 / 0.63. The 57
            // pairs: 0.94 (169/179) / 0.67 (140/209), cross-language 0.57 (46/80), unlinked 0.88
            // (147/167), pairs 169/433, one-sided 0.58 / 0.62. The 74: 0.92 (205/222) / 0.64
            // (174/272), cross-language 0.53 (57/107), unlinked 0.89 (193/218), pairs 205/574,
            // one-sided 0.55 / 0.61 (204/221 and 173 topics before the Kerch Strait's aliases).
            flaggedPrecision: 0.54, flaggedRecall: 0.60))
    }

    func testLexicalWithLexiconOnTest() throws {
        try check(LexicalLinker(lexicons: [.international]), .test, Floors(
            precision: 0.87, topicRecall: 0.67, crossLanguageTopicRecall: 0.51, oneSidedUnlinked: 0.86, sentencePairRecall: 0.36,
            // One-sided passages by their words (decided on dev, then measured here): 0.52 / 0.42 → 0.49 / 0.67,
            // on the twelve pairs of then. The 21: 0.88 (58/66) / 0.67 (55/82), cross-language 0.52
            // (16/31), unlinked 0.87 (52/60), pairs 58/158, one-sided 0.58 / 0.66; 0.59 / 0.71 with
            // the military-aid topic (sixteenth session, measured once after).
            flaggedPrecision: 0.58, flaggedRecall: 0.70))
    }

    /// Since links by meaning between sentences from opposite ends of their versions need 0.5
    /// (`SemanticParameters.farDistance`, 2026-12-06): 0.89 (178/199) / 0.73 → 0.93 (169/182) /
    /// 0.69 on dev; measured once on test, 0.81 (42/52) / 0.73 → 0.82 (41/50) / 0.71.
    func testSemanticOnDev() throws {
        try check(SemanticQualityLinker(lexicons: [], semantic: InstalledEncoder.semantic()), .dev, Floors(
            // The 57 pairs (five fresh ones joined dev the same day): 0.92 (179/194) / 0.67
            // (141/209), cross-language 0.62 (50/80), unlinked 0.86 (143/167), pairs 179/433,
            // one-sided 0.57 / 0.67. The 74 (2026-12-06, fifteenth session): 0.92 (219/238) / 0.64
            // (173/272), cross-language 0.55 (59/107), unlinked 0.87 (190/218), pairs 219/574,
            // one-sided 0.57 / 0.70. Since only far links sharing a place alone need 0.5
            // (`SemanticParameters.farOnlyOnPlaces`, sixteenth session): without the lexicon no
            // link shares one, 0.89 (233/262) / 0.68 (184/272), cross-language 0.60 (64/107),
            // unlinked 0.85 (186/218), pairs 233/574, one-sided 0.58 / 0.70. Since a link must
            // stand out from its sentences' other neighbours (`LinkStandOut`, twenty-eighth
            // session): 0.91 (214/236) / 0.64 (175/272), cross-language 0.57 (61/107), unlinked
            // 0.87 (189/218), pairs 214/574, one-sided 0.57 / 0.72.
            precision: 0.90, topicRecall: 0.63, crossLanguageTopicRecall: 0.56, oneSidedUnlinked: 0.86, sentencePairRecall: 0.37,
            flaggedPrecision: 0.56, flaggedRecall: 0.71))
    }

    func testSemanticOnTest() throws {
        try check(SemanticQualityLinker(lexicons: [], semantic: InstalledEncoder.semantic()), .test, Floors(
            // The 21 pairs (nine joined on 2026-12-06): 0.82 (64/78) / 0.68 (56/82), cross-language
            // 0.52 (16/31), unlinked 0.85 (51/60), pairs 64/158, one-sided 0.60 / 0.75. Since only
            // far links sharing a place alone need 0.5 (decided on dev and twenty judge-like
            // pairs, measured here once after): 0.81 (68/84) / 0.71 (58/82), cross-language 0.55
            // (17/31), unlinked 0.80 (48/60), pairs 68/158, one-sided 0.60 / 0.74 (50/68). Since a
            // link the strongest of neither sentence needs 0.35 (twenty-fourth session, measured
            // here once after): 0.82 (67/82) / 0.70 (57/82, 0.695), pairs 67/158. Since a link
            // must stand out (`LinkStandOut`, fitted on dev, measured here once after): 0.83
            // (65/78) / 0.68 (56/82), cross-language 0.55 (17/31), unlinked 0.80 (48/60), pairs
            // 65/158 (0.411), one-sided 0.60 / 0.74.
            precision: 0.82, topicRecall: 0.67, crossLanguageTopicRecall: 0.54, oneSidedUnlinked: 0.79, sentencePairRecall: 0.41,
            flaggedPrecision: 0.59, flaggedRecall: 0.73))
    }

    /// The engine's one-sided flags: since a linked partner sharing a topic is lent no other
    /// (`MeaningCounterparts`), lexicon topics one account names and the other does not
    /// ("climate", "Iran", "Minsk agreements" in a sentence of several subjects) are flagged
    /// "only in" it: recall 0.77 → 0.81, precision 0.67 → 0.63 on `dev/`. The measure counts a
    /// flag in a sentence of a shared annotated topic as wrong (the annotation's "Ukraine"
    /// holds the Kremlin's "Minsk agreements"): of the 38 lexicon topics that became one-sided
    /// on the dev and judge-like pairs, read one by one, 28 are named by one account only, 2
    /// by both in other words, 8 debatable.
    /// (Sentence-pair recall 0.59 → 0.58 on 2026-12-05's fifth session: a quotation and its
    /// attribution became one sentence, one annotated dev pair merged, 229/387 → 227/386 =
    /// 0.588; disclosed in the README.)
    func testSemanticWithLexiconOnDev() throws {
        try check(SemanticQualityLinker(lexicons: [.international], semantic: InstalledEncoder.semantic()), .dev, Floors(
            // Far links (`testSemanticOnDev`): 0.90 (226/252) / 0.89 / 0.86 → 0.93 (217/234) / 0.87 / 0.83.
            // The 57 pairs: 0.92 (229/248) / 0.84 (175/209), cross-language 0.78 (62/80), unlinked
            // 0.82 (137/167), pairs 229/433, one-sided 0.62 (176/284) / 0.78. The 74: 0.91
            // (284/313) / 0.80 (217/272), cross-language 0.74 (79/107), unlinked 0.83 (182/218),
            // pairs 284/574, one-sided 0.61 / 0.78 (283/312, 216 topics and one-sided 0.60
            // (234/387) before the Kerch Strait's aliases). Sixteenth session: 0.91 (285/314) /
            // 0.80 (218/272) with a recurring place of the opening line embedded, 0.91 (286/315)
            // with the military-aid topic; since only far links sharing a place alone need 0.5
            // (`SemanticParameters.farOnlyOnPlaces`) 0.89 (297/335) / 0.83 (225/272),
            // cross-language 0.78 (83/107), unlinked 0.81 (177/218), pairs 297/574, one-sided
            // 0.60 / 0.77 (209/272). Twenty-first session: a sentence of several topics the other
            // version lacks lends none (`SemanticParameters.counterpartLendsAtMost`), one-sided
            // 0.60 (231/384) / 0.77 (209/272) → 0.60 (234/390) / 0.77 (210/272); test/ unchanged.
            // Twenty-fourth session: a link the strongest of neither sentence needs 0.35
            // (`SemanticParameters.secondaryLinkFloor`): 0.88 (298/337) / 0.83 (226/272), pairs
            // 298/574 → 0.89 (290/327) / 0.83 (226/272), pairs 290/574 (0.505). Twenty-eighth
            // session: a link must stand out from its sentences' other neighbours
            // (`LinkStandOut`, fitted here): 0.91 (276/303) / 0.81 (221/272), cross-language 0.78
            // (83/107), unlinked 0.83 (180/218), pairs 276/574 (0.481), one-sided 0.59 / 0.77.
            precision: 0.90, topicRecall: 0.80, crossLanguageTopicRecall: 0.77, oneSidedUnlinked: 0.82, sentencePairRecall: 0.47,
            flaggedPrecision: 0.59, flaggedRecall: 0.76))
    }

    func testSemanticWithLexiconOnTest() throws {
        try check(SemanticQualityLinker(lexicons: [.international], semantic: InstalledEncoder.semantic()), .test, Floors(
            // Far links (decided on dev, measured here once after): 0.83 (52/63) / 0.85 (47/55) →
            // 0.86 (50/58) / 0.84 (46/55), one-sided unlinked 0.65 → 0.74 on the twelve pairs of
            // then; 0.82 (80/98) / 0.80 (66/82) on the 21 since nine fresh pairs joined `test/`, and
            // 0.82 (81/99) / 0.82 (67/82), cross-language 0.74 (23/31), unlinked 0.73 (44/60),
            // pairs 81/158 once each rule asked before taking a far pair; since only far links
            // sharing a place alone need 0.5 (sixteenth session: decided on dev and twenty
            // judge-like pairs, measured here once after, with the session's lexicon and
            // masking changes) 0.80 (85/106) / 0.84 (69/82), cross-language 0.77 (24/31),
            // unlinked 0.68 (41/60), pairs 85/158. Since a link the strongest of neither sentence
            // needs 0.35 (twenty-fourth session: decided on dev and 42 judge-like pairs, measured
            // here once after) 0.82 (83/101) / 0.83 (68/82), cross-language 0.77 (24/31),
            // unlinked 0.70 (42/60), pairs 83/158 (0.525). Since a link must stand out
            // (`LinkStandOut`, twenty-eighth session: fitted on dev, checked on 42 judge-like
            // pairs, measured here once after) 0.85 (82/97) / 0.82 (67/82, 0.817),
            // cross-language 0.77 (24/31), unlinked 0.72 (43/60), pairs 82/158 (0.519),
            // one-sided 0.64 / 0.71.
            precision: 0.84, topicRecall: 0.81, crossLanguageTopicRecall: 0.77, oneSidedUnlinked: 0.71, sentencePairRecall: 0.51,
            // 0.78 before a linked partner sharing a topic was lent no other (measured once after);
            // 0.71 / 0.67 → 0.68 / 0.69 when a lone "defence" became an ambiguous alias of
            // *defence* (decided on dev: 0.65 / 0.73 → 0.65 / 0.75; measured here once after);
            // 0.68 (30/44) → 0.67 (30/45), recall unchanged, when a linked partner with a subject of
            // its own was lent no other (decided on dev, 0.64 / 0.75 → 0.63 / 0.79, and on two
            // auditors' pairs; measured here once after); 0.67 / 0.69 → 0.68 / 0.72 with far links;
            // 0.64 / 0.71 on the 21 pairs; 0.63 (59/94) / 0.71 with the opening's speakers rule
            // (`Participants.speakers`, decided on dev, measured here once after).
            flaggedPrecision: 0.62, flaggedRecall: 0.70))
    }

    /// Two accounts of one call are never read as one text (`ParallelAlignment`): no dev pair
    /// is aligned, so none links only in order and none lists a translation's negations
    /// (`TranslationCounterparts`).
    func testNoTwoAccountsOfOneCallAreReadAsOneText() throws {
        let set = try AnnotationSet.load(.dev, root: AnnotationSet.defaultRoot)
        let engine = try InstalledEncoder.engine()
        for pair in set.pairs {
            let analysis = engine.analyse(try pair.documents())
            XCTAssertEqual(analysis.alignedVersions, [], pair.name)
        }
    }

    /// A lexical link whose sentences are far apart as wholes but near through a clause of
    /// one stays (`SemanticParameters.vetoReadsClauses`): on `dev/`, without the lexicon, two
    /// sure links more (143/156 → 145/158) and not one wrong link more; on the 74 pairs of
    /// 2026-12-06, three sure links more for one wrong (216/234 → 219/238). The rule alone:
    /// the filter after the fusion's rules (`LinkStandOut`, twenty-eighth session) drops the
    /// links it keeps, and with it the rule changes no link on dev without the lexicon.
    func testTheVetoAsksTheClausesToo() throws {
        let set = try AnnotationSet.load(.dev, root: AnnotationSet.defaultRoot)
        var withClauses = try InstalledEncoder.semantic()
        withClauses.parameters.linksMustStandOut = false
        var without = withClauses
        withClauses.parameters.vetoReadsClauses = true
        without.parameters.vetoReadsClauses = false
        let on = try QualityEvaluation.evaluate(set, with: SemanticQualityLinker(lexicons: [], semantic: withClauses)).linkPrecision
        let off = try QualityEvaluation.evaluate(set, with: SemanticQualityLinker(lexicons: [], semantic: without)).linkPrecision
        XCTAssertGreaterThan(on.numerator, off.numerator, "sure links: \(on) against \(off)")
        XCTAssertGreaterThanOrEqual(on.numerator - off.numerator, 3 * ((on.denominator - on.numerator) - (off.denominator - off.numerator)),
                                    "three sure links more for each wrong one: \(on) against \(off)")
    }
}

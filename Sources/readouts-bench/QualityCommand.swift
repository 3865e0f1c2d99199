import ArgumentParser
import Foundation
import ReadoutsEncoder
import ReadoutsQuality
import ReadoutsText
import ReadoutsTopics
import Synchronization

/// `readouts-bench quality`: link quality of each linker on the hand-annotated pairs
/// (`Tests/ReadoutsTopicsTests/Annotations/dev` and `…/test`), the figures the README reports.
struct QualityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readouts-bench quality",
        abstract: "Score the linkers against the hand-annotated pairs: per-pair lines, then a table.")

    enum SplitChoice: String, ExpressibleByArgument, CaseIterable { case dev, test, all }
    enum LinkerChoice: String, ExpressibleByArgument, CaseIterable { case lexical, lexicon, semantic, `semantic-lexicon`, all }

    @Option(help: "The split to score: dev, test or all.")
    var split: SplitChoice = .all

    @Option(help: "The linker: lexical (no lexicon), lexicon (with the shipped lexicon), semantic, semantic-lexicon (the sentence encoder, without and with the lexicon) or all (the semantic ones when the encoder is installed).")
    var linker: LinkerChoice = .all

    @Option(help: ArgumentHelp("Semantic parameters to try, scored on dev only (needs --split dev), e.g. high=0.6,low=0.45,margin=0.06,veto=0.2,agreement=0.3.", valueName: "LIST"))
    var tune: String?

    @Option(name: .customLong("cross-validate"), help: ArgumentHelp("Leave-one-pair-out cross-validation on dev of the semantic parameters over a grid, e.g. 'low=0.30,0.33,0.36;margin=0.02,0.03': every combination (and the --tune or default setting, listed first) is scored on every pair; each pair is then scored with the setting chosen on the other pairs (most topics found at link precision >= 0.92 there; never one failing the bundled readouts' must-find pairs or their precision of 0.9). Prints, per linker, the plain figures of the first setting and the cross-validated ones, and how often each setting was chosen.", valueName: "GRID"))
    var cross: String?

    @Flag(help: "Print the summary table only, without the per-pair lines.")
    var tableOnly = false

    @Flag(help: "Judge the automatic topics' labels instead of the links: per linker, the share of multi-word labels, of English labels sharing a word with the annotated topic's name, and of labels drawn from the annotation's quotes (with the labels unless --table-only).")
    var labels = false

    @Flag(name: .customLong("one-sided"), help: "After each pair's line, list the engine's one-sided topics (\"only in\" one version) with their verdict against the annotation (right: touches an annotated one-sided topic of its side; wrong: touches only shared ones; unannotated), label and sentences.")
    var oneSided = false

    @Option(help: ArgumentHelp("The annotations folder (holding dev/ and test/).", valueName: "DIR"))
    var annotations: String?

    @Option(help: ArgumentHelp("Print the sentences of one pair (its file name without .json) as the engine splits them, with the topics that quote each, and exit.", valueName: "PAIR"))
    var sentences: String?

    @Option(help: ArgumentHelp("Write, for every pair of the split, what the semantic + lexicon linker saw (embedded texts, similarities, lexical links and candidates, lexicon topics, the annotation) as JSON to FILE, and exit: for studying the fusion on dev.", valueName: "FILE"))
    var probe: String?

    @Option(name: .customLong("without-topics"), help: ArgumentHelp("Score the lexicon linkers with these shipped lexicon topics left out (ids, comma-separated), on dev only (needs --split dev): what each topic brings.", valueName: "IDS"))
    var withoutTopics: String?

    /// The shipped lexicon, less the topics of `--without-topics`.
    var lexicon: Lexicon {
        let left = Set((withoutTopics ?? "").split(separator: ",").map { String($0) })
        return left.isEmpty ? .international
            : Lexicon(name: Lexicon.international.name, topics: Lexicon.international.topics.filter { !left.contains($0.id) })
    }

    /// `linker`, named with the topics left out when it has the lexicon.
    static func renamed(_ linker: any QualityLinker, without ids: String) -> any QualityLinker {
        switch linker {
        case var lexical as LexicalLinker where !lexical.lexicons.isEmpty:
            lexical.name += " without \(Sanitiser.escapedForMessage(ids))"
            return lexical
        case var semantic as SemanticQualityLinker where !semantic.lexicons.isEmpty:
            semantic.name += " without \(Sanitiser.escapedForMessage(ids))"
            return semantic
        default:
            return linker
        }
    }

    /// A parameter that counts (`terse`, `opening`, `meaninglinks`, `clashtopics`, `clauses`, `clausewords`): a whole number, zero or more.
    private static func wholeNumber(_ name: Substring, _ value: Double) throws -> Int {
        guard value == value.rounded(), let words = Int(exactly: value), words >= 0 else {
            throw ValidationError("\(name) takes a whole number, zero or more")
        }
        return words
    }

    /// Sets the semantic parameter `name` (as `--tune` and `--cross-validate` spell it).
    static func set(_ name: Substring, _ value: Double, in parameters: inout SemanticParameters) throws {
        switch name {
        case "high": parameters.similarityHigh = value
        case "low": parameters.similarityLow = value
        case "margin": parameters.margin = value
        case "veto": parameters.veto = value
        case "agreement": parameters.topicAgreement = value
        case "centre": parameters.centring = value
        case "highmargin": parameters.highMargin = value
        case "topicveto": parameters.topicVeto = value
        case "clauseveto": parameters.vetoReadsClauses = value != 0
        case "terse": parameters.terseWords = try wholeNumber(name, value)
        case "terseopening": parameters.terseOpeningHeedsVeto = value != 0
        case "mask": parameters.masksParticipants = value != 0
        case "unmask": parameters.unmasksRecurringSubjects = value != 0
        case "topiclink": parameters.topicLinkFloor = value
        case "uniquetopiclink": parameters.uniqueTopicLinkFloor = value
        case "uniquecap": parameters.uniqueTopicPassesCap = value != 0
        case "secondary": parameters.secondaryLinkFloor = value
        case "confirm": parameters.confirmsByLink = value != 0
        case "parallel": parameters.alignsParallelVersions = value != 0
        case "counterpart": parameters.counterpart = value
        case "counterpartone": parameters.counterpartServesOne = value != 0
        case "partnertopic": parameters.partnerWithATopicTakesNone = value != 0
        case "nearesttopic": parameters.nearestWithATopicTakesNone = value != 0
        case "lendsatmost": parameters.counterpartLendsAtMost = try wholeNumber(name, value)
        case "counterpartwhole": parameters.counterpartWhole = value
        case "translation": parameters.translation = value
        case "opening": parameters.bareOpeningWords = try wholeNumber(name, value)
        case "openinglinks": parameters.linksOpenings = value != 0
        case "clash": parameters.topicClash = value
        case "placeclash": parameters.placeClash = value
        case "clashtopics": parameters.clashTopics = try wholeNumber(name, value)
        case "mutualclash": parameters.mutualHeedsClash = value != 0
        case "mutualtopic": parameters.mutualTopicFloor = value
        case "relations": parameters.relationsShareATopic = value != 0
        case "whole":
            guard SemanticParameters.wholeTextShares.contains(value) else {
                throw ValidationError("whole takes a share from 0 to \(SemanticParameters.wholeTextShares.upperBound)")
            }
            parameters.wholeTextShare = value
        case "meaninglinks": parameters.meaningLinksPerSentence = try wholeNumber(name, value)
        case "clauses": parameters.clauseSentences = try wholeNumber(name, value)
        case "clausewords":
            guard value >= 1 else { throw ValidationError("clausewords takes a whole number, one or more") }
            parameters.clauseWords = try wholeNumber(name, value)
        case "maxclauses": parameters.clausesInAll = try wholeNumber(name, value)
        case "onesided": parameters.oneSidedCeiling = value
        case "onesidedwords": parameters.oneSidedWords = try wholeNumber(name, value)
        case "onesidedcohesion": parameters.oneSidedCohesion = value
        case "onesidedrelative": parameters.oneSidedRelativeCeiling = value
        case "clauselow": parameters.clauseSimilarity = value
        case "clausemargin": parameters.clauseMargin = value
        case "far": parameters.farDistance = value
        case "farsim": parameters.farSimilarity = value
        case "farsentences": parameters.farLeastSentences = try wholeNumber(name, value)
        case "farplaces": parameters.farOnlyOnPlaces = value != 0
        case "standout": parameters.linksMustStandOut = value != 0
        default: throw ValidationError("unknown parameter \(Sanitiser.escapedForMessage(String(name))) (high, low, margin, veto, agreement, centre, highmargin, topicveto, clauseveto, terse, terseopening, mask, unmask, topiclink, uniquetopiclink, uniquecap, secondary, parallel, counterpart, counterpartone, partnertopic, nearesttopic, lendsatmost, counterpartwhole, translation, opening, openinglinks, clash, clashtopics, meaninglinks, mutualtopic, whole, relations, clauses, clausewords, maxclauses, clauselow, clausemargin, far, farsim, farsentences, farplaces, standout, onesided, onesidedwords, onesidedcohesion, onesidedrelative)")
        }
    }

    /// One judged label: its pair, the label, whether it is drawn from the quotes, and the
    /// annotated topics' names (all from outside: escaped).
    private static func line(_ example: LabelQuality.Example, kind: String) -> String {
        "\(Sanitiser.escapedForMessage(example.pair))\(kind): «\(Sanitiser.escapedForMessage(example.label))»"
            + (example.fromQuotes.map { $0 ? " (quoted)" : " (not quoted)" } ?? "") + " ~ \(example.annotated.map(Sanitiser.escapedForMessage))"
    }

    func run() throws {
        if cross != nil, split != .dev {
            throw ValidationError("--cross-validate tunes on dev/ only (test/ is never tuned on): add --split dev")
        }
        if tune != nil, split != .dev {
            throw ValidationError("--tune scores dev/ only (test/ is never tuned on): add --split dev")
        }
        if oneSided, tableOnly || labels || probe != nil || sentences != nil || cross != nil {
            throw ValidationError("--one-sided lists topics after each pair's line: not with --table-only, --labels, --probe, --sentences or --cross-validate")
        }
        if withoutTopics != nil, split != .dev {
            throw ValidationError("--without-topics scores dev/ only (test/ is never tuned on): add --split dev")
        }
        if let withoutTopics {
            let known = Set(Lexicon.international.topics.map(\.id))
            let ids = withoutTopics.split(separator: ",")
            if ids.isEmpty { throw ValidationError("--without-topics needs at least one topic id") }
            if let unknown = ids.first(where: { !known.contains(String($0)) }) {
                throw ValidationError("--without-topics: no shipped lexicon topic \(Sanitiser.escapedForMessage(String(unknown)))")
            }
            if probe != nil || sentences != nil || cross != nil || linker == .lexical || linker == .semantic {
                throw ValidationError("--without-topics scores the lexicon linkers' tables and labels only (not with --probe, --sentences, --cross-validate, or --linker lexical or semantic)")
            }
        }
        let root = annotations.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? AnnotationSet.defaultRoot
        let splits: [AnnotationSet.Split] = split == .all ? AnnotationSet.Split.allCases : [AnnotationSet.Split(rawValue: split.rawValue)!]
        let sets = try splits.map { try AnnotationSet.load($0, root: root) }
        let environment = ProcessInfo.processInfo.environment
        let encoder = try ModelStore.installedEncoder(environment: environment)
        var parameters = SemanticParameters()
        for setting in (tune ?? "").split(separator: ",") {
            let parts = setting.split(separator: "=")
            guard parts.count == 2, let value = Double(parts[1]) else { throw ValidationError("--tune: expected NAME=NUMBER, got \(Sanitiser.escapedForMessage(String(setting)))") }
            try Self.set(parts[0], value, in: &parameters)
        }
        let semantic = encoder.map { SemanticLinking(encoder: $0, cache: EmbeddingCache(environment: environment), parameters: parameters) }
        func needSemantic() throws -> SemanticLinking {
            guard let semantic else { throw ValidationError("the sentence encoder is not installed (readouts --install-model)") }
            return semantic
        }
        if let probe {
            guard split == .dev else { throw ValidationError("--probe studies dev/ only (test/ is never tuned on): add --split dev") }
            try writeProbe(sets.flatMap(\.pairs), semantic: try needSemantic(), to: probe)
            return
        }
        if let name = sentences {
            guard let pair = sets.flatMap(\.pairs).first(where: { $0.name == name }) else {
                throw ValidationError("no annotated pair named \(Sanitiser.escapedForMessage(name)) in \(Sanitiser.escapedForMessage(root.path))")
            }
            try printSentences(pair, linkers: LexicalLinker.shipped + (semantic.map { SemanticQualityLinker.both($0) } ?? []))
            return
        }
        let chosen: [any QualityLinker] = switch linker {
        case .lexical: [LexicalLinker(lexicons: [])]
        case .lexicon: [LexicalLinker(lexicons: [lexicon])]
        case .semantic: [SemanticQualityLinker(lexicons: [], semantic: try needSemantic())]
        case .`semantic-lexicon`: [SemanticQualityLinker(lexicons: [lexicon], semantic: try needSemantic())]
        case .all: [LexicalLinker(lexicons: []), LexicalLinker(lexicons: [lexicon])]
            + (semantic.map { [SemanticQualityLinker(lexicons: [], semantic: $0), SemanticQualityLinker(lexicons: [lexicon], semantic: $0)] } ?? [])
        }
        // An ablation's rows say what was left out, so a saved table is not taken for the full lexicon's.
        let linkers = withoutTopics.map { ids in chosen.map { linker in Self.renamed(linker, without: ids) } } ?? chosen
        if let cross {
            try crossValidate(cross, base: parameters, linkers: linkers, sets: sets)
            return
        }
        if labels {
            for linker in linkers {
                for set in sets {
                    let quality = try LabelQuality.evaluate(set, with: linker)
                    if !tableOnly {
                        for example in quality.examples { print("\(set.split) \(linker.name) " + Self.line(example, kind: "")) }
                    }
                    print("\(set.split) \(linker.name): multi-word \(quality.multiWordShare), matching \(quality.matchingShare), "
                        + "from the quotes \(quality.fromQuotesShare), uninformative \(quality.uninformative)/\(quality.labelled)"
                        + (quality.lexiconJudged > 0 ? "; lexicon topics matching \(quality.lexiconMatchingShare)" : ""))
                    if !tableOnly {
                        for example in quality.passageExamples { print("\(set.split) \(linker.name) " + Self.line(example, kind: " one-sided")) }
                    }
                    if quality.passages > 0 {
                        print("\(set.split) \(linker.name): one-sided passages multi-word \(quality.passagesMultiWordShare), "
                            + "from the quotes \(quality.passagesFromQuotesShare), uninformative \(quality.passagesUninformative)/\(quality.passages)")
                    }
                }
            }
            return
        }
        var summaries: [QualitySummary] = []
        for linker in linkers {
            for set in sets {
                let summary = try QualityEvaluation.evaluate(set, with: linker)
                summaries.append(summary)
                if !tableOnly {
                    QualityReport.pairLines(summary).forEach { print($0) }
                    if oneSided {
                        for result in summary.results {
                            for topic in result.engineOneSidedTopics {
                                print("\(Sanitiser.escapedForMessage(result.name)) only in \(topic.side == 0 ? "a" : "b") \(topic.verdict.rawValue): "
                                    + "«\(Sanitiser.escapedForMessage(topic.label))» sentences \(topic.sentences.map(String.init).joined(separator: ","))")
                            }
                        }
                    }
                    print("")
                }
            }
        }
        print(QualityReport.table(summaries))
    }

    /// The annotator's view: every sentence with its index and the topics quoting it, then
    /// each linker's links between the two sides, judged against the annotation, and the
    /// names of its automatic topics.
    private func printSentences(_ pair: AnnotatedPair, linkers: [any QualityLinker]) throws {
        let documents = try pair.documents()
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        for (side, version) in analysis.versions.enumerated() {
            let declared = pair.sides[side].language
            print("side \(side == 0 ? "a" : "b"): \(Sanitiser.escapedForMessage(version.label)), declared \(Sanitiser.escapedForMessage(declared)), detected \(version.language.rawValue)")
            for sentence in version.sentences {
                let text = documents[side].string(sentence.range)
                let quoted = pair.topics.filter { topic in (side == 0 ? topic.a : topic.b).contains { text.contains($0) } }
                let tags = quoted.isEmpty ? "" : "  [" + quoted.map { Sanitiser.escapedForMessage($0.id) }.joined(separator: ", ") + "]"
                print(String(format: "%3d  ", sentence.index) + Sanitiser.escapedForMessage(text) + tags)
            }
        }
        for linker in linkers {
            let analysis = linker.analyse(documents)
            let gold = try GoldStandard(pair, documents: documents, analysis: analysis)
            let links = Set(analysis.links.filter { $0.from.version == 0 && $0.to.version == 1 }
                .map { SentencePair(a: $0.from.sentence, b: $0.to.sentence) })
            print("\(linker.name): \(links.count) links")
            for link in links.sorted() {
                let verdict = gold.sure.contains(link) ? "sure" : gold.possible.contains(link) ? "possible" : "wrong"
                let found = analysis.links.first { $0.from.sentence == link.a && $0.to.sentence == link.b && $0.from.version == 0 }
                let topics = found.map { " topics " + $0.topics.map { Sanitiser.escapedForMessage($0) }.joined(separator: ",") } ?? ""
                let words = found.map { link in
                    " evidence " + link.evidence.map { item in
                        (item.side.version == 0 ? "a:" : "b:") + Sanitiser.escapedForMessage(documents[item.side.version].string(item.range))
                    }.joined(separator: " ")
                } ?? ""
                print("  a\(link.a) – b\(link.b)  \(verdict)" + (found?.similarity.map { "  similarity \($0)" } ?? "") + topics + words)
            }
            for topic in analysis.topics where topic.origin == .automatic {
                let sides = topic.versions.map { $0 == 0 ? "a" : "b" }.joined(separator: "+")
                print("  topic «\(Sanitiser.escapedForMessage(topic.label))» (\(sides))")
            }
        }
    }

    /// `--cross-validate`: the grid's settings scored on every pair, then left-one-pair-out.
    private func crossValidate(_ spec: String, base: SemanticParameters, linkers: [any QualityLinker], sets: [AnnotationSet]) throws {
        // Every combination of the axes' values, on top of `base`.
        var grid: [(name: String, parameters: SemanticParameters)] = [("", base)]
        for axis in spec.split(separator: ";") {
            let parts = axis.split(separator: "=")
            guard parts.count == 2 else { throw ValidationError("--cross-validate: expected NAME=V1,V2,… per axis, got \(Sanitiser.escapedForMessage(String(axis)))") }
            let values = try parts[1].split(separator: ",").map { text in
                guard let value = Double(text) else { throw ValidationError("--cross-validate: \(Sanitiser.escapedForMessage(String(text))) is not a number") }
                return value
            }
            grid = try grid.flatMap { setting in
                try values.map { value in
                    var parameters = setting.parameters
                    try Self.set(parts[0], value, in: &parameters)
                    return ((setting.name.isEmpty ? "" : setting.name + ",") + "\(parts[0])=\(value)", parameters)
                }
            }
        }
        let settings = [(name: tune ?? "defaults", parameters: base)] + grid
        var summaries: [QualitySummary] = []
        // The bundled readouts' check of each setting, made once whatever the sets and linkers.
        var bundledChecks: [Int: BundledCheck] = [:]
        for set in sets {
            for linker in linkers {
                guard let semanticLinker = linker as? SemanticQualityLinker else {
                    summaries.append(try QualityEvaluation.evaluate(set, with: linker))
                    continue
                }
                var scored: [CrossValidation.Setting] = []
                for (index, setting) in settings.enumerated() {
                    var variant = semanticLinker
                    variant.semantic.parameters = setting.parameters
                    // The bundled readouts' must-find pairs, with the lexicon as the reader ships.
                    let bundled = try bundledChecks[index]
                        ?? BundledCheck(SemanticQualityLinker(lexicons: [.international], semantic: variant.semantic))
                    bundledChecks[index] = bundled
                    scored.append(CrossValidation.Setting(
                        name: setting.name + (bundled.passes ? "" : " (fails the bundled readouts: \(bundled.missing) missing, precision \(bundled.precision))"),
                        results: try QualityEvaluation.evaluate(set, with: variant).results, eligible: bundled.passes))
                }
                let validation = CrossValidation(scored, linker: linker.name, split: set.split.rawValue)
                summaries.append(QualitySummary(linker: linker.name, split: set.split.rawValue, results: scored[0].results))
                summaries.append(validation.summary)
                if !tableOnly {
                    print("\(linker.name): settings chosen, leaving out each of \(set.pairs.count) pairs")
                    for (index, setting) in scored.enumerated() {
                        let whole = QualitySummary(linker: linker.name, split: set.split.rawValue, results: setting.results)
                        let times = validation.chosen.filter { $0 == index }.count
                        print("  \(times)×  \(setting.name): precision \(whole.linkPrecision), topic recall \(whole.topicRecall), cross-language \(whole.crossLanguageTopicRecall)")
                    }
                    for (pair, index) in zip(set.pairs, validation.chosen) where index != 0 {
                        print("  without \(Sanitiser.escapedForMessage(pair.name)): \(scored[index].name)")
                    }
                }
            }
        }
        print(QualityReport.table(summaries))
    }

    /// `--probe`: one JSON object per pair, one per line.
    private func writeProbe(_ pairs: [AnnotatedPair], semantic: SemanticLinking, to path: String) throws {
        var lines: [String] = []
        for pair in pairs {
            let documents = try pair.documents()
            let seen = ProbeBox()
            var probing = semantic
            probing.probe = { probe in seen.value.withLock { $0 = probe } }
            let analysis = SemanticQualityLinker(lexicons: [.international], semantic: probing).analyse(documents)
            let gold = try GoldStandard(pair, documents: documents, analysis: analysis)
            guard let probe = seen.value.withLock({ $0 }) else { continue }
            let pairLinks = analysis.links.filter { $0.from.version == 0 && $0.to.version == 1 }
            let final = pairLinks.map { [$0.from.sentence, $0.to.sentence] }
            let evidence = pairLinks.map { link in
                link.evidence.map { [$0.side.version, documents[$0.side.version].string($0.range), $0.topic ?? ""] as [Any] }
            }
            let object: [String: Any] = [
                "name": pair.name,
                "languages": [pair.sides[0].language, pair.sides[1].language],
                "sentences": analysis.versions.enumerated().map { v, version in version.sentences.map { documents[v].string($0.range) } },
                "texts": [probe.texts.0, probe.texts.1],
                "similarity": probe.similarity.map { $0.map(Double.init) },
                "lexical": probe.lexicalLinks.map { ["a": $0.a, "b": $0.b, "score": $0.score, "topics": $0.topics] as [String: Any] },
                "candidates": probe.candidates.map { [$0.a, $0.b, $0.score] as [Any] },
                "lexiconTopics": [probe.topics.0, probe.topics.1],
                "fused": probe.fused.map { [$0.a, $0.b, $0.rule, $0.score] as [Any] },
                "gold": gold.topics.map { ["id": $0.id, "a": $0.a.sorted(), "b": $0.b.sorted()] as [String: Any] },
                "possible": gold.possible.map { [$0.a, $0.b] },
                "links": final,
                "evidence": evidence,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// Holds the probe a pair's analysis reported.
private final class ProbeBox: Sendable {
    let value = Mutex<SemanticProbe?>(nil)
}

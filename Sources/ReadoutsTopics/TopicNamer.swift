import ReadoutsText

/// Names an automatic topic by the phrase that best describes what its sentences share, in
/// the label language: "exportations de céréales" rather than "2022", "Genève" or "sure".
///
/// Candidates are the noun-phrase-like runs of its sentences (`PhraseExtractor`); each is
/// scored by how specific its words are (IDF, with the event's participants, the readouts'
/// own words and numbers counting less) times how widely the topic's sentences share it:
/// the share of its versions whose sentences hold all its words (by key or key2, in any
/// order), squared, and the square root of the share of its sentences that do. A phrase
/// therefore grows only while its extra words are shared too. A name alone counts less,
/// so a phrase that is shared as widely wins over the place where it happened; a phrase that
/// does not read as a noun phrase counts less (`PhraseForm`). The label is the phrase's
/// commonest surface form (a Russian one with its head noun in the nominative where its
/// ending makes that sure: `RussianHeadNoun`).
struct TopicNamer: Sendable {
    /// Sentences read per version of a topic: enough to name it, bounded for large ones.
    static let sentencesPerVersion = 40
    /// Candidates whose sharing is measured, the best by their own sentences…
    static let shortlist = 16
    /// …and as many again twice over of phrases of two words or more: the ranking by a
    /// candidate's own sentences favours rare words, and a phrase of names every version
    /// shares ("Olympic Games") fell behind sixteen phrases of one sentence each, so "form"
    /// (of "in its complete form" / "in their full form") named the topic.
    static let phraseShortlist = 32
    /// Places kept per candidate to judge its form and write its label.
    static let instancesKept = 6
    /// A name alone, against a phrase shared as widely.
    static let nameAloneFactor: Float = 0.6
    /// A phrase of names only ("Black Sea", "Danube Clean Energy Partnership"): a proper
    /// name for a subject, but a place is less of one than what happens there.
    static let namesOnlyFactor: Float = 0.85
    /// A phrase of the participants' names and the readouts' own words only ("Prime Minister
    /// Justin Trudeau"): a last resort, when nothing else can name the topic.
    static let nothingTellingFactor: Float = 0.1
    /// A phrase holding a figure some version of the topic does not give ("22 миллиардов
    /// кубометров" where Minsk's account says 20 milliards) names one side's claim, not the
    /// subject: its score is multiplied by this.
    static let figureNotSharedFactor: Float = 0.2
    /// A lone word wins only by this much over the best phrase of two words or more that reads
    /// as a noun phrase: a word rare in the versions is often an incidental one ("end", "put",
    /// "whole" in "…put an end to the Northern Territories issue…"), and a phrase says more.
    /// Not a name alone ("Iraq", "Tokyo"), which names what happened there or is the subject
    /// itself: `nameAloneFactor` and `widening` judge it.
    static let phraseOverWord: Float = 0.5

    let versions: [PreparedVersion]
    let documents: [Document]
    let salience: TermSalience
    let labelLanguage: Language

    private struct Candidate {
        var keys: [Int32]
        var sentences = 0
        /// Where it is written (the first few places): its form and surface are read only
        /// for the shortlist and the phrase chosen.
        var instances: [Instance] = []
        var order: Int
    }

    /// A label for `topic` and the keys of the phrase it writes, or nil when none of its
    /// sentences holds a phrase that can name it. With `mustContain`, only phrases holding one
    /// of those keys are considered (a one-sided topic is about its name: "sommet de Genève",
    /// not whatever else is near it).
    func named(_ topic: Analysis.Topic, mustContain: Set<Int32> = []) -> (label: String, keys: [Int32])? {
        naming(topic, mustContain: mustContain).map { ($0.label, $0.keys) }
    }

    /// A topic's name, its phrase's keys, and whether every version it is named from holds
    /// that phrase in its sentences of the topic, with a word that tells (`isShared`).
    struct Name {
        var label: String
        var keys: [Int32]
        var isShared: Bool
    }

    /// The name of `named(_:mustContain:)`, with whether it is shared.
    func naming(_ topic: Analysis.Topic, mustContain: Set<Int32> = []) -> Name? {
        guard let (sentencesOf, comparable) = sentences(of: topic) else { return nil }
        // A section's title was asked first (`sectionTitle(of:)`, by `TopicNaming`).
        if let titled = sharedHeading(sentencesOf, comparable) { return Name(label: titled.label, keys: titled.keys, isShared: true) }

        let extractor = PhraseExtractor(salience: salience)
        var candidates: [[Int32]: Candidate] = [:]
        for v in comparable {
            for s in sentencesOf[v]! {
                var inSentence = Set<[Int32]>()
                let dateline = LeadingDateline.place(versions[v], documents[v], sentence: s)
                extractor.phrases(versions[v], s, documents[v]) { phrase in
                    if !mustContain.isEmpty, !phrase.keys.contains(where: mustContain.contains) { return }
                    if let dateline, dateline.contains(Int(versions[v].tokenStart(phrase.firstToken))) { return }
                    var candidate = candidates[phrase.keys] ?? Candidate(keys: phrase.keys, order: candidates.count)
                    if inSentence.insert(phrase.keys).inserted { candidate.sentences += 1 }
                    if candidate.instances.count < Self.instancesKept { candidate.instances.append((v, s, phrase)) }
                    candidates[phrase.keys] = candidate
                }
            }
        }
        let ranked = candidates.values
            .map { ($0, specificity($0.keys) * Float($0.sentences).squareRoot()) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.order < $1.0.order }
        let shortlist = Array(ranked.prefix(Self.shortlist))
            + ranked.dropFirst(Self.shortlist).filter { $0.0.keys.count >= 2 }.prefix(Self.phraseShortlist)
        guard !shortlist.isEmpty else { return nil }

        let bags = comparable.flatMap { v in sentencesOf[v]!.map { (v, bag(versions[v], $0, documents[v])) } }
        // Each version's words in its sentences of the topic, gathered at the first candidate
        // holding a figure (most hold none): a figure is written alike in every language, so
        // every version is asked whether it gives it.
        var wordsOf: [Int: Set<Int32>]?
        func everyVersionGives(_ figures: [Int32]) -> Bool {
            if wordsOf == nil {
                wordsOf = Dictionary(uniqueKeysWithValues: sentencesOf.map { v, sentences in
                    (v, sentences.reduce(into: Set<Int32>()) { words, s in words.formUnion(bag(versions[v], s, documents[v]).keys) })
                })
            }
            return wordsOf!.values.allSatisfy { words in figures.allSatisfy(words.contains) }
        }
        let judge = FormJudge(self)
        var best: (candidate: Candidate, score: Float)?
        var bestPhrase: (candidate: Candidate, score: Float)?
        for (shortlisted, _) in shortlist {
            // Only the instances of its best form are kept, to be written as the label.
            var candidate = shortlisted
            let forms = candidate.instances.map { judge($0) }
            let bestForm = forms.max() ?? 0
            candidate.instances = zip(candidate.instances, forms).filter { $0.1 == bestForm }.map(\.0)
            var versionsWith = Set<Int>()
            var sentencesWith = 0
            for (v, bag) in bags where candidate.keys.allSatisfy({ bag.holds($0, salience) }) {
                versionsWith.insert(v)
                sentencesWith += 1
            }
            let versionShare = Float(versionsWith.count) / Float(comparable.count)
            let sentenceShare = Float(sentencesWith) / Float(max(1, bags.count))
            var score = specificity(candidate.keys) * versionShare * versionShare * sentenceShare.squareRoot() * bestForm
            let telling = candidate.keys.filter(salience.isTelling)
            let figures = candidate.keys.filter { salience.role[Int($0)] == .number }
            if !figures.isEmpty, !everyVersionGives(figures) {
                score *= Self.figureNotSharedFactor
            }
            if telling.isEmpty || candidate.keys.count == 1 && isLoneStopword(candidate) {
                score *= Self.nothingTellingFactor
            } else if telling.allSatisfy({ salience.role[Int($0)] == .name }) {
                score *= telling.count == 1 ? Self.nameAloneFactor : Self.namesOnlyFactor
            }
            func beats(_ current: (candidate: Candidate, score: Float)?) -> Bool {
                guard let current else { return true }
                return score != current.score ? score > current.score
                    : candidate.keys.count != current.candidate.keys.count ? candidate.keys.count > current.candidate.keys.count
                    : candidate.order < current.candidate.order
            }
            if candidate.keys.count >= 2, bestForm == 1, !telling.isEmpty, beats(bestPhrase) { bestPhrase = (candidate, score) }
            if beats(best) { best = (candidate, score) }
        }
        guard var chosen = best?.candidate, let bestScore = best?.score, bestScore > 0 else { return nil }
        if chosen.keys.count == 1 {
            if let widened = widening(of: chosen, among: candidates, judge: judge) {
                chosen = widened
            } else if salience.role[Int(chosen.keys[0])] != .name, let phrase = bestPhrase, phrase.score >= Self.phraseOverWord * bestScore {
                chosen = phrase.candidate
            }
        }
        var surfaces: [String: Int] = [:]
        for instance in chosen.instances { surfaces[surface(instance.phrase, version: instance.version, sentence: instance.sentence), default: 0] += 1 }
        let surface = surfaces.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
        let keys = chosen.keys
        let isShared = keys.contains(where: salience.isTelling)
            && Set(bags.lazy.filter { bag in keys.allSatisfy { bag.1.holds($0, salience) } }.map(\.0)).count == comparable.count
        let nominative = switch versions[chosen.instances[0].version].language {
        case .russian: RussianHeadNoun.nominative(surface)
        case .german: GermanPluralLabel.nominative(surface)
        default: surface
        }
        return Name(label: DisplayLabel.normalised(nominative), keys: keys, isShared: isShared)
    }

    /// The topic's sentences per version (the first `sentencesPerVersion`), and the versions
    /// whose words name it: those in the label language, else in the first version's.
    private func sentences(of topic: Analysis.Topic) -> (sentencesOf: [Int: [Int]], comparable: [Int])? {
        var sentencesOf: [Int: [Int]] = [:]
        for occurrence in topic.occurrences where sentencesOf[occurrence.version]?.last != occurrence.sentence {
            if sentencesOf[occurrence.version, default: []].count < Self.sentencesPerVersion,
                !(sentencesOf[occurrence.version]?.contains(occurrence.sentence) ?? false) {
                sentencesOf[occurrence.version, default: []].append(occurrence.sentence)
            }
        }
        let topicVersions = sentencesOf.keys.sorted()
        guard let firstVersion = topicVersions.first else { return nil }
        var comparable = topicVersions.filter { versions[$0].language == labelLanguage }
        if comparable.isEmpty { comparable = topicVersions.filter { versions[$0].language == versions[firstVersion].language } }
        return (sentencesOf, comparable)
    }

    /// The title of the sections the topic's sentences open in every version (`sectionTitle`),
    /// if any: asked before anything else names the topic. A bill's first article ("Article
    /// 1. Objet. La présente loi…") opens both drafts like a readout's "who spoke with whom"
    /// line, and was named so.
    func sectionTitle(of topic: Analysis.Topic) -> String? {
        guard let (sentencesOf, comparable) = sentences(of: topic) else { return nil }
        return sectionTitle(sentencesOf, comparable)
    }

    /// The title the topic's sections share, when its sentences in every version of
    /// `comparable` are those of one section (one paragraph) that opens with that title
    /// ("Section 4. Cap on nights. A host may…" in both drafts): the drafters' own name for
    /// what the passage says, where the namer's best phrase was "principal residence" or
    /// "cost two hundred". Nil when a version's sentences span two paragraphs or open no
    /// titled section, when the titles differ (a topic that spans two sections is named by
    /// what they share).
    private func sectionTitle(_ sentencesOf: [Int: [Int]], _ comparable: [Int]) -> String? {
        var found: (folded: String, label: String)?
        for v in comparable {
            let version = versions[v]
            // The topic's sentences there are all of one section (one paragraph): a topic
            // that goes on into the next section is not named by the first's title.
            let blocks = Set(sentencesOf[v]!.map { version.sentences[$0].block })
            guard blocks.count == 1 else { return nil }
            var titled = false
            for s in sentencesOf[v]! {
                let range = version.sentences[s].range
                let head = documents[v].scalars.scalars(range.prefix(128))[...]
                guard let first = head.first, SentenceSplitter.mayStartListNumber(first),
                      let title = SentenceSplitter.sectionTitle(head) else { continue }
                let scalars = (range.lowerBound + title.lowerBound)..<(range.lowerBound + title.upperBound)
                let text = documents[v].scalars.string(scalars).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let folded = text.lowercased()
                if let found, found.folded != folded { return nil }
                if found == nil {
                    // A title of words, not of stopwords or figures alone.
                    guard version.tokens(of: s).contains(where: { scalars.contains(Int(version.tokenStart($0))) && version.term[$0] >= 0 })
                    else { return nil }
                    found = (folded, text)
                }
                titled = true
            }
            guard titled else { return nil }
        }
        return found.map { DisplayLabel.normalised($0.label) }
    }

    /// The words headings share, when the topic holds one heading of each version of
    /// `comparable` and nothing else, and a run of two words or more that every heading holds
    /// is half its words at least: two drafts' titles "Short-Term Rental Regulation Act —
    /// Draft 1" and "… — Draft 2" are the act's name, not "Draft", the one word the namer
    /// found rare. Readouts' titles ("Readout of President Biden's call with…" / "Telephone
    /// conversation with…") share too little of themselves and are named as before.
    private func sharedHeading(_ sentencesOf: [Int: [Int]], _ comparable: [Int]) -> (label: String, keys: [Int32])? {
        guard comparable.count >= 2 else { return nil }
        var headings: [(version: Int, sentence: Int, words: [(text: String, range: Range<Int>)])] = []
        for v in comparable {
            guard let sentences = sentencesOf[v], sentences.count == 1, versions[v].sentences[sentences[0]].isHeading else { return nil }
            let range = versions[v].sentences[sentences[0]].range
            guard range.count <= 160 else { return nil }
            let words = Tokenizer.tokens(in: documents[v].scalars, range).filter { $0.kind != .compound }
                .map { (text: $0.text.lowercased(), range: $0.range) }
            headings.append((v, sentences[0], words))
        }
        // The longest run of the first heading's words, unbroken by punctuation ("Act —
        // Draft"), that every other heading holds.
        let first = headings[0].words
        let scalarsOfFirst = documents[headings[0].version].scalars
        let breaksBefore = first.indices.map { i in
            i > 0 && (first[i - 1].range.upperBound..<first[i].range.lowerBound).contains {
                let scalar = scalarsOfFirst[$0]
                return !(scalar.properties.isWhitespace || scalar == "-" || scalar == "'" || scalar == "\u{2019}")
            }
        }
        var best: Range<Int>?
        for start in first.indices {
            var end = start + 1
            while end <= first.count, end == start + 1 || !breaksBefore[end - 1],
                  headings.dropFirst().allSatisfy({ holds($0.words, first[start..<end].map(\.text)) }) {
                if end - start > (best?.count ?? 0) { best = start..<end }
                end += 1
            }
        }
        guard let run = best, run.count >= 2, headings.allSatisfy({ 2 * run.count >= $0.words.count }) else { return nil }
        let (v, s) = (headings[0].version, headings[0].sentence)
        let scalars = first[run.lowerBound].range.lowerBound..<first[run.upperBound - 1].range.upperBound
        let keys = versions[v].tokens(of: s).filter { scalars.contains(Int(versions[v].tokenStart($0))) && versions[v].term[$0] >= 0 }
            .map { versions[v].term[$0] }
        let text = documents[v].scalars.string(scalars).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !keys.isEmpty, !LabelStopwords.isUninformative(text, language: versions[v].language) else { return nil }
        return (DisplayLabel.normalised(text), Array(Set(keys)).sorted())

        func holds(_ words: [(text: String, range: Range<Int>)], _ run: [String]) -> Bool {
            guard words.count >= run.count else { return false }
            return (0...(words.count - run.count)).contains { i in run.indices.allSatisfy { words[i + $0].text == run[$0] } }
        }
    }

    /// Whether a one-word candidate is written as a word that names nothing alone, though its
    /// stem's other forms may (`LabelStopwords.loneWords`: "hommes", not "droits de l'homme").
    private func isLoneStopword(_ candidate: Candidate) -> Bool {
        guard let instance = candidate.instances.first, let words = LabelStopwords.loneWords[versions[instance.version].language]
        else { return false }
        return words.contains(surface(instance.phrase, version: instance.version, sentence: instance.sentence).lowercased())
    }

    /// A lone word that reads as a modifier ("transatlantic", "European", "stable",
    /// "inaugurated"), or a name alone (a place, "Ukraine"; "NATO"), names no subject: the noun phrase of two
    /// words it is part of in the topic's sentences, with a content word added ("transatlantic
    /// alliance", "global challenges"), when one reads as a noun phrase; the one in most
    /// sentences, then the most specific. Nil when none does, or when the word reads as a noun.
    private func widening(of lone: Candidate, among candidates: [[Int32]: Candidate], judge: FormJudge) -> Candidate? {
        let key = lone.keys[0]
        let loneForms = lone.instances.map { judge($0) }
        guard salience.role[Int(key)] == .name || (loneForms.max() ?? 1) < 1 else { return nil }
        var best: (candidate: Candidate, rank: (Int, Float, Int))?
        for candidate in candidates.values where candidate.keys.count == 2 && candidate.keys.contains(key) {
            guard let other = candidate.keys.first(where: { $0 != key }), salience.role[Int(other)] == .content else { continue }
            let formed = candidate.instances.filter { judge($0) == 1 }
            guard !formed.isEmpty else { continue }
            let rank = (candidate.sentences, specificity(candidate.keys), -candidate.order)
            if let current = best?.rank, rank <= current { continue }
            var kept = candidate
            kept.instances = formed
            best = (kept, rank)
        }
        return best?.candidate
    }

    /// The sum of the words' weights, scaled down with the number of words: two shared words
    /// beat one, but a third or fourth must be much more specific to be worth it (a phrase
    /// names a subject; "mise en œuvre des décisions du sommet" is a clause). The
    /// participants and the readouts' words add little and count as a quarter of a word, so
    /// "frontière avec l’Ukraine" still beats "frontière" where both sides say it; a figure
    /// counts as half a word ("40 millions d’euros").
    private func specificity(_ keys: [Int32]) -> Float {
        let sum = keys.reduce(Float(0)) { $0 + salience.weight($1) }
        let length = keys.reduce(Float(0)) { length, key in
            switch salience.role[Int(key)] {
            case .content, .name: length + 1
            case .number: length + 0.5
            case .weak, .empty: length + 0.25
            }
        }
        return sum * Self.lengthFactor(max(1, length))
    }

    /// 1 for one word, 0.75 for two, 0.45 for three, 0.3 for four, linear in between.
    static func lengthFactor(_ length: Float) -> Float {
        let table: [Float] = [1, 1, 0.75, 0.45, 0.3, 0.2]
        let low = min(Int(length), table.count - 2)
        let fraction = min(1, length - Float(low))
        return table[low] + (table[low + 1] - table[low]) * fraction
    }

    /// A phrase where it is written.
    private typealias Instance = (version: Int, sentence: Int, phrase: PhraseExtractor.Phrase)

    /// The form factor of each instance of a phrase, its sentence's asides (`SentenceAsides`)
    /// found once per sentence a name reads.
    private final class FormJudge {
        let namer: TopicNamer
        private var asides: [Int64: [Range<Int>]] = [:]
        init(_ namer: TopicNamer) { self.namer = namer }

        func callAsFunction(_ instance: Instance) -> Float {
            guard PhraseForm.judges(namer.versions[instance.version].language) else { return 1 }
            let key = Int64(instance.version) << 32 | Int64(instance.sentence)
            let ranges = asides[key] ?? {
                let found = SentenceAsides.ranges(namer.versions[instance.version], namer.documents[instance.version],
                                                  sentence: instance.sentence)
                asides[key] = found
                return found
            }()
            return namer.form(instance.phrase, version: instance.version, sentence: instance.sentence, asides: ranges)
        }
    }

    /// The factor of one instance of a phrase: `PhraseForm`'s of its edge words, less for a
    /// name cut in two (`cutsAName`), a clause (`PhraseForm.readsAsClause`), a date or a
    /// number at its end (`PhraseForm.endsInADate`, `endsInANumber`), a French participle after its auxiliary
    /// (`PhraseForm.opensWithFrenchParticiple`, `opensWithSpanishParticiple`) or a French or
    /// Spanish finite verb inside it, or a phrase in one of its sentence's `asides`.
    /// Only `FormJudge` asks it, for a language `PhraseForm` judges.
    private func form(_ phrase: PhraseExtractor.Phrase, version v: Int, sentence: Int, asides: [Range<Int>]) -> Float {
        let version = versions[v]
        let text = { (t: Int) in documents[v].scalars.string(version.tokenRange(t)).lowercased() }
        let isName = { (t: Int) in version.term[t] >= 0 && salience.isName[Int(version.term[t])] }
        var factor = PhraseForm.factor(first: text(phrase.firstToken), last: text(phrase.lastToken), firstIsName: isName(phrase.firstToken),
                                       lastIsName: isName(phrase.lastToken), language: version.language)
        let words = Self.words(of: phrase, version, documents[v])
        if version.language == .english, PhraseForm.readsAsClause(words, language: .english) {
            factor *= PhraseForm.verbPenalty
        }
        if PhraseForm.endsInADate(words) || PhraseForm.endsInANumber(words) { factor *= PhraseForm.penalty }
        let start = Int(version.tokenStart(phrase.firstToken))
        if version.language == .english, phrase.firstToken == phrase.lastToken, !isName(phrase.firstToken),
           PhraseForm.followsEnglishVerbMarker(wordsBefore(start, version: v, sentence: sentence)) {
            factor *= PhraseForm.verbPenalty
        }
        if version.language == .german,
           !PhraseForm.endsLikeGermanNoun(documents[v].scalars.string(version.tokenRange(phrase.lastToken))) {
            factor *= PhraseForm.verbPenalty
        }
        if let verbs = PhraseForm.romanceVerbReadings[version.language] {
            if !isName(phrase.firstToken), verbs.opensWithParticiple(text(phrase.firstToken), wordsBefore(start, version: v, sentence: sentence)) {
                factor *= PhraseForm.verbPenalty
            }
            // A finite verb inside the phrase makes a clause of it too ("G7 restent en contact",
            // "España aportará 1.000").
            if words.count > 2, words.dropFirst().dropLast().contains(where: { !$0.isName && verbs.looksLikeFiniteVerb($0.text) }) {
                factor *= PhraseForm.verbPenalty
            }
        }
        if cutsAName(phrase, version: v) { factor *= PhraseForm.penalty }
        if version.language == .russian, endsBeforeItsNoun(phrase, version: v, sentence: sentence) { factor *= PhraseForm.penalty }
        if version.language == .english, endsInAModifierBeforeItsNoun(phrase, version: v, sentence: sentence)
            || endsBeforeAWeakHead(phrase, version: v, sentence: sentence) { factor *= PhraseForm.penalty }
        if asides.contains(where: { $0.contains(start) }) { factor *= PhraseForm.penalty }
        return factor
    }

    /// Whether a Russian phrase ends in a word of a feminine adjective's oblique ending ("-ой",
    /// "-ей": "доброй", "мирной") that the next word of its sentence, after a space, goes on
    /// from: the noun it qualifies is left out. "…в качестве жеста доброй воли…" was named
    /// "жеста доброй". (The ending is a noun's too, "страной": a noun before a content word
    /// is then a phrase shorter than it could be, which counts less as well.)
    private func endsBeforeItsNoun(_ phrase: PhraseExtractor.Phrase, version v: Int, sentence: Int) -> Bool {
        let version = versions[v]
        let last = phrase.lastToken, next = phrase.lastToken + 1
        guard version.term[last] >= 0, !salience.isName[Int(version.term[last])],
              version.tokens(of: sentence).contains(next), version.term[next] >= 0 else { return false }
        let word = documents[v].scalars.string(version.tokenRange(last)).lowercased()
        guard word.count > 4, word.hasSuffix("ой") || word.hasSuffix("ей") else { return false }
        let (end, start) = (Int(version.tokenEnd(last)), Int(version.tokenStart(next)))
        return end < start && (end..<start).allSatisfy { documents[v].scalars[$0].properties.isWhitespace }
    }

    /// Whether an English phrase ends in a hyphenated modifier in lower case that the next
    /// word of its sentence, after a space, goes on from: the noun it qualifies is left out.
    /// "…was in charge of sister-city ties with St Petersburg" was named "charge of
    /// sister-city".
    private func endsInAModifierBeforeItsNoun(_ phrase: PhraseExtractor.Phrase, version v: Int, sentence: Int) -> Bool {
        let version = versions[v]
        let scalars = documents[v].scalars
        // The phrase's last word, a compound whole: from the last token's end back to a space.
        let end = Int(version.tokenEnd(phrase.lastToken))
        var start = end
        while start > Int(version.tokenStart(phrase.firstToken)), !scalars[start - 1].properties.isWhitespace { start -= 1 }
        let word = scalars.string(start..<end)
        guard word.contains("-"), word == word.lowercased(), word.contains(where: \.isLetter) else { return false }
        return lowerCaseWordGoingOn(from: phrase, version: v, sentence: sentence) != nil
    }

    /// Whether an English phrase stops right before a lower-case word its versions use so
    /// often that it weighs little (`TermSalience.Role.weak`: "personnel", "cooperation"),
    /// after a space alone: English puts a noun phrase's head last, so the phrase is its
    /// modifiers without it. A Canadian readout's "Nearly 10,000 frontline personnel are…",
    /// whose other sentences speak of "technology and personnel", was named "10,000
    /// frontline".
    private func endsBeforeAWeakHead(_ phrase: PhraseExtractor.Phrase, version v: Int, sentence: Int) -> Bool {
        guard let next = lowerCaseWordGoingOn(from: phrase, version: v, sentence: sentence) else { return false }
        let term = Int(versions[v].term[next])
        return salience.role[term] == .weak && !salience.isName[term]
    }

    /// The word of `sentence` right after `phrase` (its last token whole, a compound's parts
    /// aside), when a space alone stands between and it is written in lower case: a word the
    /// phrase goes on into. Nil for a punctuation mark between, a capital, a stopword, or the
    /// sentence's end.
    private func lowerCaseWordGoingOn(from phrase: PhraseExtractor.Phrase, version v: Int, sentence: Int) -> Int? {
        let version = versions[v]
        let scalars = documents[v].scalars
        let end = Int(version.tokenEnd(phrase.lastToken))
        guard let next = version.tokens(of: sentence).first(where: { Int(version.tokenStart($0)) > end }), version.term[next] >= 0 else { return nil }
        let nextStart = Int(version.tokenStart(next))
        guard (end..<nextStart).allSatisfy({ scalars[$0] == " " }),
              let first = scalars.string(version.tokenRange(next)).first, first.isLowercase else { return nil }
        return next
    }

    /// The last words (lower-case, at most six) before scalar `start` of sentence `sentence`,
    /// after the last punctuation mark between: what may be an auxiliary and the adverbs
    /// after it ("…lui a longuement répondu"). A word the 64-scalar window cuts is left out.
    private func wordsBefore(_ start: Int, version v: Int, sentence: Int) -> ArraySlice<String> {
        let scalars = documents[v].scalars
        let sentenceStart = versions[v].sentences[sentence].range.lowerBound
        var from = max(sentenceStart, start - 64)
        for index in stride(from: start - 1, through: from, by: -1) where Self.breaksAClause(scalars[index]) {
            from = index + 1
            break
        }
        let cut = from > sentenceStart && (scalars[from - 1].properties.isAlphabetic || scalars[from - 1].properties.numericType != nil)
        let tokens = Tokenizer.tokens(in: scalars, from..<start)
        return tokens.dropFirst(cut && tokens.first?.range.lowerBound == from ? 1 : 0).map(\.text).suffix(6)
    }

    /// Punctuation that ends what an auxiliary and its participle may span.
    private static func breaksAClause(_ scalar: Unicode.Scalar) -> Bool {
        ",;:()«»\"“”—–!?".unicodeScalars.contains(scalar)
    }

    /// A phrase's words as `PhraseForm.readsAsClause` reads them: a compound once, its parts
    /// (which follow it) skipped ("state-owned firms" is two words).
    static func words(of phrase: PhraseExtractor.Phrase, _ version: PreparedVersion, _ document: Document) -> [PhraseForm.Word] {
        var words: [PhraseForm.Word] = []
        var coveredUntil: Int32 = -1
        for t in phrase.firstToken...phrase.lastToken where version.tokenStart(t) >= coveredUntil {
            coveredUntil = version.tokenEnd(t)
            words.append(PhraseForm.Word(text: document.scalars.string(version.tokenRange(t)).lowercased(),
                                         isName: version.flags[t] & PreparedVersion.capitalisedFlag != 0,
                                         follows: version.stopwordsBefore(t) == 0))
        }
        return words
    }

    /// Whether a phrase cuts a proper name in two: its first or last word is capitalised
    /// inside the sentence, and so is the word just before or after it, joined to it by a
    /// space alone ("UN Security" of "UN Security Council", "upcoming UK-France" of "…UK-France
    /// Summit", "britannique Boris" of "Boris Johnson"). The whole name is the label, or another phrase.
    private func cutsAName(_ phrase: PhraseExtractor.Phrase, version v: Int) -> Bool {
        let version = versions[v]
        let scalars = documents[v].scalars
        func joined(_ left: Int, _ right: Int) -> Bool {
            guard version.stopwordsBefore(right) == 0 else { return false }
            let gap = Int(version.tokenEnd(left))..<Int(version.tokenStart(right))
            return !gap.isEmpty && gap.allSatisfy { scalars[$0] == " " || scalars[$0] == "\u{00A0}" }
        }
        // A capitalised word no label rests on (a weekday, a month) cuts nothing, unless it
        // opens the name with a word of its own after it ("Five" of "Five Eyes partners").
        func cuts(_ neighbour: Int, before edge: Int?) -> Bool {
            guard version.isInnerCapital(neighbour) else { return false }
            let term = version.term[neighbour]
            guard term >= 0, salience.role[Int(term)] == .empty else { return true }
            return edge.map { version.term[$0] >= 0 && salience.isTelling(version.term[$0]) } ?? false
        }
        // The word before the phrase (a compound's last part, if a compound), and the word
        // after it (past a compound's parts). A word that starts a sentence is no inner capital.
        let (first, last) = (phrase.firstToken, phrase.lastToken)
        if version.isInnerCapital(first), first > 0, cuts(first - 1, before: first), joined(first - 1, first) { return true }
        var after = last + 1
        while after < version.term.count, version.tokenStart(after) < version.tokenEnd(last) { after += 1 }
        if version.isInnerCapital(last), after < version.term.count, cuts(after, before: nil), joined(last, after) { return true }
        return false
    }

    /// The phrase as written, spaces collapsed; a first word capitalised only because it
    /// starts the sentence is lower-cased (names and acronyms keep their capitals).
    private func surface(_ phrase: PhraseExtractor.Phrase, version v: Int, sentence: Int) -> String {
        let version = versions[v]
        let range = Int(version.tokenStart(phrase.firstToken))..<Int(version.tokenEnd(phrase.lastToken))
        var text = documents[v].scalars.string(range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let term = version.term[phrase.firstToken]
        if version.startsSentence(phrase.firstToken), term >= 0, !salience.isName[Int(term)], !opensAName(phrase, version: v) {
            let word = text.prefix { !$0.isWhitespace && $0 != "-" }
            let acronym = word.count > 1 && word.allSatisfy { $0.isUppercase || $0.isNumber }
            if !acronym, let first = text.first { text = first.lowercased() + text.dropFirst() }
        }
        return text
    }

    /// Whether the phrase's first word opens a name of capitalised words: the phrase's next
    /// word (past a compound's parts) is written with a capital, not in capitals (an acronym
    /// after a common noun: "Силы ПВО…" is "силы ПВО"), and follows it after one space
    /// ("Boris Johnson welcomed…" is named "Boris Johnson", not "boris Johnson").
    private func opensAName(_ phrase: PhraseExtractor.Phrase, version v: Int) -> Bool {
        let version = versions[v]
        let first = phrase.firstToken
        var next = first + 1
        while next <= phrase.lastToken, version.tokenStart(next) < version.tokenEnd(first) { next += 1 }
        guard next <= phrase.lastToken, version.isInnerCapital(next), version.stopwordsBefore(next) == 0,
              version.tokenStart(next) - version.tokenEnd(first) == 1 else { return false }
        let word = documents[v].scalars.string(version.tokenRange(next))
        return word.contains { $0.isLowercase }
    }

    /// The keys and key2s of a sentence.
    private struct Bag {
        var keys: Set<Int32>
        var key2s: Set<Int32>
        func holds(_ key: Int32, _ salience: TermSalience) -> Bool {
            keys.contains(key) || (salience.key2[Int(key)] >= 0 && key2s.contains(salience.key2[Int(key)]))
        }
    }

    /// The keys and key2s of a sentence, its dateline's place aside (`LeadingDateline`): "TOKYO
    /// (Jiji Press) —" does not make the sentence one that speaks of Tokyo.
    private func bag(_ version: PreparedVersion, _ sentence: Int, _ document: Document) -> Bag {
        var bag = Bag(keys: [], key2s: [])
        let dateline = LeadingDateline.place(version, document, sentence: sentence) ?? 0..<0
        for t in version.tokens(of: sentence) where version.term[t] >= 0 && !dateline.contains(Int(version.tokenStart(t))) {
            let term = version.term[t]
            bag.keys.insert(term)
            if salience.key2[Int(term)] >= 0 { bag.key2s.insert(salience.key2[Int(term)]) }
        }
        return bag
    }
}


import ReadoutsText

/// The last step of an analysis for automatic topics: one subject becomes one topic
/// (`TopicMerger`), and each linked automatic topic is named by the phrase its passages
/// share (`TopicNamer`). Lexicon topics keep their ids and their curated labels; a one-sided
/// automatic topic of a name only one version uses is named by a phrase that holds its name
/// ("sommet de Genève"), or by the name alone; one of a passage only one version has
/// (`OneSidedPassages`: no word of it is the topic's) by the phrase that best describes it.
/// A topic of the versions' opening lines that say only who spoke with whom is named so
/// ("who spoke with whom"): the namer would otherwise name it after one of them ("Keir
/// Starmer"), as if the call were about that person, and "the participants", its first
/// name, read to a blind reader as a topic that says nothing.
struct TopicNaming: Sendable {
    private let namer: TopicNamer
    /// Names in the versions' own default language (the first version's), which decide the
    /// merges that read names (`mergeNamedAlike`, `mergeIntoLexiconTopics`): a name is a
    /// name, and `--topic-language` changes the names only, never which topics there are
    /// nor what is "only in" a version (a translator saw 16, 15 and 16 topics in French,
    /// English and German). The same namer as `namer` when no other language is chosen.
    private let structuralNamer: TopicNamer
    private let structuralLanguage: Language
    let merger: TopicMerger
    /// Per version, its opening sentence when it is bare (`SentenceTexts.opening`: fewer than
    /// `SemanticParameters.bareOpeningWords` words of its own, the participants, their
    /// countries, reporting verbs and the readouts' words aside).
    private let bareOpenings: [Int?]
    /// Per version, its opening sentence, bare or not (`Participants.openingSentence`).
    private let openings: [Int?]
    private let labelLanguage: Language
    /// The reader chose `labelLanguage` (`--topic-language`): every lexicon topic is named in
    /// it, even one the versions of another language alone have.
    private let labelLanguageIsChosen: Bool
    /// The versions' languages, for reading an automatic topic's name (`mergeIntoLexiconTopics`).
    private let languages: [Language]
    /// The participants' names, the readouts' own words and the words no label rests on: a
    /// name of opening lines made of these alone says who spoke with whom.
    private let whoWords: Set<Int32>
    /// The participants' names and the words written with them (`PersonNames`): what the
    /// opening lines' topic marks in them (`participantOccurrences`).
    private let nameWords: Set<Int32>
    /// The words written with a participant's name (`PersonNames`: first names, patronymics).
    private let personWords: Set<Int32>
    /// The lexicons' topics by id, for naming one of several subjects by those its passages
    /// named (`LexiconLabelParts`).
    private let lexiconTopics: [String: Lexicon.Topic]

    /// The name of a topic of bare opening lines, per label language.
    static func participantsLabel(_ language: Language) -> String {
        switch language {
        case .french: "qui s’est entretenu avec qui"
        case .russian: "кто с кем говорил"
        case .german: "wer mit wem sprach"
        case .spanish: "quién habló con quién"
        default: "who spoke with whom"
        }
    }

    init(versions: [PreparedVersion], documents: [Document], keyCount: Int, empty: Set<Int32>, weak: Set<Int32>,
         participants: Set<Int32>, personWords: Set<Int32> = [], labelLanguage: Language, labelLanguageIsChosen: Bool = false,
         bareOpeningWords: Int, lexiconTopics: [Lexicon.Topic] = []) {
        self.labelLanguageIsChosen = labelLanguageIsChosen
        let salience = TermSalience(versions, keyCount: keyCount, empty: empty, weak: weak.union(participants))
        namer = TopicNamer(versions: versions, documents: documents, salience: salience.weakening(personWords), labelLanguage: labelLanguage)
        structuralLanguage = versions.first?.language ?? labelLanguage
        structuralNamer = structuralLanguage == labelLanguage ? namer
            : TopicNamer(versions: versions, documents: documents, salience: salience.weakening(personWords), labelLanguage: structuralLanguage)
        merger = TopicMerger(versions: versions, salience: salience)
        self.labelLanguage = labelLanguage
        languages = Array(Set(versions.map(\.language)))
        self.lexiconTopics = Dictionary(lexiconTopics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        whoWords = empty.union(weak).union(participants).union(personWords)
        nameWords = participants.union(personWords)
        self.personWords = personWords
        let ignored = empty.union(weak)
        let opening = versions.map { version in
            SentenceTexts.opening(version, ignored: ignored, participants: participants, limit: bareOpeningWords)
        }
        bareOpenings = opening.map { $0.flatMap { $0.isBare ? $0.sentence : nil } }
        openings = opening.map { $0?.sentence }
    }

    /// Whether every passage of `topic` is an opening line (and it has two versions), bare or not.
    private func isOpenings(_ topic: Analysis.Topic) -> Bool {
        topic.versions.count >= 2 && topic.occurrences.allSatisfy { openings[$0.version] == $0.sentence }
    }

    /// Whether `topic` (of two versions or more) holds a version's opening line, and its other
    /// passages are each the line right after its version's opening one.
    private func isAtOpenings(_ topic: Analysis.Topic) -> Bool {
        topic.versions.count >= 2 && topic.occurrences.contains { openings[$0.version] == $0.sentence }
            && topic.occurrences.allSatisfy { occurrence in openings[occurrence.version].map { $0 == occurrence.sentence || $0 + 1 == occurrence.sentence } ?? false }
    }

    /// Whether every word of `label` is written with a capital (or is no word): a name alone,
    /// a person's ("Vladimir Vladimirovich Putin") or a place's ("London", "TOKYO").
    static func isNamesAlone(_ label: String) -> Bool {
        label.split(separator: " ").allSatisfy { word in word.first.map { !$0.isLetter || $0.isUppercase } ?? true }
    }

    /// Whether every passage of `topic` is a bare opening line (and it has two versions).
    private func isBareOpenings(_ topic: Analysis.Topic) -> Bool {
        topic.versions.count >= 2 && topic.occurrences.allSatisfy { bareOpenings[$0.version] == $0.sentence }
    }

    /// Whether `topic` (of two versions or more) is passages that each tell how long the call
    /// lasted (`CallLength`).
    private func tellsCallLength(_ topic: Analysis.Topic) -> Bool {
        topic.versions.count >= 2 && topic.occurrences.allSatisfy { occurrence in
            let version = namer.versions[occurrence.version]
            let range = version.sentences[occurrence.sentence].range
            return CallLength.isTold(in: namer.documents[occurrence.version].scalars.string(range))
        }
    }

    /// Merges and names the automatic topics of `analysis`, rewriting its links' topic ids.
    func apply(to analysis: inout Analysis) {
        let topics = analysis.topics
        let target = merger.merges(topics)
        // The merge's sets are small blocks, which glibc keeps resident once freed: handed
        // back before the occurrences are gathered, they do not raise naming's plateau.
        MallocPolicy.trim()
        MemoryTrace.mark("topics merged")
        // A merged topic's occurrences are gathered once, in an array of their exact size
        // (appending topic by topic copied and regrew it for each).
        var mergedCount = [Int](repeating: 0, count: topics.count)
        for (index, topic) in topics.enumerated() { mergedCount[target[index]] += topic.occurrences.count }
        var merged: [Analysis.Topic] = []
        var position: [Int: Int] = [:]
        var grown = Set<Int>()
        for (index, topic) in topics.enumerated() {
            if let into = position[target[index]] {
                if !grown.contains(into) {
                    var occurrences: [Analysis.Occurrence] = []
                    occurrences.reserveCapacity(mergedCount[target[index]])
                    occurrences += merged[into].occurrences
                    merged[into].occurrences = occurrences
                }
                merged[into].occurrences += topic.occurrences
                grown.insert(into)
            } else {
                position[index] = merged.count
                merged.append(topic)
            }
        }
        var renamed: [String: String] = [:]
        for (index, topic) in topics.enumerated() where target[index] != index {
            renamed[topic.id] = topics[target[index]].id
        }
        MemoryTrace.mark("merged topics gathered")
        let automatic = merged.indices.filter { merged[$0].origin == .automatic }
        for index in automatic where grown.contains(index) {
            Self.sortUnique(&merged[index].occurrences)
        }
        name(automatic, in: &merged, structural: true)
        MemoryTrace.mark("topics named")
        mergeNamedAlike(&merged, automatic: automatic, renamed: &renamed)
        if merger.versions.count >= 3 { mergeAcrossPairs(&merged, renamed: &renamed) }
        mergeIntoLexiconTopics(&merged, renamed: &renamed)
        if structuralLanguage != labelLanguage {
            // The topics are settled: now their names in the chosen language.
            name(merged.indices.filter { merged[$0].origin == .automatic }, in: &merged, structural: false)
        }
        nameLexiconTopicsByTheirParts(&merged)
        analysis.topics = merged
        if !renamed.isEmpty {
            for index in analysis.links.indices where analysis.links[index].topics.contains(where: { renamed[$0] != nil }) {
                var ids: [String] = []
                for id in analysis.links[index].topics.map({ renamed[$0] ?? $0 }) where !ids.contains(id) { ids.append(id) }
                analysis.links[index].topics = ids
            }
        }
        if merger.versions.count >= 3 { spreadWhoSpokeWithWhom(in: &analysis) }
        markWhoSpokeWithWhom(in: &analysis)
    }

    /// The opening lines' topic ("who spoke with whom") marks the participants' names in each
    /// line, not the words the lines happen to share: a diplomat's brief set "met", "range"
    /// and "regional" in bold under "who spoke with whom". A line that names no participant
    /// keeps what it had.
    private func markWhoSpokeWithWhom(in analysis: inout Analysis) {
        guard let t = whoSpokeWithWhom(in: analysis) else { return }
        var occurrences: [Analysis.Occurrence] = []
        var lines = Set<Analysis.SentenceRef>()
        for occurrence in analysis.topics[t].occurrences {
            let line = Analysis.SentenceRef(version: occurrence.version, sentence: occurrence.sentence)
            guard lines.insert(line).inserted else { continue }
            let names = participantOccurrences(line)
            occurrences += names.isEmpty ? analysis.topics[t].occurrences.filter { $0.version == line.version && $0.sentence == line.sentence } : names
        }
        analysis.topics[t].occurrences = occurrences
        Self.sortUnique(&analysis.topics[t].occurrences)
    }

    /// The persons' names in a sentence, each run of them one occurrence ("Joe Biden"): runs
    /// of the participants' words (`nameWords`), each from after the last title in it
    /// ("Canadian Prime Minister Justin Trudeau" marks "Justin Trudeau"), kept where a word
    /// of it was written with a participant's name (a first name, `PersonNames`) or it
    /// follows a title; not "United States", "Ninth Summit" nor a title alone.
    private func participantOccurrences(_ line: Analysis.SentenceRef) -> [Analysis.Occurrence] {
        guard namer.versions.indices.contains(line.version) else { return [] }
        let version = namer.versions[line.version]
        guard version.sentences.indices.contains(line.sentence) else { return [] }
        let scalars = namer.documents[line.version].scalars
        var found: [Analysis.Occurrence] = []
        // The run's tokens: (range, is a title, is a person's word, names an event or a place).
        var run: [(range: Range<Int>, title: Bool, person: Bool, event: Bool)] = []
        func close() {
            defer { run = [] }
            let lastTitle = run.lastIndex { $0.title }
            let name = run[(lastTitle.map { $0 + 1 } ?? 0)...]
            guard let first = name.first, let last = name.last, lastTitle != nil || name.contains(where: \.person),
                  !name.contains(where: \.event) else { return }
            found.append(Analysis.Occurrence(version: line.version, sentence: line.sentence, range: first.range.lowerBound..<last.range.upperBound))
        }
        for token in version.tokens(of: line.sentence) {
            let (start, end) = (Int(version.tokenStart(token)), Int(version.tokenEnd(token)))
            guard version.term[token] >= 0, nameWords.contains(version.term[token]) else { close(); continue }
            // A name's words one space apart are one run; anything else between them parts it.
            if let open = run.last, !(start - open.range.upperBound == 1 && start > 0 && scalars[start - 1] == " ") { close() }
            let word = String(String.UnicodeScalarView(scalars.scalars(start..<end))).lowercased()
            run.append((start..<end, ReadoutVocabulary.titleWords.contains(word), personWords.contains(version.term[token]),
                        ReadoutVocabulary.institutionWords.contains(word)))
        }
        close()
        return found
    }

    /// The index of the opening lines' topic, named "who spoke with whom", if any.
    private func whoSpokeWithWhom(in analysis: Analysis) -> Int? {
        let label = Self.participantsLabel(labelLanguage)
        return analysis.topics.firstIndex { $0.origin == .automatic && $0.label == label && isOpenings($0) }
    }

    /// In three versions or more, the opening lines' topic ("who spoke with whom") takes the
    /// opening line of a version it lacks when that line is linked to one of its passages. The
    /// links are made pair by pair: a journalist's White House, PMO (en) and PMO (fr) had the
    /// two English openings under "who spoke with whom" and the French one linked to the
    /// English under "global challenges", which the French line also says, and the brief said
    /// "who spoke with whom — not in PMO (fr)" of a version that says who spoke with whom.
    private func spreadWhoSpokeWithWhom(in analysis: inout Analysis) {
        guard let t = whoSpokeWithWhom(in: analysis) else { return }
        let id = analysis.topics[t].id
        let count = analysis.topics[t].occurrences.count
        for v in namer.versions.indices where !analysis.topics[t].versions.contains(v) {
            guard let opening = openings[v] else { continue }
            let line = Analysis.SentenceRef(version: v, sentence: opening)
            let held = Set(analysis.topics[t].occurrences.map { Analysis.SentenceRef(version: $0.version, sentence: $0.sentence) })
            guard let index = analysis.links.firstIndex(where: { link in
                link.from == line && held.contains(link.to) || link.to == line && held.contains(link.from)
            }) else { continue }
            analysis.topics[t].occurrences.append(LinkAssembler.byMeaning(v, namer.versions[v], opening))
            if !analysis.links[index].topics.contains(id) { analysis.links[index].topics.append(id) }
        }
        if analysis.topics[t].occurrences.count > count { Self.sortUnique(&analysis.topics[t].occurrences) }
    }

    /// Names the automatic topics at `indices` of `topics` (`label(of:structural:)`), each on
    /// its own: the two halves on two cores.
    private func name(_ indices: [Int], in topics: inout [Analysis.Topic], structural: Bool) {
        let half = (indices.count + 1) / 2
        let halves = indices.isEmpty ? [] : [Array(indices[..<half]), Array(indices[half...])]
        let named = topics
        let labels = parallelMap(halves) { part in part.map { label(of: named[$0], structural: structural) } }
        for (part, names) in zip(halves, labels) {
            for (index, label) in zip(part, names) {
                if let label { topics[index].label = label }
            }
        }
    }

    /// The name of automatic topic `topic`, or nil to keep the one it has: in the default
    /// language when `structural` (`structuralNamer`), else in the chosen one.
    private func label(of topic: Analysis.Topic, structural: Bool) -> String? {
        let namer = structural ? structuralNamer : namer
        let labelLanguage = structural ? structuralLanguage : labelLanguage
        if let title = namer.sectionTitle(of: topic) { return title }
        if isBareOpenings(topic) { return Self.participantsLabel(labelLanguage) }
        // Named "who spoke with whom" in the versions' language, it is so in the chosen one:
        // the chosen language's namer read the English openings alone and, "Macron" being
        // written further down too, named the topic "Macron" (a communications officer's
        // `--topic-language en` of four accounts of one call).
        if !structural, topic.label == Self.participantsLabel(structuralLanguage) { return Self.participantsLabel(labelLanguage) }
        if tellsCallLength(topic) { return CallLength.label(labelLanguage) }
        let own = topic.versions.count >= 2 ? [] : ownKeys(topic)
        let named = namer.naming(topic, mustContain: own)
        // Opening lines that say more than who spoke with whom ("…in London", "…передает
        // Liter.kz со ссылкой на Акорду") but share only the participants and the readouts'
        // words ("President Kassym-Jomart Tokayev"), or a name or a word that no other
        // sentence holds: who, where or how long, not what the call was about (a subject the
        // call goes on with, "Ukraine", keeps its name). So are opening lines, or an opening
        // line and the line after another's ("In regard to his telephone talk with H.E. Mr.
        // Vladimir Vladimirovich Putin…"), named by the participants' names in any form or by
        // a phrase one of them alone holds (a dateline's "TOKYO" is none of theirs).
        if let named, isOpenings(topic) || isAtOpenings(topic),
           named.keys.allSatisfy(whoWords.contains) || !named.isShared
            || isOpenings(topic) && (Self.isNamesAlone(named.label) || !named.label.contains(" ")) && !recursOutsideOpenings(named.label) {
            return Self.participantsLabel(labelLanguage)
        }
        if named == nil, LabelStopwords.isUninformative(topic.label, language: labelLanguage), let line = shortLineLabel(topic) { return line }
        return named?.label
    }

    /// The most words a sentence may have to name its topic whole (`shortLineLabel`).
    static let shortLineWords = 6

    /// A topic no phrase names, whose label says nothing (a bare number), held by a line of
    /// `shortLineWords` words or fewer: that line, as written, its white space runs one space
    /// and its last comma or period dropped. A bill's "April 30, 2024" named a topic "30".
    private func shortLineLabel(_ topic: Analysis.Topic) -> String? {
        guard let occurrence = topic.occurrences.first, namer.versions.indices.contains(occurrence.version) else { return nil }
        let sentences = namer.versions[occurrence.version].sentences
        guard sentences.indices.contains(occurrence.sentence) else { return nil }
        let words = namer.documents[occurrence.version].scalars.string(sentences[occurrence.sentence].range).split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty, words.count <= Self.shortLineWords else { return nil }
        var line = words.joined(separator: " ")
        while let last = line.last, ".,;:".contains(last) { line.removeLast() }
        return line.contains(where: \.isLetter) ? DisplayLabel.normalised(line) : nil
    }

    /// Whether a word of `label` (of three letters or more, any case) is written in a
    /// sentence of some version other than its opening one.
    private func recursOutsideOpenings(_ label: String) -> Bool {
        let words = label.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }.filter { $0.count >= 3 }
        guard !words.isEmpty else { return false }
        for (v, version) in namer.versions.enumerated() {
            let scalars = namer.documents[v].scalars
            // The text before the opening sentence and after it (headings included: a title
            // that names the subject counts), each read once.
            let opening = openings[v].map { version.sentences[$0].range } ?? 0..<0
            for part in [0..<opening.lowerBound, opening.upperBound..<scalars.count] where !part.isEmpty {
                let text = scalars.string(part).lowercased()
                if words.contains(where: text.contains) { return true }
            }
        }
        return false
    }

    /// Merges the linked automatic topics (among `automatic`, indices into `topics`) that
    /// were named alike and share a sentence, then names each merged topic again. One
    /// sentence linked to two of the other version's, each on other words ("…the 70th
    /// anniversary… to elevate the Japan-India Special Strategic and Global Partnership…"
    /// with "…transform the Japan-India Special Strategic and Global Partnership…" and with
    /// "…strengthen India-Japan Special Strategic and Global Partnership…"), makes two topics
    /// the merger keeps apart; when the namer finds one name for both, they are one subject,
    /// and two topics a reader cannot tell apart would only confuse. `renamed` gains each
    /// merged topic's id (and ids merged into it before) pointing at the topic kept.
    private func mergeNamedAlike(_ topics: inout [Analysis.Topic], automatic: [Int], renamed: inout [String: String]) {
        var byName: [String: [Int]] = [:]
        for index in automatic where topics[index].versions.count >= 2 {
            byName[topics[index].label.lowercased(), default: []].append(index)
        }
        var into: [Int: Int] = [:]
        for (_, indices) in byName where indices.count > 1 {
            // Topics sharing a sentence, directly or through others, are one: each joins the
            // first of its group (union–find over the sentences they hold).
            var root = Dictionary(uniqueKeysWithValues: indices.map { ($0, $0) })
            func find(_ i: Int) -> Int {
                var i = i
                while root[i]! != i { root[i] = root[root[i]!]!; i = root[i]! }
                return i
            }
            var holder: [Analysis.SentenceRef: Int] = [:]
            for index in indices {
                for occurrence in topics[index].occurrences {
                    let sentence = Analysis.SentenceRef(version: occurrence.version, sentence: occurrence.sentence)
                    if let other = holder[sentence] {
                        let (a, b) = (find(other), find(index))
                        if a != b { root[max(a, b)] = min(a, b) }
                    } else {
                        holder[sentence] = index
                    }
                }
            }
            for index in indices where find(index) != index { into[index] = find(index) }
        }
        guard !into.isEmpty else { return }
        for target in Self.merge(into, in: &topics, renamed: &renamed) {
            if let label = label(of: topics[target], structural: true) { topics[target].label = label }
        }
        topics = topics.indices.filter { into[$0] == nil }.map { topics[$0] }
    }

    /// With three versions or more, automatic topics come from each pair of versions. Two
    /// pairs' topics of one subject, merged above by their sentences or their names, may now
    /// hold a third pair's topic of the same sentences: the merger is asked once more. A
    /// historian's English, French and Russian communiqués had "chemical weapons" (English
    /// and French, English and Russian, merged by name) and "armes chimiques" (French and
    /// Russian) on the same three sentences, and the brief said "armes chimiques — not in EN".
    private func mergeAcrossPairs(_ topics: inout [Analysis.Topic], renamed: inout [String: String]) {
        var into: [Int: Int] = [:]
        for (index, target) in merger.merges(topics).enumerated() where target != index { into[index] = target }
        guard !into.isEmpty else { return }
        _ = Self.merge(into, in: &topics, renamed: &renamed)
        topics = topics.indices.filter { into[$0] == nil }.map { topics[$0] }
    }

    /// Moves the occurrences of each topic `into` maps to the topic it maps to (indices into
    /// `topics`), points `renamed` at the topics kept, and returns the indices of those that
    /// grew. The merged topics stay in `topics` for the caller to drop once it is done.
    private static func merge(_ into: [Int: Int], in topics: inout [Analysis.Topic], renamed: inout [String: String]) -> Set<Int> {
        var redirect: [String: String] = [:]
        for (index, target) in into.sorted(by: { $0.key < $1.key }) {
            topics[target].occurrences += topics[index].occurrences
            redirect[topics[index].id] = topics[target].id
        }
        // Ids merged before now point at a merged topic: follow them on, once each (no scan of
        // every earlier merge per topic merged now).
        for (id, value) in renamed { if let to = redirect[value] { renamed[id] = to } }
        renamed.merge(redirect) { _, new in new }
        let grown = Set(into.values)
        for target in grown { sortUnique(&topics[target].occurrences) }
        return grown
    }

    /// Merges into a linked lexicon topic each linked automatic topic that shares a sentence
    /// with it and a word of its name: one sentence of a version linked to two of the other's,
    /// one on the lexicon's alias ("…renouvelé ses condoléances… décès de la reine Elizabeth
    /// II" with "…expressed his deepest condolences on the loss of Her Majesty…") and one by
    /// meaning alone ("…the profound mark Her Majesty The Queen made…"), made "condoléances et
    /// catastrophes" and "condoléances au peuple", two topics of one subject. A shared
    /// sentence alone is not enough (a sentence holds several subjects), nor a shared word
    /// alone (two passages of one word may speak of two things): half the automatic topic's
    /// sentences at least are the lexicon topic's, and its name shares a word with an alias
    /// the lexicon matched in one of them ("condoléances"; not a word of the lexicon topic's
    /// label, "economic" of "sanctions and economic measures"). The lexicon topic keeps its
    /// id and name; `renamed` points the automatic topic's id (and those merged into it
    /// before) at it.
    private func mergeIntoLexiconTopics(_ topics: inout [Analysis.Topic], renamed: inout [String: String]) {
        let normalisers = languages.map { Normaliser(language: $0) }
        func keys(_ label: String, _ normalisers: [Normaliser]) -> Set<String> {
            var keys = Set<String>()
            for normaliser in normalisers {
                for word in normaliser.normalise(phrase: label) where word.key.count >= 4 && !word.key.allSatisfy(\.isNumber) {
                    keys.insert(word.key)
                }
            }
            return keys
        }
        // A topic's sentences, once each: sorted keys, not a set (an automatic topic of a
        // recurring word held 100,000 occurrences at 2 × 10 MB).
        func sentences(_ topic: Analysis.Topic) -> [Analysis.SentenceRef] {
            var keys = topic.occurrences.map { Int64($0.version) << 32 | Int64($0.sentence) }
            keys.sort()
            var refs: [Analysis.SentenceRef] = []
            for (index, key) in keys.enumerated() where index == 0 || keys[index - 1] != key {
                refs.append(Analysis.SentenceRef(version: Int(key >> 32), sentence: Int(key & 0xFFFF_FFFF)))
            }
            return refs
        }
        let lexicon = topics.indices.filter { topics[$0].origin == .lexicon }
        guard !lexicon.isEmpty else { return }
        // The automatic topics asked about, and their sentences: only those are indexed.
        let asking = topics.indices.filter { topics[$0].origin == .automatic && topics[$0].versions.count >= 2 }
        var asked = namer.versions.map { BitSet(count: $0.sentenceCount) }
        for automatic in asking {
            for occurrence in topics[automatic].occurrences { asked[occurrence.version].insert(occurrence.sentence) }
        }
        let index = LexiconOccurrenceIndex(lexicon.map { topics[$0].occurrences }, sentenceCounts: namer.versions.map(\.sentenceCount)) { version, sentence in
            asked.indices.contains(version) && asked[version].contains(sentence)
        }
        // The keys of the aliases lexicon topic `l` matched in `sentence` (as written:
        // "condoléances"), not of its label's generic words ("economic", "talks", "security").
        func aliasKeys(_ l: Int, _ sentence: Analysis.SentenceRef) -> Set<String> {
            var found = Set<String>()
            for entry in index.entries(version: sentence.version, sentence: sentence.sentence) where entry.topic == Int32(l) {
                let occurrence = topics[lexicon[l]].occurrences[Int(entry.occurrence)]
                guard !occurrence.byMeaning else { continue }
                found.formUnion(keys(namer.documents[occurrence.version].scalars.string(occurrence.range), normalisers))
            }
            return found
        }
        var into: [Int: Int] = [:]
        for automatic in asking {
            let words = keys(topics[automatic].label, normalisers)
            guard !words.isEmpty else { continue }
            let own = sentences(topics[automatic])
            // A lexicon topic one version has, only where the automatic topic's words in that
            // version are all the lexicon topic's own: there the reader marks them with the
            // lexicon topic, and the automatic topic, shared by its links, showed no passage
            // in that version while the lexicon topic was "only in" it (a user's brief listed
            // one sentence as both, "follow-up — only in Harbour" and "follow-up" in both).
            // (Asked of the index: a copy of the lexicon topic's worded occurrences, 100,000 at
            // 2 × 10 MB, raised the reader's peak by 6 MB.)
            func covered(_ l: Int) -> Bool {
                let lexiconTopic = topics[lexicon[l]]
                guard lexiconTopic.versions.count < 2 else { return true }
                guard let version = lexiconTopic.occurrences.first?.version, lexiconTopic.occurrences.contains(where: { !$0.byMeaning })
                else { return false }
                return topics[automatic].occurrences.filter { $0.version == version }.allSatisfy { occurrence in
                    index.entries(version: version, sentence: occurrence.sentence).contains { entry in
                        guard entry.topic == Int32(l) else { return false }
                        let held = lexiconTopic.occurrences[Int(entry.occurrence)]
                        return !held.byMeaning && held.range.overlaps(occurrence.range)
                    }
                }
            }
            // The lexicon topics its sentences carry, each with the number of sentences it shares.
            // (How many sentences: the sentences themselves are found again for the few asked.)
            var shared: [Int: Int] = [:]
            for sentence in own {
                var last: Int32 = -1
                for entry in index.entries(version: sentence.version, sentence: sentence.sentence) where entry.topic != last {
                    shared[Int(entry.topic), default: 0] += 1
                    last = entry.topic
                }
            }
            // Half its sentences at least are the lexicon topic's, and its name shares a word
            // with an alias the lexicon matched in one of them.
            // (A sentence without the topic has no alias of it: `aliasKeys` is empty there.)
            let match = shared.keys.sorted().first { l in
                2 * shared[l]! >= own.count && own.contains { !aliasKeys(l, $0).isDisjoint(with: words) } && covered(l)
            }
            if let match { into[automatic] = lexicon[match] }
        }
        guard !into.isEmpty else { return }
        _ = Self.merge(into, in: &topics, renamed: &renamed)
        topics = topics.indices.filter { into[$0] == nil }.map { topics[$0] }
    }

    /// Names each lexicon topic of several subjects by those its matched aliases named
    /// (`LexiconLabelParts`): "Indo-Pacifique" where no passage spoke of China. A topic found
    /// in versions of one language only is named in that language, where the lexicon has a
    /// label in it: a fact-checker read "мирное урегулирование — only in Élysée" over the
    /// Élysée's English, the Kremlin's Russian version being first.
    private func nameLexiconTopicsByTheirParts(_ topics: inout [Analysis.Topic]) {
        var namers: [Language: LexiconLabelParts] = [:]
        for index in topics.indices where topics[index].origin == .lexicon {
            nameLexiconTopic(&topics[index], namers: &namers)
        }
    }

    /// Names lexicon topic `topic` as `nameLexiconTopicsByTheirParts` does: in the language of
    /// the versions it is found in when that is one language alone, else in `labelLanguage`,
    /// narrowed to the parts its passages named.
    private func nameLexiconTopic(_ topic: inout Analysis.Topic, namers: inout [Language: LexiconLabelParts]) {
        guard let lexiconTopic = lexiconTopics[topic.id] else { return }
        var language = labelLanguage
        if !labelLanguageIsChosen, let first = topic.occurrences.first.map({ namer.versions[$0.version].language }), first != labelLanguage,
           lexiconTopic.labels[first.rawValue] != nil,
           topic.occurrences.allSatisfy({ namer.versions[$0.version].language == first }) {
            language = first
            topic.label = DisplayLabel.normalised(lexiconTopic.label(for: language))
        }
        guard LexiconLabelParts.parts(of: lexiconTopic.label(for: language)).count > 1 else { return }
        let aliases = topic.occurrences.lazy.filter { !$0.byMeaning }.map { occurrence in
            (text: namer.documents[occurrence.version].scalars.string(occurrence.range).lowercased(),
             language: namer.versions[occurrence.version].language)
        }
        var parts = namers[language] ?? LexiconLabelParts(labelLanguage: language)
        if let label = parts.narrowed(lexiconTopic, aliases: aliases) { topic.label = DisplayLabel.normalised(label) }
        namers[language] = parts
    }

    /// Names again the lexicon topics that sentences saying the same thing whole gave to a
    /// version of another language after naming (`Analysis.shareTopicsAcrossWholeLinks`): a
    /// topic the French version alone had was named in French ("aide militaire"), then its
    /// English translation shared it, and an English reader's list mixed two languages.
    /// `before`: the versions each topic so shared had as naming saw them, by topic index.
    func renameLexiconTopicsSpreadToOtherLanguages(_ analysis: inout Analysis, before: [Int: Set<Int>]) {
        guard !labelLanguageIsChosen else { return }
        func languages(_ versions: some Sequence<Int>) -> Set<Language> { Set(versions.map { namer.versions[$0].language }) }
        var namers: [Language: LexiconLabelParts] = [:]
        for (index, seen) in before.sorted(by: { $0.key < $1.key }) where analysis.topics[index].origin == .lexicon {
            guard let lexiconTopic = lexiconTopics[analysis.topics[index].id] else { continue }
            let was = languages(seen)
            guard was.count == 1, was.first != labelLanguage, languages(analysis.topics[index].occurrences.map(\.version)).count > 1 else { continue }
            analysis.topics[index].label = DisplayLabel.normalised(lexiconTopic.label(for: labelLanguage))
            nameLexiconTopic(&analysis.topics[index], namers: &namers)
        }
    }

    /// The keys of a one-sided topic's own words (the name it was found by; an occurrence by
    /// meaning has no word of its own).
    private func ownKeys(_ topic: Analysis.Topic) -> Set<Int32> {
        var keys = Set<Int32>()
        for occurrence in topic.occurrences where !occurrence.byMeaning {
            let version = namer.versions[occurrence.version]
            for t in version.tokens(of: occurrence.sentence)
            where Int(version.tokenStart(t)) == occurrence.range.lowerBound && version.term[t] >= 0 {
                keys.insert(version.term[t])
            }
        }
        return keys
    }

    /// In order of version and offset, once each (the first of equal ones kept), in place:
    /// equal occurrences sort next to each other, so no set of them is needed.
    private static func sortUnique(_ occurrences: inout [Analysis.Occurrence]) {
        func key(_ o: Analysis.Occurrence) -> (Int, Int, Int) { (o.version, o.range.lowerBound, o.range.upperBound) }
        occurrences.sort { key($0) < key($1) }
        var kept = 0
        var runStart = 0
        for index in occurrences.indices {
            let occurrence = occurrences[index]
            if runStart < kept, key(occurrences[runStart]) != key(occurrence) { runStart = kept }
            if !occurrences[runStart..<kept].contains(occurrence) {
                occurrences[kept] = occurrence
                kept += 1
            }
        }
        occurrences.removeLast(occurrences.count - kept)
        occurrences.settleByMeaning()
    }
}

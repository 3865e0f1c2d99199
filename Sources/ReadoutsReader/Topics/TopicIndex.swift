import ReadoutsText
import ReadoutsTopics

/// The topic engine's analysis arranged for drawing and navigation: each version's topic
/// occurrences sorted by offset, sentence ranges for offset lookups, and each topic's
/// colour slot and gutter mark. Built once per analysis update, never per frame.
public struct TopicIndex: Sendable {
    /// One highlighted span: an occurrence of a topic in a version. Stored in 16 bytes
    /// (a 10 MB version has hundreds of thousands of them); offsets fit 32 bits.
    public struct Mark: Sendable, Equatable {
        private var storedTopic: Int32
        private var storedSentence: Int32
        private var start: Int32
        private var end: Int32

        public init(topic: Int, sentence: Int, range: Range<Int>) {
            storedTopic = Int32(truncatingIfNeeded: topic)
            storedSentence = Int32(truncatingIfNeeded: sentence)
            start = Int32(clamping: range.lowerBound)
            end = Int32(clamping: range.upperBound)
        }

        /// Index into `analysis.topics`.
        public var topic: Int { Int(storedTopic) }
        public var sentence: Int { Int(storedSentence) }
        public var range: Range<Int> {
            get { Int(start)..<Int(end) }
            set { start = Int32(clamping: newValue.lowerBound); end = Int32(clamping: newValue.upperBound) }
        }
    }

    /// The analysis indexed. The reader's index keeps its topics without their occurrences
    /// (`keepsOccurrences: false`): `marks` and `occurrencesByTopic` say where they are, and
    /// a second copy of hundreds of thousands of them, held for as long as the reader runs,
    /// counted against the memory issue 15 bounds.
    public let analysis: Analysis
    /// How many passages each topic has in each version, headings left out (topic-major:
    /// `topic * versions + version`).
    private let occurrenceCounts: [Int32]
    /// Per topic and version (topic-major), whether some occurrence there is a word of the
    /// version's own, not a passage found by meaning alone (`isByMeaningOnly`).
    private let hasWords: BitSet
    /// Whether the topic list shows some count "≈" (`isByMeaningOnly`), for its footer.
    let hasCountsByMeaningOnly: Bool
    /// The topic list's column widths in cells: its widest topic name and each version's
    /// widest count. Measured once per analysis, not on every frame the list is drawn
    /// (thousands of names measured again at every key).
    let widestLabel: Int
    private let countWidths: [Int]
    /// The topic list's rows before its filter (topics by their letters' places) and each
    /// label folded as the filter matches it (`TopicListState.fold`): made once per analysis,
    /// not on every frame the list is drawn (every label folded and the list sorted again).
    let topicListOrder: [Int]
    let foldedLabels: [String]
    /// How many topics are named only in headings, and left out of `topicListOrder`.
    var headingOnlyTopics: Int { analysis.topics.count - topicListOrder.count }
    /// The version of each topic's first occurrence (-1: none).
    private let firstVersions: [Int32]
    private let versionCount: Int
    /// Colour slot per topic id (see `TopicColouring`). A topic keeps its slot as new
    /// results stream in.
    public let slots: [String: Int]
    /// The same by topic index.
    let slotByTopic: [Int]
    /// Each topic's place among the letters (`symbol(of:)`).
    let letterRank: [Int32]
    /// The letters' places by topic id, carried to the next partial index as `slots` are.
    public let letters: [String: Int]
    /// Occurrences per version, sorted by start offset.
    public let marks: [[Mark]]
    // The sentence at an offset and whether a sentence is a heading are read from
    // `analysis.versions`' sentences, which the engine's analysis shares: copies of their
    // starts and heading flags cost 5 bytes a sentence in every index, and an index is
    // alive while the engine links (at its memory peak).
    /// Link indices by (version, sentence), strongest first, as one flat list per version:
    /// sentence `s`'s links are `linkList[v][linkStart[v][s] ..< linkStart[v][s + 1]]`.
    /// Lookups stay O(1) per frame, without an array per sentence. Links with a heading at
    /// either end are left out.
    let linkStart: [[Int32]]
    let linkList: [[Int32]]
    /// Each topic's passages outside headings, in reading order, version by version, each by
    /// its first occurrence of the topic: where `]`, `[`, `}` and `{` land, what "3/6" counts
    /// and what the topic list counts.
    public let occurrencesByTopic: [[NavigationState.MarkRef]]
    /// The passages (sentences outside headings) where a topic some version lacks occurs (a
    /// one-sided topic, with two versions), version by version in reading order, each by its
    /// first such occurrence: what `o` steps through and counts ("one-sided passage 2/9"), a
    /// sentence once however many of its words do. With three versions, what one translation
    /// leaves out is a topic the two others share: `o` finds it too.
    public let oneSided: [NavigationState.MarkRef]
    /// For each topic, the versions it does not occur in (headings included).
    public let missingFrom: [[Int]]
    /// With three versions or more, the passages linked to some other version but not to
    /// every one (by version and sentence, packed: `passageKey`), with the versions they have no
    /// link into: a sentence one translation leaves out whose topic the others still share
    /// elsewhere ("…review the flood defence plan…" in English and Russian, not in French)
    /// is "not in" that version, passage by passage. Once the analysis is complete, with any
    /// number of versions, a passage of a topic linked to nothing at all is "not in" every
    /// other (an NGO researcher's "Среди возвращённых — двадцать военнослужащих, нуждающихся в
    /// срочной медицинской помощи", of a topic both accounts have, was nowhere in `o`; on
    /// `dev/`, unlinked sentences of five words or more are of an annotated one-sided subject
    /// 155 times, of a shared one 86: about the engine's one-sided topics' own precision).
    /// `o` steps through them too.
    public let passageMissingFrom: [Int64: [Int]]
    /// Once the analysis is complete, each version's sentences that no topic holds and nothing
    /// is linked to, of four words or more (`Analysis.sentencesLinkedToNothing`, the brief's
    /// "Linked to nothing"): `o` stops at them too, after `oneSided`'s passages in reading
    /// order (`oneSidedStops`). Empty while the engine links.
    public let linkedToNothing: [[Int]]
    /// Each version's sentences linked to nothing that speak of the reports themselves (who
    /// published what, an agency's framing: `Analysis.sentencesLinkedToNothingByKind`), in
    /// order: `o` passes them, and Enter there says why.
    public let aboutTheReports: [[Int]]
    /// Per version, its opening line that only says a call took place, in no topic and linked
    /// to nothing (`Analysis.sentencesLinkedToNothingByKind`): no `o` stop, and the status line says why.
    public let openingCallLines: [Int?]
    /// Where `o` stops, version by version in reading order: `oneSided`'s passages and the
    /// sentences `linkedToNothing` (`OneSidedStops.swift`). Made with the index, 12 bytes a
    /// stop, so that `o` finds its place by binary search: it merged the two lists at every
    /// press, then walked them.
    public let oneSidedStops: [OneSidedStop]
    /// Where one link stands among the others (`strength`; the page's weak links).
    public let ranks: LinkRanks
    /// Whether each topic is found in one version only (asked on every frame for the status
    /// line: `Topic.isOneSided` walks all its occurrences).
    public let isOneSided: [Bool]
    /// For each version, the order `}` visits topics in when that version has the focus: by
    /// first appearance there, then the topics it lacks by first appearance in the next
    /// versions (wrapping round). Topics found only in headings are left out. Sorted once
    /// per analysis: sorting thousands of topics on every key press cost 5 ms at 2 × 10 MB.
    public let topicOrders: [[Int]]
    /// The sentences some other version lacks word for word…
    public let changes: SentenceChanges
    /// …and where `J` and `K` stop: those, and what other versions add (empty until the
    /// analysis is whole).
    public let changeStops: ChangeStops
    /// The linked sentences that are counterparts in a translation, which Enter and `c`
    /// compare for a negation from a lower similarity (`Negation`).
    public let translations: TranslationCounterparts
    /// Whether the topics' names are written in two scripts (Latin and Cyrillic): each topic
    /// is named in a language of the versions that have it, and a diplomat read "Сирия" and
    /// "critical infrastructure" in one list as a mistake (the topic list says how to name
    /// them in one, `--topic-language`).
    public let namesMixScripts: Bool

    /// `slots`: the previous index's, so topics keep their colours as results stream in.
    /// `colours`: how many colours the theme can tell apart (`TerminalTheme.topicCount`).
    /// `keepsOccurrences`: false leaves the topics' occurrences out of `analysis` once indexed.
    /// `findsChanges`: false leaves out what `J` steps through (`changes`, `changeStops`).
    public init(_ analysis: Analysis, documents: [Document], slots previousSlots: [String: Int] = [:], letters previousLetters: [String: Int] = [:],
                colours: Int = 16, keepsOccurrences: Bool = true, findsChanges: Bool = true) {
        versionCount = documents.count
        // Once the analysis is whole: partial indexes come every quarter second while the
        // engine links, at its memory peak; an export's page does not step through them.
        // First, before the marks and lists below are held: its working memory (the drafts'
        // changes both ways) made the reader's peak at the bench's 2 × 10 MB drafts.
        translations = analysis.isComplete && findsChanges ? TranslationCounterparts(analysis) : TranslationCounterparts()
        namesMixScripts = Self.mixesScripts(analysis.topics.lazy.map(\.label))
        if analysis.isComplete && findsChanges {
            let texts = DraftChanges.SentenceTexts(documents: documents, analysis: analysis).sortingSentencesByText()
            changes = SentenceChanges(texts: texts)
            changeStops = ChangeStops(texts: texts, changes: changes, translations: translations)
        } else {
            changes = SentenceChanges()
            changeStops = ChangeStops()
        }
        var counts = [Int32](repeating: 0, count: analysis.topics.count * documents.count)
        var perVersion = [Int](repeating: 0, count: documents.count)
        for topic in analysis.topics {
            for occurrence in topic.occurrences where occurrence.version < documents.count {
                perVersion[occurrence.version] += 1
            }
        }
        // Each version's marks in an array of their exact size, made disjoint where they lie:
        // the index is built while the engine still links (at its memory peak), and arrays
        // grown by doubling, then a sorted copy and a clipped copy, held three times them.
        var marks = perVersion.map { count -> [Mark] in
            var list: [Mark] = []
            list.reserveCapacity(count)
            return list
        }
        var hasWords = BitSet(count: analysis.topics.count * documents.count)
        for (topicIndex, topic) in analysis.topics.enumerated() {
            for occurrence in topic.occurrences where occurrence.version < documents.count {
                counts[topicIndex * documents.count + occurrence.version] += 1
                if !occurrence.byMeaning { hasWords.insert(topicIndex * documents.count + occurrence.version) }
                // An occurrence by meaning has no word of its own: an empty mark where its
                // sentence starts gives the row its gutter letter and a place to land on,
                // and colours no word.
                let range = occurrence.byMeaning ? occurrence.range.lowerBound..<occurrence.range.lowerBound : occurrence.range
                marks[occurrence.version].append(Mark(topic: topicIndex, sentence: occurrence.sentence, range: range))
            }
        }
        for version in marks.indices { Self.makeDisjoint(&marks[version]) }
        // The passages each topic has in each version, as the topic list shows them and the
        // reports say "only in" and "not in" by (`Analysis.passageCounts`): sentences outside
        // headings, words another topic's cover left out (made disjoint above). A topic whose
        // word in a version is its title's alone is not in it (a Berlin correspondent's "hat
        // heute" was "only in" in the brief and in both versions here).
        var passages = [Int32](repeating: 0, count: counts.count)
        for (version, list) in marks.enumerated() {
            var lastSentence = [Int32](repeating: -1, count: analysis.topics.count)
            for mark in list where lastSentence[mark.topic] != Int32(mark.sentence) {
                lastSentence[mark.topic] = Int32(mark.sentence)
                if !Self.isHeading(analysis, version: version, sentence: mark.sentence) {
                    passages[mark.topic * documents.count + version] += 1
                }
            }
        }
        let versionsWithPassages = analysis.topics.indices.map { topic in
            (0..<documents.count).filter { passages[topic * documents.count + $0] > 0 }
        }
        firstVersions = analysis.topics.indices.map { topic in
            Int32(versionsWithPassages[topic].first ?? analysis.topics[topic].occurrences.first?.version ?? -1)
        }
        if keepsOccurrences {
            self.analysis = analysis
        } else {
            var slim = analysis
            slim.topics = analysis.topics.map { Analysis.Topic(id: $0.id, label: $0.label, origin: $0.origin, occurrences: []) }
            self.analysis = slim
        }
        self.marks = marks
        (linkStart, linkList) = Self.linksBySentence(analysis, versions: documents.count)
        // Read before the occurrences are left out (`keepsOccurrences`): they say what a topic holds.
        // Not the sentences about the reports themselves (`sentencesLinkedToNothingByKind`): no stop.
        let byKind = analysis.isComplete && documents.count > 1 ? analysis.sentencesLinkedToNothingByKind(documents: documents) : nil
        linkedToNothing = byKind?.event ?? documents.map { _ in [] }
        aboutTheReports = byKind?.reports ?? documents.map { _ in [] }
        openingCallLines = byKind?.callLines ?? documents.map { _ in nil }
        // By passages, once per topic (not per comparison and per mark: that was quadratic,
        // 0.3 s for 2 × 1 MB).
        let isOneSided = versionsWithPassages.map { $0.count == 1 }
        let missingFrom = analysis.topics.indices.map { topic in
            (0..<documents.count).filter { passages[topic * documents.count + $0] == 0 }
        }
        // Each topic's list at its size (the marks' count, headings included, is its bound):
        // grown by doubling, the lists held up to twice what they need while the engine links.
        var byTopic = (0..<analysis.topics.count).map { topic -> [NavigationState.MarkRef] in
            var list: [NavigationState.MarkRef] = []
            list.reserveCapacity((0..<documents.count).reduce(0) { $0 + Int(counts[topic * documents.count + $1]) })
            return list
        }
        var oneSided: [NavigationState.MarkRef] = []
        var passageMissingFrom: [Int64: [Int]] = [:]
        // The versions each passage has no link into (`Analysis.passagesNotIn`, the rule the
        // brief, the page and the JSON's `notIn` read too), each version's in sentence order:
        // looked up there by halving, not put in a dictionary of them all beside
        // `passageMissingFrom` while the final index is built (the reader's memory peak).
        let notIn = analysis.passagesNotIn(versions: documents.count)
        for (version, list) in self.marks.enumerated() {
            let passages = version < notIn.count ? notIn[version] : []
            var lastSentence = -1
            for (position, mark) in list.enumerated() {
                if Self.isHeading(analysis, version: version, sentence: mark.sentence) { continue }
                if mark.sentence != lastSentence {
                    lastSentence = mark.sentence
                    let found = passages.partitionPoint { $0.sentence >= mark.sentence }
                    if found < passages.count, passages[found].sentence == mark.sentence {
                        let unlinked = passages[found].versions
                        passageMissingFrom[Self.passageKey(version, mark.sentence)] = unlinked
                        if oneSided.last.map({ $0.version != version || list[$0.index].sentence != mark.sentence }) ?? true {
                            // At the sentence's word of a topic some version lacks, if it has
                            // one: `o` then names that topic ("only in Kremlin"), not a shared one.
                            var stop = position
                            var next = position
                            while next < list.count, list[next].sentence == mark.sentence {
                                if !missingFrom[list[next].topic].isEmpty { stop = next; break }
                                next += 1
                            }
                            oneSided.append(.init(version: version, index: stop))
                        }
                    }
                }
                // A passage once, at its first word of the topic: `]` steps sentence by
                // sentence and the list counts passages (a sentence saying "solar" twice is one).
                if let last = byTopic[mark.topic].last, last.version == version, list[last.index].sentence == mark.sentence { continue }
                byTopic[mark.topic].append(.init(version: version, index: position))
                if !missingFrom[mark.topic].isEmpty, oneSided.last.map({ $0.version != version || list[$0.index].sentence != mark.sentence }) ?? true {
                    oneSided.append(.init(version: version, index: position))
                }
            }
        }
        // The counts the topic list shows are the passages `]` steps through (`byTopic`, a
        // sentence once, headings left out): those counted above.
        occurrenceCounts = passages
        self.hasWords = hasWords
        hasCountsByMeaningOnly = passages.indices.contains { passages[$0] > 0 && !hasWords.contains($0) }
        widestLabel = analysis.topics.map { CellWidth.of($0.label) }.max() ?? 12
        // A count of passages found by meaning alone takes its mark, "≈", a cell more.
        countWidths = (0..<documents.count).map { version in
            analysis.topics.indices.map { topic in
                let count = passages[topic * documents.count + version]
                return String(count).count + (count > 0 && !hasWords.contains(topic * documents.count + version) ? 1 : 0)
            }.max() ?? 1
        }
        occurrencesByTopic = byTopic
        self.oneSided = oneSided
        oneSidedStops = Self.oneSidedStops(oneSided, linkedToNothing: linkedToNothing, marks: self.marks, versions: documents.count)
        self.isOneSided = isOneSided
        self.missingFrom = missingFrom
        self.passageMissingFrom = passageMissingFrom
        ranks = LinkRanks(analysis)
        topicOrders = Self.topicOrders(byTopic, marks: self.marks, versions: documents.count)
        // Two-sided topics get colours first; one-sided ones are still coloured but the
        // shared ones are what a reader compares. Topics with no passage (found in headings
        // alone: "article 12" thirty times over in a declaration and its translation) come
        // last, after the letters a reader steps through: they had taken D to g.
        func tier(_ topic: Int) -> Int { byTopic[topic].isEmpty ? 2 : isOneSided[topic] ? 1 : 0 }
        let colourOrder = analysis.topics.indices.sorted { (tier($0), $0) < (tier($1), $1) }
        slots = TopicColouring.slots(analysis, marks: self.marks, order: colourOrder, previous: previousSlots, colours: colours)
        slotByTopic = analysis.topics.map { [slots] topic in slots[topic.id] ?? 0 }
        // Letters given earlier (to a partial analysis) are kept, like colour slots, so that
        // a letter read in the gutter goes on naming the same topic while linking goes on.
        var letters = previousLetters
        var takenLetters = Set(letters.values)
        var nextLetter = 0
        var letterRank = [Int32](repeating: 0, count: analysis.topics.count)
        for topic in colourOrder {
            let id = analysis.topics[topic].id
            if letters[id] == nil {
                while takenLetters.contains(nextLetter) { nextLetter += 1 }
                letters[id] = nextLetter
                takenLetters.insert(nextLetter)
            }
            letterRank[topic] = Int32(letters[id]!)
        }
        self.letterRank = letterRank
        self.letters = letters
        // A topic named only in headings has no passage to go to: it is left out of the list
        // (an analyst's long pair listed some forty "readout 34  –  –" rows, one per "## Readout
        // N" heading), and the footer says how many are.
        let passageCounts = occurrenceCounts, versions = versionCount
        let hasPassage = { (topic: Int) in (0..<versions).contains { passageCounts[topic * versions + $0] > 0 } }
        topicListOrder = analysis.topics.indices.sorted { (letterRank[$0], $0) < (letterRank[$1], $1) }.filter(hasPassage)
        // A shipped lexicon's topic is found by its names in every language: `nato` finds
        // "OTAN" (a student typed "nato" in French versions and read "no topic is named so").
        let shipped = analysis.lexicons.contains(ShippedTopicNames.identity)
        foldedLabels = analysis.topics.map { topic in
            let names = shipped && topic.origin == .lexicon ? ShippedTopicNames.otherNames(of: topic.id, shownAs: topic.label) : []
            return ([TopicListState.foldLabel(topic.label)] + names.map(TopicListState.foldLabel)).joined(separator: "\u{1F}")
        }
    }

    /// `topicOrders`: for each version, topics by (how many versions after it the topic first
    /// appears in, its first offset there).
    static func topicOrders(_ byTopic: [[NavigationState.MarkRef]], marks: [[Mark]], versions: Int) -> [[Int]] {
        (0..<versions).map { home in
            var key = [(Int, Int)?](repeating: nil, count: byTopic.count)
            for (topic, occurrences) in byTopic.enumerated() {
                for occurrence in occurrences {
                    let candidate = ((occurrence.version - home + versions) % versions, marks[occurrence.version][occurrence.index].range.lowerBound)
                    if key[topic].map({ candidate < $0 }) ?? true { key[topic] = candidate }
                }
            }
            return byTopic.indices.filter { key[$0] != nil }.sorted { (key[$0]!.0, key[$0]!.1, $0) < (key[$1]!.0, key[$1]!.1, $1) }
        }
    }

    /// Each version's links grouped by sentence (counted, then placed), strongest first.
    static func linksBySentence(_ analysis: Analysis, versions: Int) -> ([[Int32]], [[Int32]]) {
        var starts: [[Int32]] = []
        var lists: [[Int32]] = []
        func isHeading(_ end: Analysis.SentenceRef) -> Bool { Self.isHeading(analysis, version: end.version, sentence: end.sentence) }
        // Which links to keep, as flags: a filtered copy of the links would copy every link's arrays.
        let kept = analysis.links.map { !isHeading($0.from) && !isHeading($0.to) }
        let links = analysis.links.indices.lazy.filter { kept[$0] }.map { ($0, analysis.links[$0]) }
        for version in 0..<versions {
            var sentenceCount = version < analysis.versions.count ? analysis.versions[version].sentences.count : 0
            var hasLinks = false
            for (_, link) in links {
                for end in [link.from, link.to] where end.version == version {
                    hasLinks = true
                    sentenceCount = max(sentenceCount, end.sentence + 1)
                }
            }
            // A version without links (the lexicon's topics, before linking) keeps no starts:
            // the lookup finds no sentence in them.
            guard hasLinks else {
                starts.append([])
                lists.append([])
                continue
            }
            var start = [Int32](repeating: 0, count: sentenceCount + 1)
            for (_, link) in links {
                if link.from.version == version { start[link.from.sentence + 1] += 1 }
                if link.to.version == version { start[link.to.sentence + 1] += 1 }
            }
            for s in 0..<sentenceCount { start[s + 1] += start[s] }
            var list = [Int32](repeating: 0, count: Int(start[sentenceCount]))
            var next = start
            for (position, link) in links {
                for end in [link.from, link.to] where end.version == version {
                    list[Int(next[end.sentence])] = Int32(position)
                    next[end.sentence] += 1
                }
            }
            for s in 0..<sentenceCount where start[s + 1] - start[s] > 1 {
                list[Int(start[s])..<Int(start[s + 1])].sort { analysis.links[Int($0)].score > analysis.links[Int($1)].score }
            }
            starts.append(start)
            lists.append(list)
        }
        return (starts, lists)
    }

    /// Sorts marks by start and clips overlaps (an occurrence inside another is dropped,
    /// one that overlaps the previous starts after it), so each cell has one topic and
    /// mark ends are sorted too, which the binary searches rely on. An empty mark (an
    /// occurrence by meaning) is never dropped: it comes before the words starting where it
    /// does, and one inside a word is moved to the word's end.
    /// Done in place: sorted where they lie, then clipped and compacted without a copy.
    /// `Analysis.withoutCoveredOccurrences` drops the same occurrences for the exports: a
    /// change to the rule is a change there too.
    static func makeDisjoint(_ marks: inout [Mark]) {
        func key(_ mark: Mark) -> (Int, Int, Int) { (mark.range.lowerBound, mark.range.isEmpty ? Int.min : -mark.range.upperBound, mark.topic) }
        marks.sort { key($0) < key($1) }
        var kept = 0
        for index in marks.indices {
            var mark = marks[index]
            if kept > 0, mark.range.lowerBound < marks[kept - 1].range.upperBound {
                let lastEnd = marks[kept - 1].range.upperBound
                guard mark.range.upperBound > lastEnd || mark.range.isEmpty else { continue }
                mark.range = lastEnd..<max(lastEnd, mark.range.upperBound)
            }
            marks[kept] = mark
            kept += 1
        }
        marks.removeLast(marks.count - kept)
    }

    static let symbols = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    /// How many passages of `topic` in `version` `]` and `[` step through (sentences, headings
    /// left out, as they are of stepping): what the topic list and the HTML report show.
    public func occurrenceCount(of topic: Int, in version: Int) -> Int {
        version < versionCount ? Int(occurrenceCounts[topic * versionCount + version]) : 0
    }

    /// Whether `link` is among the weakest quarter of the comparison's links (`LinkRanks`),
    /// as `Enter` and `Y` say it: a translation's counterparts are not ranked by score.
    public func isWeak(_ link: Analysis.Link) -> Bool {
        !translations.contains(link.from, link.to) && ranks.isAmongTheWeakestQuarter(link.score)
    }

    /// Whether `topic`'s passages in `version` were all found by meaning alone: the version
    /// never writes the topic's words (a fact-checker read "NATO 1 1" of two reports one of
    /// which never says NATO). The topic list marks such a count "≈1".
    public func isByMeaningOnly(_ topic: Int, in version: Int) -> Bool {
        occurrenceCount(of: topic, in: version) > 0 && !hasWords.contains(topic * versionCount + version)
    }

    /// The cells of `version`'s widest count in the topic list.
    func countWidth(in version: Int) -> Int {
        version < countWidths.count ? countWidths[version] : 1
    }

    /// The version of `topic`'s first occurrence.
    public func firstVersion(of topic: Int) -> Int? {
        firstVersions[topic] < 0 ? nil : Int(firstVersions[topic])
    }

    /// Looked up for every topic cell drawn: an array, not the dictionary by id.
    public func slot(of topic: Int) -> Int { slotByTopic[topic] }

    /// The gutter mark of a topic: a letter of its own (A–Z, then a–z, then digits, in the
    /// order topics get their colours: shared ones first), so a topic is identified without
    /// colour. Not the colour slot's: past the theme's colours, two topics far apart share a
    /// slot, and the same letter beside two different subjects looked like a link.
    public func symbol(of topic: Int) -> Character {
        Self.symbols[Int(letterRank[topic]) % Self.symbols.count]
    }

    /// The index of the first mark of `version` that ends after `offset`.
    public func firstMark(in version: Int, endingAfter offset: Int) -> Int {
        firstMark(in: version) { $0.range.upperBound <= offset }
    }

    /// The first mark of `version` that starts at or after `offset`.
    public func firstMark(in version: Int, startingAtOrAfter offset: Int) -> Int {
        firstMark(in: version) { $0.range.lowerBound < offset }
    }

    /// Binary search: the first mark for which `isBefore` is false.
    private func firstMark(in version: Int, where isBefore: (Mark) -> Bool) -> Int {
        marks[version].partitionPoint { !isBefore($0) }
    }

    /// The sentence of `version` holding `offset`.
    public func sentence(in version: Int, at offset: Int) -> Int? {
        guard version < versionCount, version < analysis.versions.count, !analysis.versions[version].sentences.isEmpty else { return nil }
        let sentences = analysis.versions[version].sentences
        if offset < sentences[0].range.lowerBound { return 0 }
        return sentences.partitionPoint { $0.range.lowerBound > offset } - 1
    }

    /// Whether a sentence is (part of) a heading.
    public func isHeading(_ version: Int, sentence: Int) -> Bool {
        version < versionCount && Self.isHeading(analysis, version: version, sentence: sentence)
    }

    /// Whether `analysis` marks a sentence as (part of) a heading: read where it is, never copied.
    static func isHeading(_ analysis: Analysis, version: Int, sentence: Int) -> Bool {
        guard version >= 0, version < analysis.versions.count else { return false }
        let sentences = analysis.versions[version].sentences
        return sentences.indices.contains(sentence) && sentences[sentence].isHeading
    }

    /// Where an occurrence's passage comes among its topic's (0-based), for "3/6": a later
    /// word of the topic in a sentence counts as the sentence; nil for one in a heading.
    public func position(of occurrence: NavigationState.MarkRef, topic: Int) -> Int? {
        let all = occurrencesByTopic[topic]
        let low = all.partitionPoint { ($0.version, $0.index) >= (occurrence.version, occurrence.index) }
        if low < all.count, all[low] == occurrence { return low }
        // A later word of the topic in a passage counts as the passage.
        guard low > 0, all[low - 1].version == occurrence.version, marks[occurrence.version].indices.contains(occurrence.index),
              marks[occurrence.version][all[low - 1].index].sentence == marks[occurrence.version][occurrence.index].sentence
        else { return nil }
        return low - 1
    }

    public func sentenceRange(_ version: Int, _ sentence: Int) -> Range<Int>? {
        guard version < analysis.versions.count, analysis.versions[version].sentences.indices.contains(sentence) else { return nil }
        return analysis.versions[version].sentences[sentence].range
    }

    /// Whether sentence `sentence` of `version` holds an occurrence of topic `topic`.
    public func sentence(_ sentence: Int, of version: Int, holds topic: Int) -> Bool {
        guard let range = sentenceRange(version, sentence), marks.indices.contains(version) else { return false }
        return marks[version][firstMark(in: version, startingAtOrAfter: range.lowerBound)...]
            .prefix { $0.sentence == sentence }.contains { $0.topic == topic }
    }

    /// The text ranges compared for what differs between sentence `own` and its linked
    /// `partner` (figures, names, negation): each its sentence, or, between counterparts of a
    /// translation that split one of them, the sentences it was split into
    /// (`TranslationCounterparts.runs`): a "not" in the second half is no negation the
    /// other version alone has.
    public func comparedRanges(_ own: Analysis.SentenceRef, _ partner: Analysis.SentenceRef) -> (own: Range<Int>, partner: Range<Int>)? {
        let runs = translations.runs(own, partner)
        func range(_ version: Int, _ run: ClosedRange<Int>) -> Range<Int>? {
            guard let first = sentenceRange(version, run.lowerBound), let last = sentenceRange(version, run.upperBound) else { return nil }
            return first.lowerBound..<max(first.lowerBound, last.upperBound)
        }
        guard let ownRange = range(own.version, runs.a), let partnerRange = range(partner.version, runs.b) else { return nil }
        return (ownRange, partnerRange)
    }

    /// Links from a sentence to sentences of other versions, strongest first.
    /// Where a link's score stands among this analysis' links, in words (`LinkRanks`). With
    /// too few links to compare, the scale scores are on (a diplomat read "score 0.51" of a
    /// pair of seven links, with nothing beside it).
    public func strength(of score: Double) -> String? {
        guard let below = ranks.shareBelow(score) else { return Self.scoreScale }
        return ranks.isAmongTheWeakestQuarter(score) ? "among the weakest quarter of links" : below >= 0.75 ? "among the strongest quarter" : "a middling link"
    }

    /// Whether some of `labels` are written in Latin letters and some in Cyrillic ones.
    static func mixesScripts<Labels: Sequence>(_ labels: Labels) -> Bool where Labels.Element == String {
        var (latin, cyrillic) = (false, false)
        for label in labels {
            for scalar in label.unicodeScalars where scalar.properties.isAlphabetic {
                switch LetterScript.of(scalar) {
                case .latin: latin = true
                case .cyrillic: cyrillic = true
                case .other: break
                }
            }
            if latin && cyrillic { return true }
        }
        return false
    }

    /// What a score is measured against where there are too few links to compare.
    static let scoreScale = "on a scale from about 0.15, weak, to 1.5, strong"

    /// The key of sentence `sentence` of `version` in `passageMissingFrom`.
    static func passageKey(_ version: Int, _ sentence: Int) -> Int64 { Int64(version) << 32 | Int64(sentence) }

    /// The versions the passage holding mark `mark` has no link into, while it has some (three
    /// versions or more); empty otherwise.
    public func passageMissing(_ mark: NavigationState.MarkRef) -> [Int] {
        guard mark.version < marks.count, marks[mark.version].indices.contains(mark.index) else { return [] }
        return passageMissingFrom[Self.passageKey(mark.version, marks[mark.version][mark.index].sentence)] ?? []
    }

    public func links(from version: Int, sentence: Int) -> [(to: Analysis.SentenceRef, link: Analysis.Link)] {
        Self.links(from: version, sentence: sentence, analysis, linkStart, linkList)
    }

    /// The links of a sentence in the tables `linksBySentence` made, each with its other end
    /// (also read while the index is being made, before `self` is whole).
    static func links(from version: Int, sentence: Int, _ analysis: Analysis, _ linkStart: [[Int32]], _ linkList: [[Int32]])
        -> [(to: Analysis.SentenceRef, link: Analysis.Link)] {
        guard version < linkStart.count, sentence >= 0, sentence + 1 < linkStart[version].count else { return [] }
        let positions = linkList[version][Int(linkStart[version][sentence])..<Int(linkStart[version][sentence + 1])]
        return positions.map { position in
            let link = analysis.links[Int(position)]
            let isFrom = link.from.version == version && link.from.sentence == sentence
            return (isFrom ? link.to : link.from, link)
        }
    }
}

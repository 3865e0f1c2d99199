import ReadoutsText
import ReadoutsTopics

/// Where `J` and `K` stop in each version, as vimdiff's `]c` stops at every hunk, added
/// lines included: each of its sentences another version lacks word for word, and, at
/// their place in it, the sentences another version adds. Against a draft of the same text
/// (`DraftChanges`) a stop says what changed ("B.txt: ninety → sixty", "not in B.txt",
/// "added in B.txt", "moved in B.txt"); against a translation (`TranslationStops`), a
/// sentence with no counterpart, one the translation adds, and a counterpart whose
/// figures, names or negation differ; against another account there are none (nearly
/// every sentence would be one). A counsel's `J` in the
/// first draft's pane came round after 14 changes: the inserted section was the other
/// pane's alone.
///
/// Built with the `TopicIndex` once the analysis is whole, in the background.
public struct ChangeStops: Sendable {
    /// What another version has for a stop, in 12 bytes (32 with `Int` fields): the bench's
    /// 2 × 10 MB drafts make 70,000 stops a version.
    public struct Part: Sendable, Equatable {
        private var storedVersion: Int32
        /// `.worded`: `sentence` says it otherwise; `.onlyInFirst`: that version lacks it
        /// (deleted); `.onlyInOther`: `sentence` is that version's alone, added here.
        public let kind: DraftChanges.Kind
        /// -1: none.
        private var storedSentence: Int32

        init(version: Int, kind: DraftChanges.Kind, sentence: Int?) {
            storedVersion = Int32(version)
            self.kind = kind
            storedSentence = Int32(sentence ?? -1)
        }

        public var version: Int { Int(storedVersion) }
        public var sentence: Int? { storedSentence < 0 ? nil : Int(storedSentence) }
    }

    /// 24 bytes (56 with `Int` fields and a `Bool`).
    public struct Stop: Sendable {
        /// What each other version has there, the first held in the stop itself: with two
        /// versions there is one, and an array of one for each of 70,000 stops held 5 MB
        /// more at the bench's 2 × 10 MB drafts. (An empty array takes no memory of its own.)
        let first: Part
        /// The anchor, and whether the stop is the version's own sentence, in one field: an
        /// own sentence's anchor as it is (0 or more), another's as -(anchor + 2) (below 0).
        private let storedAnchor: Int32
        private var more: [Part] = []
        public var parts: [Part] { [first] + more }

        init(anchor: Int, isOwn: Bool, part: Part) {
            storedAnchor = isOwn ? Int32(anchor) : -Int32(anchor + 2)
            first = part
        }

        /// Whether the stop is the version's own sentence (else another's, added after `anchor`).
        public var isOwn: Bool { storedAnchor >= 0 }

        /// The version's sentence, or for a sentence another version adds, the one it
        /// follows (-1: before them all).
        public var anchor: Int { isOwn ? Int(storedAnchor) : -Int(storedAnchor) - 2 }

        mutating func add(_ part: Part) { more.append(part) }
    }

    /// Per version, its stops in reading order…
    public let stops: [[Stop]]
    /// …and whether some other version is a draft of it…
    public let hasDrafts: [Bool]
    /// …and the versions that are its translations (`TranslationStops`)…
    public let translatedWith: [[Int]]
    /// …and, where another version is a draft of it, what that draft changed, as the panes
    /// mark it (`ReaderState.changeTints`), in reading order: made here, in the background,
    /// so that a frame only looks it up.
    public let marks: [[ChangeMark]]

    /// A stretch of a version's text a draft changed (`marks`), in 9 bytes: the words another
    /// draft does not keep in a sentence it words otherwise (`words`), else a whole sentence
    /// it lacks (or changes in case or punctuation alone).
    public struct ChangeMark: Sendable, Equatable {
        private let start: Int32
        private let end: Int32
        public let words: Bool
        init(_ range: Range<Int>, words: Bool) {
            start = Int32(truncatingIfNeeded: range.lowerBound)
            end = Int32(truncatingIfNeeded: range.upperBound)
            self.words = words
        }
        public var range: Range<Int> { Int(start)..<Int(end) }
    }

    /// Whether `J` has anything to step through in `version`: a draft or a translation of it.
    public func steps(_ version: Int) -> Bool {
        hasDrafts.indices.contains(version) && (hasDrafts[version] || !translatedWith[version].isEmpty)
    }

    /// Whether `other` is a translation of `version` (its stops say what the translation changed).
    public func isTranslation(_ version: Int, _ other: Int) -> Bool {
        translatedWith.indices.contains(version) && translatedWith[version].contains(other)
    }

    public init() {
        translatedWith = []
        stops = []
        hasDrafts = []
        marks = []
    }

    /// The stops of `texts`' versions (`changes`: theirs; `translations`: their sentences'
    /// counterparts in a translation).
    public init(texts: DraftChanges.SentenceTexts, changes: SentenceChanges, translations: TranslationCounterparts) {
        let (analysis, documents) = (texts.analysis, texts.documents)
        let count = min(documents.count, analysis.versions.count, changes.sentences.count)
        var stops: [[Stop]] = []
        var hasDrafts: [Bool] = []
        var translatedWith: [[Int]] = []
        var marks: [[ChangeMark]] = []
        for version in 0..<count {
            // One array of stops, sorted where it lies; a version's own sentence is one stop
            // whatever the versions that change it (`ownStop`: its place in `list`, -1: none;
            // an array by sentence, not a dictionary of 70,000 entries at 2 × 10 MB).
            var list: [Stop] = []
            var ownStop = [Int32](repeating: -1, count: analysis.versions[version].sentences.count)
            var drafted = false
            var translated: [Int] = []
            /// A change against `other`: its own sentence's stop (`first`; one whatever the
            /// versions that change it), or a sentence `other` adds after `anchor`.
            func add(_ other: Int, _ kind: DraftChanges.Kind, first: Int?, second: Int?, anchor: Int) {
                let part = Part(version: other, kind: kind, sentence: second)
                if let sentence = first {
                    if ownStop.indices.contains(sentence), ownStop[sentence] >= 0 {
                        list[Int(ownStop[sentence])].add(part)
                    } else {
                        if ownStop.indices.contains(sentence) { ownStop[sentence] = Int32(list.count) }
                        list.append(Stop(anchor: sentence, isOwn: true, part: part))
                    }
                } else {
                    list.append(Stop(anchor: anchor, isOwn: false, part: part))
                }
            }
            for other in 0..<count where other != version {
                if let drafts = DraftChanges.between(version, other, changes: changes, texts: texts, describes: false) {
                    drafted = true
                    for change in drafts.changes { add(other, change.kind, first: change.first, second: change.other, anchor: change.anchor) }
                }
                // A translation: what it left out, added or changed.
                else if TranslationCounterparts.isTranslation(analysis, version, other) {
                    translated.append(other)
                    for change in TranslationStops.find(version, other, texts: texts, translations: translations) {
                        add(other, change.kind, first: change.first, second: change.second, anchor: change.anchor)
                    }
                }
                // Another account, no draft nor translation of this one: nearly every
                // sentence would be a stop, none of them telling (`J` says so).
            }
            list.sort {
                ($0.anchor, $0.isOwn ? 0 : 1, $0.first.version, $0.first.sentence ?? -1)
                    < ($1.anchor, $1.isOwn ? 0 : 1, $1.first.version, $1.first.sentence ?? -1)
            }
            // Sentences other versions add at one place are one stop: with a translation and
            // a draft beside it, the sentence a draft leaves out was two stops ("only in EN"
            // and "deleted since FR"), counted twice.
            var merged: [Stop] = []
            merged.reserveCapacity(list.count)
            for stop in list {
                if !stop.isOwn, let last = merged.last, !last.isOwn, last.anchor == stop.anchor,
                   !last.parts.contains(where: { $0.version == stop.first.version }) {
                    for part in stop.parts { merged[merged.count - 1].add(part) }
                } else {
                    merged.append(stop)
                }
            }
            marks.append(drafted ? Self.marks(of: version, stops: merged, translated: translated, texts: texts) : [])
            stops.append(merged)
            hasDrafts.append(drafted)
            translatedWith.append(translated)
        }
        self.stops = stops
        self.hasDrafts = hasDrafts
        self.translatedWith = translatedWith
        self.marks = marks
    }

    /// What the drafts of `version` changed in it (`marks`), from its own stops in reading
    /// order: against the first draft that changes a sentence, the words it does not keep
    /// (`WordChange.changedWords`), else the whole sentence; a sentence it lacks, whole; a
    /// moved sentence keeps its words and is not marked.
    static func marks(of version: Int, stops: [Stop], translated: [Int], texts: DraftChanges.SentenceTexts) -> [ChangeMark] {
        var marks: [ChangeMark] = []
        let sentences = texts.analysis.versions[version].sentences
        for stop in stops where stop.isOwn && sentences.indices.contains(stop.anchor) {
            let range = sentences[stop.anchor].range
            guard let part = stop.parts.first(where: { !translated.contains($0.version) }) else { continue }
            switch part.kind {
            case .onlyInFirst:
                marks.append(ChangeMark(range, words: false))
            case .worded:
                guard let other = part.sentence, texts.analysis.versions.indices.contains(part.version),
                      texts.analysis.versions[part.version].sentences.indices.contains(other),
                      let own = texts.boundedString(version, stop.anchor), let theirs = texts.boundedString(part.version, other)
                else {
                    marks.append(ChangeMark(range, words: false))
                    continue
                }
                // Changed words where words changed; the whole sentence where only case,
                // punctuation or spacing did.
                let words = WordChange.changedWords(own, theirs) ?? []
                if words.isEmpty {
                    marks.append(ChangeMark(range, words: false))
                } else {
                    marks += words.map { ChangeMark((range.lowerBound + $0.lowerBound)..<(range.lowerBound + $0.upperBound), words: true) }
                }
            case .moved, .onlyInOther:
                continue
            }
        }
        return marks
    }

    /// The first stop of `version` after sentence `sentence` (forward: the sentences another
    /// version adds after it come first) or the last before it; nil when there is none.
    public func stop(in version: Int, from sentence: Int, forward: Bool) -> Int? {
        guard stops.indices.contains(version) else { return nil }
        let list = stops[version]
        // The first stop after `sentence` itself (its own stop, not the ones added after it):
        // stops are in order of (anchor, own first).
        func isAfter(_ stop: Stop) -> Bool { stop.anchor > sentence || stop.anchor == sentence && !stop.isOwn }
        let low = list.partitionPoint(where: isAfter)
        if forward { return low < list.count ? low : nil }
        // Back: the last stop before `sentence`.
        let lo = list.partitionPoint { $0.anchor >= sentence }
        return lo > 0 ? lo - 1 : nil
    }
}

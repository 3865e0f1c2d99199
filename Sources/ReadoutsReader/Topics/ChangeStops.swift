import ReadoutsText
import ReadoutsTopics

/// Where `J` and `K` stop in each version, as vimdiff's `]c` stops at every hunk, added
/// lines included: each of its sentences another version lacks word for word, and, at
/// their place in it, the sentences another version adds. Against a draft of the same text
/// (`DraftChanges`) a stop says what changed ("B.txt: ninety → sixty", "not in B.txt",
/// "added in B.txt"); against another account, what it is linked to. A counsel's `J` in the
/// first draft's pane came round after 14 changes: the inserted section was the other
/// pane's alone.
///
/// Built with the `TopicIndex` once the analysis is whole, in the background.
public struct ChangeStops: Sendable {
    /// What another version has for a stop.
    public struct Part: Sendable, Equatable {
        public var version: Int
        /// `.worded`: `sentence` says it otherwise; `.onlyInFirst`: that version lacks it;
        /// `.onlyInOther`: `sentence` is that version's alone, added here.
        public var kind: DraftChanges.Kind
        public var sentence: Int?
        /// What changed, as Enter says it (drafts only).
        public var said: [String]
    }

    public struct Stop: Sendable {
        /// The version's sentence, or for a sentence another version adds, the one it
        /// follows (-1: before them all).
        public var anchor: Int
        /// Whether the stop is the version's own sentence (else another's, added after `anchor`).
        public var isOwn: Bool
        public var parts: [Part]
    }

    /// Per version, its stops in reading order.
    public let stops: [[Stop]]

    public init() { stops = [] }

    public init(_ analysis: Analysis, documents: [Document], changes: SentenceChanges) {
        let count = min(documents.count, analysis.versions.count, changes.sentences.count)
        let texts = DraftChanges.SentenceTexts(documents: documents, analysis: analysis)
        var stops: [[Stop]] = []
        for version in 0..<count {
            var own: [Int: Stop] = [:]
            var added: [Stop] = []
            for other in 0..<count where other != version {
                if let drafts = DraftChanges.between(version, other, changes: changes, texts: texts) {
                    for change in drafts.changes {
                        let part = Part(version: other, kind: change.kind, sentence: change.other, said: change.said)
                        if let sentence = change.first {
                            own[sentence, default: Stop(anchor: sentence, isOwn: true, parts: [])].parts.append(part)
                        } else {
                            added.append(Stop(anchor: change.anchor, isOwn: false, parts: [part]))
                        }
                    }
                } else {
                    // Another account: what the sentence is linked to there, if anything.
                    let linked = Self.strongestLinks(analysis, from: version, into: other)
                    for position in changes.sentences[version].indices where changes.versionsLacking(version, position: position).contains(other) {
                        let sentence = Int(changes.sentences[version][position])
                        let partner = linked[sentence]
                        let part = Part(version: other, kind: partner == nil ? .onlyInFirst : .worded, sentence: partner, said: [])
                        own[sentence, default: Stop(anchor: sentence, isOwn: true, parts: [])].parts.append(part)
                    }
                }
            }
            stops.append((Array(own.values) + added).sorted {
                ($0.anchor, $0.isOwn ? 0 : 1, $0.parts[0].version, $0.parts[0].sentence ?? -1)
                    < ($1.anchor, $1.isOwn ? 0 : 1, $1.parts[0].version, $1.parts[0].sentence ?? -1)
            })
        }
        self.stops = stops
    }

    /// For each sentence of `version` linked into `other`, the sentence of its strongest link there.
    private static func strongestLinks(_ analysis: Analysis, from version: Int, into other: Int) -> [Int: Int] {
        var best: [Int: (sentence: Int, score: Double)] = [:]
        for link in analysis.links {
            for (end, far) in [(link.from, link.to), (link.to, link.from)] where end.version == version && far.version == other {
                if link.score > best[end.sentence]?.score ?? -.infinity { best[end.sentence] = (far.sentence, link.score) }
            }
        }
        return best.mapValues(\.sentence)
    }

    /// The first stop of `version` after sentence `sentence` (forward: the sentences another
    /// version adds after it come first) or the last before it; nil when there is none.
    public func stop(in version: Int, from sentence: Int, forward: Bool) -> Int? {
        guard stops.indices.contains(version) else { return nil }
        let list = stops[version]
        if forward { return list.firstIndex { $0.anchor > sentence || $0.anchor == sentence && !$0.isOwn } }
        return list.lastIndex { $0.anchor < sentence }
    }
}

import ReadoutsText

/// Where `o` stops (`TopicIndex.oneSidedStops`): made once per index and looked up by
/// binary search, so a press of `o` costs the same with ten stops or a hundred thousand.
extension TopicIndex {
    /// A place `o` stops at: a passage of `oneSided` (its occurrence, `mark`), or a sentence
    /// linked to nothing that no topic holds (`linkedToNothing`: no mark). Stored in 12 bytes,
    /// as `Mark` is: an index holds one per one-sided passage.
    public struct OneSidedStop: Equatable, Sendable {
        private let storedVersion: Int32
        private let storedSentence: Int32
        /// -1: none.
        private let storedMark: Int32

        public init(version: Int, sentence: Int, mark: Int?) {
            storedVersion = Int32(truncatingIfNeeded: version)
            storedSentence = Int32(truncatingIfNeeded: sentence)
            storedMark = mark.map { Int32(truncatingIfNeeded: $0) } ?? -1
        }

        public var version: Int { Int(storedVersion) }
        public var sentence: Int { Int(storedSentence) }
        /// The occurrence `o` lands on (an index into `marks[version]`); nil for a sentence no
        /// topic holds.
        public var mark: Int? { storedMark < 0 ? nil : Int(storedMark) }
    }

    /// `oneSided`'s passages and the sentences `linkedToNothing`, merged version by version
    /// in reading order.
    static func oneSidedStops(_ oneSided: [NavigationState.MarkRef], linkedToNothing: [[Int]], marks: [[Mark]],
                              versions: Int) -> [OneSidedStop] {
        var stops: [OneSidedStop] = []
        stops.reserveCapacity(oneSided.count + linkedToNothing.reduce(0) { $0 + $1.count })
        var next = 0
        for version in 0..<versions {
            let sentences = version < linkedToNothing.count ? linkedToNothing[version] : []
            var other = 0
            while next < oneSided.count, oneSided[next].version == version {
                let sentence = marks[version][oneSided[next].index].sentence
                while other < sentences.count, sentences[other] < sentence {
                    stops.append(OneSidedStop(version: version, sentence: sentences[other], mark: nil))
                    other += 1
                }
                stops.append(OneSidedStop(version: version, sentence: sentence, mark: oneSided[next].index))
                next += 1
            }
            for sentence in sentences[other...] { stops.append(OneSidedStop(version: version, sentence: sentence, mark: nil)) }
        }
        return stops
    }

    /// Where `o` lands for a stop: its occurrence's start, or its sentence's.
    public func start(of stop: OneSidedStop) -> Int {
        stop.mark.map { marks[stop.version][$0].range.lowerBound } ?? sentenceRange(stop.version, stop.sentence)?.lowerBound ?? 0
    }

    /// The first of `oneSidedStops` after the place `offset` of `version` (or at it, when
    /// `orAt`), by version, then start; nil past the last. Stops are in that order: a stop's
    /// start lies in its sentence, and sentences follow one another.
    public func firstOneSidedStop(after offset: Int, in version: Int, orAt: Bool = false) -> Int? {
        let low = oneSidedStops.partitionPoint {
            let stop = ($0.version, start(of: $0))
            return orAt ? stop >= (version, offset) : stop > (version, offset)
        }
        return low < oneSidedStops.count ? low : nil
    }

    /// Whether sentence `sentence` of `version` is one `linkedToNothing` lists: a binary
    /// search in its sorted list, not a walk through it.
    public func isLinkedToNothing(_ version: Int, sentence: Int) -> Bool {
        Self.holds(linkedToNothing, version, sentence)
    }

    /// Whether `sentence` of `version` is its opening line saying only that a call took
    /// place, in no topic and linked to nothing (`openingCallLines`): no `o` stop.
    public func isOpeningCallLine(_ version: Int, sentence: Int) -> Bool {
        openingCallLines.indices.contains(version) && openingCallLines[version] == sentence
    }

    /// Whether `sentence` of `version` is linked to nothing and speaks of the reports
    /// themselves (`aboutTheReports`): no `o` stop.
    public func isAboutTheReports(_ version: Int, sentence: Int) -> Bool {
        Self.holds(aboutTheReports, version, sentence)
    }

    /// Whether version `version`'s sorted list in `lists` holds `sentence` (by halving).
    private static func holds(_ lists: [[Int]], _ version: Int, _ sentence: Int) -> Bool {
        guard lists.indices.contains(version) else { return false }
        let sentences = lists[version]
        let low = sentences.partitionPoint { $0 >= sentence }
        return low < sentences.count && sentences[low] == sentence
    }
}

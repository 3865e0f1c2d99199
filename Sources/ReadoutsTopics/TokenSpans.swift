/// Where each kept token of a version lies in its text (scalar offsets), in 3 bytes a token
/// instead of 6 while the text allows: the prepared tokens are alive from preparation to
/// naming, through every memory plateau of linking (issue 15: peak ≤ 5 × the input).
///
/// - A token's start is stored as a 16-bit offset from the start of its group's first token
///   (groups of 64 tokens, one 32-bit base each). Tokens come in reading order, so a group
///   spans a few hundred scalars; one that spans 65,535 or more (a text of very long "words")
///   turns every start into 32 bits for good, values intact.
/// - A token's length is stored in 8 bits; 255 marks a token that long or longer, whose end
///   is kept aside. Once such tokens are more than one in 64 (text without spaces, whose
///   "words" run from one punctuation mark to the next), lengths widen to 16 bits for good,
///   with 65,535 marking the ones kept aside.
struct TokenSpans: Sendable {
    private static let groupShift = 6
    private static let narrowLong = UInt8.max
    private static let wideLong = UInt16.max

    /// The start of each group's first token.
    private var bases: [Int32] = []
    /// Start minus the group's base, while `startsAreWide` is false (then empty).
    private var offsets: [UInt16] = []
    private var wideStarts: [Int32] = []
    private var startsAreWide = false
    /// Length, or `narrowLong` for a token whose end is in `longEnds`, while `lengthsAreWide` is false.
    private var lengths: [UInt8] = []
    /// Length, or `wideLong` for a token whose end is in `longEnds`.
    private var wideLengths: [UInt16] = []
    private var lengthsAreWide = false
    private var longEnds: [Int: Int32] = [:]
    private(set) var count = 0

    init() {}

    /// Whether starts take 16 bits and lengths 8 (what the memory test checks).
    var isNarrow: Bool { !startsAreWide && !lengthsAreWide }

    mutating func reserveCapacity(_ tokens: Int) {
        offsets.reserveCapacity(tokens)
        lengths.reserveCapacity(tokens)
        bases.reserveCapacity(tokens >> Self.groupShift + 1)
    }

    mutating func append(_ range: Range<Int>) {
        let t = count
        count += 1
        let start = Int32(range.lowerBound)
        if t & (1 << Self.groupShift - 1) == 0 { bases.append(start) }
        if startsAreWide {
            wideStarts.append(start)
        } else {
            let offset = Int(start) - Int(bases[t >> Self.groupShift])
            if offset >= 0, offset < Int(UInt16.max) {
                offsets.append(UInt16(offset))
            } else {
                widenStarts()
                wideStarts.append(start)
            }
        }
        let length = range.count
        if lengthsAreWide {
            if length >= Int(Self.wideLong) { longEnds[t] = Int32(range.upperBound) }
            wideLengths.append(UInt16(min(length, Int(Self.wideLong))))
        } else {
            if length >= Int(Self.narrowLong) { longEnds[t] = Int32(range.upperBound) }
            lengths.append(UInt8(min(length, Int(Self.narrowLong))))
            if longEnds.count > 64, longEnds.count > count >> Self.groupShift { widenLengths() }
        }
    }

    @inline(__always)
    func start(_ t: Int) -> Int32 {
        startsAreWide ? wideStarts[t] : bases[t >> Self.groupShift] + Int32(offsets[t])
    }

    @inline(__always)
    func end(_ t: Int) -> Int32 {
        if lengthsAreWide {
            let length = wideLengths[t]
            return length == Self.wideLong ? longEnds[t]! : start(t) + Int32(length)
        }
        let length = lengths[t]
        return length == Self.narrowLong ? longEnds[t]! : start(t) + Int32(length)
    }

    private mutating func widenStarts() {
        startsAreWide = true
        wideStarts.reserveCapacity(offsets.capacity)
        for t in offsets.indices { wideStarts.append(bases[t >> Self.groupShift] + Int32(offsets[t])) }
        offsets = []
    }

    private mutating func widenLengths() {
        lengthsAreWide = true
        wideLengths.reserveCapacity(lengths.capacity)
        for t in lengths.indices {
            guard lengths[t] == Self.narrowLong else {
                wideLengths.append(UInt16(lengths[t]))
                continue
            }
            let length = Int(longEnds[t]! - start(t))
            if length < Int(Self.wideLong) { longEnds[t] = nil }
            wideLengths.append(UInt16(min(length, Int(Self.wideLong))))
        }
        lengths = []
    }
}

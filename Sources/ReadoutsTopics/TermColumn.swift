/// The key id of every token of a version, in 16 bits each while the vocabulary allows (a
/// synthetic 10 MB version uses a few thousand keys, a real one tens of thousands), widened
/// to 32 bits for good once an id does not fit. -1 (a stopword) is stored as `UInt16.max`.
struct TermColumn: RandomAccessCollection, Sendable {
    private static let narrowStopword = UInt16.max
    private var narrow: [UInt16] = []
    /// Filled once an id of 65,535 or more arrived (`isWide`); `narrow` is empty from then on.
    /// Not an optional: binding one in the subscript retained and released the array at
    /// every token read, which made linking about 5% slower.
    private var wide: [Int32] = []
    private var isWide = false

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { isWide ? wide.count : narrow.count }

    /// Whether ids are stored in 16 bits (what the memory test checks).
    var isNarrow: Bool { !isWide }

    @inline(__always)
    subscript(token: Int) -> Int32 {
        get {
            if isWide { return wide[token] }
            let id = narrow[token]
            return id == Self.narrowStopword ? -1 : Int32(id)
        }
        set {
            if !isWide, let id = Self.narrowed(newValue) {
                narrow[token] = id
            } else {
                widen()
                wide[token] = newValue
            }
        }
    }

    mutating func reserveCapacity(_ count: Int) {
        if isWide { wide.reserveCapacity(count) } else { narrow.reserveCapacity(count) }
    }

    mutating func append(_ id: Int32) {
        if !isWide, let narrowID = Self.narrowed(id) {
            narrow.append(narrowID)
        } else {
            widen()
            wide.append(id)
        }
    }

    /// Replaces every id `i >= 0` by `map[i]` (renumbering into a shared vocabulary),
    /// widening first when a new id does not fit 16 bits.
    mutating func renumber(using map: [Int32]) {
        if !isWide, map.allSatisfy({ Self.narrowed($0) != nil }) {
            narrow.withUnsafeMutableBufferPointer { ids in
                for t in ids.indices where ids[t] != Self.narrowStopword { ids[t] = UInt16(map[Int(ids[t])]) }
            }
            return
        }
        widen()
        wide.withUnsafeMutableBufferPointer { ids in
            for t in ids.indices where ids[t] >= 0 { ids[t] = map[Int(ids[t])] }
        }
    }

    private static func narrowed(_ id: Int32) -> UInt16? {
        if id == -1 { return narrowStopword }
        return id >= 0 && id < Int32(narrowStopword) ? UInt16(id) : nil
    }

    private mutating func widen() {
        guard !isWide else { return }
        isWide = true
        wide = narrow.map { $0 == Self.narrowStopword ? -1 : Int32($0) }
        narrow = []
    }
}

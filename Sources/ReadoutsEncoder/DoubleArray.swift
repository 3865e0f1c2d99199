/// A trie in darts-clone's double-array layout, the one SentencePiece uses: the model's
/// normalisation rules arrive in it, and `DoubleArrayBuilder` writes the vocabulary in it
/// at install time, so one walk serves both.
///
/// Each 32-bit unit holds a label (low byte; bit 31 marks a leaf, which no byte matches),
/// a has-leaf flag (bit 8) and the XOR offset to the node's children (bits 10–31, shifted
/// by 8 more when bit 9 is set). The child for byte `c` of the node at `i` is at
/// `i ^ offset(units[i]) ^ c`; a node's value sits in its leaf child at label 0.
struct DoubleArray: @unchecked Sendable {
    let units: UnsafeBufferPointer<UInt32>

    @inline(__always) static func offset(_ unit: UInt32) -> Int { Int((unit >> 10) << ((unit & 0x200) >> 6)) }
    @inline(__always) static func label(_ unit: UInt32) -> UInt32 { unit & 0x8000_00FF }
    @inline(__always) static func hasLeaf(_ unit: UInt32) -> Bool { unit & 0x100 != 0 }
    @inline(__always) static func value(_ unit: UInt32) -> Int32 { Int32(bitPattern: unit & 0x7FFF_FFFF) }

    /// Calls `body(length, value)` for every key that is a prefix of `bytes`, shortest
    /// first, as darts-clone's `commonPrefixSearch`. Indices outside the array end the
    /// walk, so a damaged array cannot crash it.
    @inline(__always)
    func forEachPrefix(of bytes: UnsafeBufferPointer<UInt8>, _ body: (_ length: Int, _ value: Int32) -> Void) {
        let count = units.count
        guard count > 0 else { return }
        var node = Self.offset(units[0])
        for (index, byte) in bytes.enumerated() {
            node ^= Int(byte)
            guard node < count else { return }
            let unit = units[node]
            guard Self.label(unit) == UInt32(byte) else { return }
            node ^= Self.offset(unit)
            if Self.hasLeaf(unit) {
                guard node < count else { return }
                body(index + 1, Self.value(units[node]))
            }
        }
    }
}

/// Builds a `DoubleArray` from sorted, distinct byte-string keys (the vocabulary), the
/// layout darts-clone would read: every node gets a base no other node has, so a label
/// match alone proves the parent.
struct DoubleArrayBuilder {
    private var units: [UInt32] = []
    private var used: [Bool] = []
    private var usedBase: [Bool] = []
    private var firstFree = 1

    /// `keys` sorted by bytes, distinct and non-empty, with a value of at most 2³¹ − 1 each.
    static func build(keys: [[UInt8]], values: [Int32]) -> [UInt32] {
        precondition(keys.count == values.count && !keys.isEmpty)
        var builder = DoubleArrayBuilder()
        builder.reserve(upTo: 1024)
        builder.used[0] = true
        builder.place(keys: keys, values: values, range: 0..<keys.count, depth: 0, node: 0)
        // Free units keep bit 31: their label never equals a byte. Units past the last
        // used one are dropped (the walk treats indices past the end as no match).
        for index in builder.units.indices where !builder.used[index] { builder.units[index] = 0x8000_0000 }
        let end = (builder.used.lastIndex(of: true) ?? 0) + 1
        return Array(builder.units.prefix(end))
    }

    private mutating func reserve(upTo count: Int) {
        guard count > units.count else { return }
        let grown = max(count, units.count * 2)
        units += [UInt32](repeating: 0, count: grown - units.count)
        used += [Bool](repeating: false, count: grown - used.count)
        usedBase += [Bool](repeating: false, count: grown - usedBase.count)
    }

    private mutating func place(keys: [[UInt8]], values: [Int32], range: Range<Int>, depth: Int, node: Int) {
        // Children: label 0 for the key that ends here (it sorts first), then each next byte.
        var labels: [Int] = []
        var starts: [Int] = []
        for index in range {
            let label = keys[index].count > depth ? Int(keys[index][depth]) : 0
            if labels.last != label {
                labels.append(label)
                starts.append(index)
            }
        }
        starts.append(range.upperBound)
        let base = findBase(for: labels, node: node)
        usedBase[base] = true
        let offset = node ^ base
        units[node] |= offset < 1 << 21 ? UInt32(offset) << 10 : UInt32(offset >> 8) << 10 | 0x200
        for (position, label) in labels.enumerated() {
            let child = base ^ label
            used[child] = true
            if label == 0 {
                units[node] |= 0x100
                units[child] = 0x8000_0000 | UInt32(values[starts[position]])
            } else {
                units[child] = UInt32(label)
            }
        }
        while firstFree < used.count && used[firstFree] { firstFree += 1 }
        for (position, label) in labels.enumerated() where label != 0 {
            place(keys: keys, values: values, range: starts[position]..<starts[position + 1], depth: depth + 1, node: base ^ label)
        }
    }

    /// The lowest base whose slots for `labels` are all free and whose offset from `node` is encodable.
    private mutating func findBase(for labels: [Int], node: Int) -> Int {
        var slot = firstFree
        while true {
            reserve(upTo: (slot | 0xFF) + 1)
            if !used[slot] {
                let base = slot ^ labels[0]
                let offset = node ^ base
                let encodable = offset < 1 << 21 || (offset < 1 << 29 && offset & 0xFF == 0)
                if base != 0, encodable, !usedBase[base], labels.allSatisfy({ !used[base ^ $0] }) {
                    return base
                }
            }
            slot += 1
        }
    }
}

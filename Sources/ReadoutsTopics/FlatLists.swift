/// Many short lists in two flat arrays (compressed sparse rows): list `i` is
/// `values[start[i] ..< start[i + 1]]`.
///
/// The engine keeps a list per sentence (its keys, its topics, its lexicon hits) or per key
/// (the sentences that use it). As arrays of arrays that is a heap block per list, about
/// 50 bytes before the first element; here it is 4 bytes per list.
struct FlatLists<Element> {
    private var start: [Int32] = [0]
    private(set) var values: [Element] = []

    init() {}

    var count: Int { start.count - 1 }

    subscript(list: Int) -> ArraySlice<Element> { values[Int(start[list])..<Int(start[list + 1])] }

    /// The list being built: the elements appended since the last `endList()`.
    var openList: ArraySlice<Element> { values[Int(start[start.count - 1])...] }

    mutating func append(_ element: Element) { values.append(element) }

    mutating func endList() { start.append(Int32(values.count)) }

    /// `count` lists over `values`, which hold list 0's elements, then list 1's, and so on
    /// (`list` of each element never decreases). The lists share `values`' storage.
    init(grouping values: [Element], count: Int, by list: (Element) -> Int) {
        self.values = values
        start.reserveCapacity(count + 1)
        for (index, value) in values.enumerated() {
            let owner = list(value)
            precondition(owner >= start.count - 1 && owner < count, "values are not grouped by list")
            while start.count <= owner { start.append(Int32(index)) }
        }
        while start.count <= count { start.append(Int32(values.count)) }
    }

    /// Sorts each list in place, as `Array.sort` would sort it on its own.
    mutating func sortEachList(by areInIncreasingOrder: (Element, Element) -> Bool) {
        for list in 0..<count { values[Int(start[list])..<Int(start[list + 1])].sort(by: areInIncreasingOrder) }
    }
}

extension FlatLists where Element == Int32 {
    /// `count` lists of the `(list, element)` pairs that `pairs` hands to its argument. `pairs`
    /// is called twice, to count and then to fill, and must hand out the same pairs both
    /// times; each list keeps its elements in the order they came.
    init(count: Int, pairs: ((_ list: Int, _ element: Int32) -> Void) -> Void) {
        var sizes = [Int32](repeating: 0, count: count + 1)
        pairs { list, _ in sizes[list + 1] += 1 }
        for list in 0..<count { sizes[list + 1] += sizes[list] }
        start = sizes
        var filled = [Int32](repeating: 0, count: Int(sizes[count]))
        // `sizes` now serves as each list's next free slot.
        pairs { list, element in
            filled[Int(sizes[list])] = element
            sizes[list] += 1
        }
        values = filled
    }
}

extension FlatLists: Sendable where Element: Sendable {}

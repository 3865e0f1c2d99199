extension RandomAccessCollection where Index == Int {
    /// The indices, in order, of a longest run of elements whose `key` strictly increases
    /// (patience sorting, `n log n`): the sentences two versions have in the same order, the
    /// others being moved (`DraftChanges.alignment`, the brief's sentence table).
    public func longestIncreasingRun(by key: (Element) -> Int) -> [Int] {
        var tails: [Int] = []  // per run length, the index of the least last key
        var previous = [Int](repeating: -1, count: count)
        for index in indices {
            let value = key(self[index])
            let length = tails.partitionPoint { key(self[$0]) >= value }
            if length > 0 { previous[index - startIndex] = tails[length - 1] }
            if length == tails.count { tails.append(index) } else { tails[length] = index }
        }
        var run: [Int] = []
        var cursor = tails.last ?? -1
        while cursor >= 0 {
            run.append(cursor)
            cursor = previous[cursor - startIndex]
        }
        return run.reversed()
    }
}

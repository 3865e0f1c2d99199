extension RandomAccessCollection {
    /// The index of the first element for which `isAfter` holds, in a collection where it
    /// holds of a suffix only (sorted by what it asks): `endIndex` when it holds of none.
    /// Halving, as `std::partition_point` does.
    public func partitionPoint(where isAfter: (Element) throws -> Bool) rethrows -> Index {
        var (low, count) = (startIndex, distance(from: startIndex, to: endIndex))
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if try isAfter(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}

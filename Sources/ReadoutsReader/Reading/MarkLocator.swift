import ReadoutsText

/// Finds a mark again in a document that may have changed since it was set: at its old
/// offset if the text there is the same, else at the occurrence of its text nearest to
/// the old offset, else nowhere (the mark is lost, and the reader says so).
enum MarkLocator {
    enum Result: Equatable {
        case unchanged
        case moved(to: Int)
        case lost
    }

    static func locate(_ mark: ReadingMark, in document: Document) -> Result {
        let needle = Array(mark.text.unicodeScalars)
        let scalars = document.scalars
        guard let first = needle.first, needle.count <= scalars.count else { return .lost }
        func matches(at offset: Int) -> Bool {
            guard offset >= 0, offset + needle.count <= scalars.count else { return false }
            for (index, scalar) in needle.enumerated() where scalars[offset + index] != scalar { return false }
            return true
        }
        if matches(at: mark.offset) { return .unchanged }
        var best: Int?
        var offset = 0
        let last = scalars.count - needle.count
        while offset <= last {
            // Past the old offset, a later occurrence can only be farther than the best.
            if let best, offset - mark.offset > abs(best - mark.offset) { break }
            if scalars[offset] == first && matches(at: offset) {
                if best == nil || abs(offset - mark.offset) < abs(best! - mark.offset) { best = offset }
            }
            offset += 1
        }
        return best.map { .moved(to: $0) } ?? .lost
    }
}

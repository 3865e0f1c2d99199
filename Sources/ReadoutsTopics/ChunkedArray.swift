/// An append-only array stored in chunks of 65,536 elements. Growing never copies what is
/// stored and at most one chunk is partly empty, where an `Array` that doubles holds up to
/// twice what it needs, and three times that while it grows: what matters for a list of
/// unknown length that is the largest thing alive (the linker's scored pairs).
struct ChunkedArray<Element>: RandomAccessCollection {
    private static var chunkShift: Int { 16 }
    private static var chunkMask: Int { (1 << chunkShift) - 1 }

    private var chunks: [[Element]] = []
    private(set) var endIndex = 0

    init() {}

    var startIndex: Int { 0 }

    subscript(index: Int) -> Element { chunks[index >> Self.chunkShift][index & Self.chunkMask] }

    mutating func append(_ element: Element) {
        if endIndex & Self.chunkMask == 0 {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.chunkMask + 1)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        endIndex += 1
    }

    /// Calls `body` with every element in order, emptying the array as it goes: each chunk
    /// is freed once read, so a list turned into another (the linker's links into the
    /// analysis') is not held whole beside the result.
    mutating func drain(_ body: (Element) -> Void) {
        var remaining = chunks
        chunks = []
        endIndex = 0
        for index in remaining.indices {
            let chunk = remaining[index]
            remaining[index] = []
            for element in chunk { body(element) }
        }
    }
}

/// Two chunked arrays read as one, without copying: the halves of the linker's scored
/// pairs, each built on its own core.
struct JoinedChunks<Element>: RandomAccessCollection {
    let first: ChunkedArray<Element>
    let second: ChunkedArray<Element>

    init(_ first: ChunkedArray<Element>, _ second: ChunkedArray<Element> = ChunkedArray()) {
        self.first = first
        self.second = second
    }

    var startIndex: Int { 0 }
    var endIndex: Int { first.count + second.count }

    subscript(index: Int) -> Element { index < first.count ? first[index] : second[index - first.count] }
}

extension ChunkedArray: Sendable where Element: Sendable {}

import ReadoutsText

/// One screen row of a wrapped block: a scalar range of the document and its width.
public struct WrappedLine: Equatable, Sendable {
    public var range: Range<Int>
    public var columns: Int
}

/// Greedy word wrapping of one block at a given width, grapheme by grapheme.
///
/// Lines break at spaces (not at hyphens: "États-Unis" stays whole), never at a no-break space (U+00A0, U+202F,
/// U+2007), nor at a plain space after « or before », ;, :, ! and ? (French typography typed
/// without no-break spaces), so « guillemets » stay with their words. Chinese and Japanese,
/// written without spaces, break between characters as their typesetting allows
/// (`EastAsianLineBreaks`). A word wider than the pane is cut
/// at a grapheme boundary. Spaces that caused a break are not drawn.
public enum Wrapper {
    public static func wrap(_ document: Document, block: Block, width: Int) -> [WrappedLine] {
        let base = block.range.lowerBound
        let scalars = document.scalars.scalars(block.range)
        return wrap(scalars, range: 0..<scalars.count, width: width, keepsLineBreaks: block.keepsLineBreaks).map {
            WrappedLine(range: ($0.range.lowerBound + base)..<($0.range.upperBound + base), columns: $0.columns)
        }
    }

    /// Clusters are walked as `RowGraphemes` walks them: a scalar that is a cluster of its
    /// own (`RowGraphemes.isSimple`, and nothing after it that could extend it) is taken
    /// as it is, without building a `Character`; anything else goes through `Character`.
    /// Through `Character` alone, wrapping the bundled readouts' blocks for the first
    /// screen cost about 390 instructions a character (4.5 million).
    public static func wrap(_ scalars: [Unicode.Scalar], range: Range<Int>, width: Int, keepsLineBreaks: Bool) -> [WrappedLine] {
        let width = max(1, width)

        var lines: [WrappedLine] = []
        var lineStart = range.lowerBound
        var columns = 0
        // The last break opportunity on the current line: where the line would end,
        // its width there, and where the next line would start with the columns before it.
        var breakEnd = -1
        var breakColumns = 0
        var breakNext = -1
        var columnsBeforeNext = 0
        var offset = range.lowerBound
        // The first scalar of the grapheme before (0 after a space or a line break): where
        // text runs on without spaces, whether a line may break between it and the next.
        var previous: UInt32 = 0

        func emit(_ end: Int, _ width: Int) {
            lines.append(WrappedLine(range: lineStart..<max(lineStart, end), columns: width))
        }

        while offset < range.upperBound {
            let value = scalars[offset].value
            let count: Int
            let isNewline: Bool
            let isSpace: Bool
            let cellWidth: Int
            if value == 0x0A {
                // A line feed is always a cluster of its own (grapheme rules GB4, GB5): text
                // of many short lines kept as one block — a million one-character lines —
                // is no longer walked through `Character` at every line's end.
                count = 1
                isNewline = true
                isSpace = false
                cellWidth = 1
            } else if RowGraphemes.isLone(scalars, at: offset, end: range.upperBound) {
                count = 1
                isNewline = false
                isSpace = value == 0x20
                cellWidth = RowGraphemes.loneColumns(scalars[offset])
            } else {
                let character = RowGraphemes.cluster(scalars, at: offset, end: range.upperBound)
                count = character.unicodeScalars.count
                isNewline = character == "\r\n"  // a lone line feed took the first branch
                isSpace = character == " "
                cellWidth = isNewline || isSpace ? 1 : max(CellWidth.of(character), isStandaloneMark(character) ? 1 : 0)
            }
            defer { offset += count }
            let before = previous
            previous = isNewline || isSpace ? 0 : value
            if isNewline && keepsLineBreaks {
                emit(offset, columns)
                lineStart = offset + count
                columns = 0
                breakNext = -1
                continue
            }
            // French typography written with plain spaces ("« Pour », a-t-il dit : oui") keeps
            // a guillemet and the high punctuation with their words, as no-break spaces would:
            // "… Claire Dubois. «" ended a line, its quotation on the next.
            // A soft line break (a hard-wrapped Markdown paragraph) is a space here too.
            let glued = (isSpace || isNewline && count == 1) && (offset > range.lowerBound && scalars[offset - 1] == "«"
                || Self.gluedBefore.contains(Self.afterSpaces(scalars, from: offset + 1, end: range.upperBound)))
            if (isNewline || isSpace) && !glued {
                if columns == 0 && offset == lineStart && !lines.isEmpty {
                    lineStart = offset + count  // no leading space on a wrapped line
                    continue
                }
                if columns + 1 > width {
                    emit(offset, columns)
                    lineStart = offset + count
                    columns = 0
                    breakNext = -1
                    continue
                }
                if breakNext != offset {  // the first of several spaces ends the line
                    breakEnd = offset
                    breakColumns = columns
                }
                columns += 1
                breakNext = offset + count
                columnsBeforeNext = columns
                continue
            }
            if before != 0, offset > lineStart, EastAsianLineBreaks.mayBreak(before, value) {
                breakEnd = offset
                breakColumns = columns
                breakNext = offset
                columnsBeforeNext = columns
            }
            if columns + cellWidth > width {
                if breakNext > lineStart {
                    emit(breakEnd, breakColumns)
                    lineStart = breakNext
                    columns -= columnsBeforeNext
                } else if columns > 0 {
                    emit(offset, columns)
                    lineStart = offset
                    columns = 0
                }
                breakNext = -1
            }
            columns += cellWidth
        }
        if lineStart < range.upperBound || lines.isEmpty {
            emit(range.upperBound, columns)
        }
        return lines
    }

    /// The first scalar from `start` that is not a plain space (a line feed where there is none).
    @inline(__always) static func afterSpaces(_ scalars: [Unicode.Scalar], from start: Int, end: Int) -> Unicode.Scalar {
        var index = start
        while index < end, scalars[index] == " " { index += 1 }
        return index < end ? scalars[index] : "\n"
    }

    /// Marks a plain space before does not part from the word before it.
    static let gluedBefore: Set<Unicode.Scalar> = ["»", ";", ":", "!", "?"]

    /// A cluster made only of combining marks (no base) is drawn on a dotted circle.
    static func isStandaloneMark(_ character: Character) -> Bool {
        CellWidth.of(character) == 0 && !character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format }
    }
}

/// Remembers wrapped blocks for the current pane width, so that scrolling wraps only the
/// blocks that come into view and nothing on the key path grows with the document.
public final class WrapCache {
    private var lines: [Int: [WrappedLine]] = [:]
    private var width = -1
    private static let capacity = 8192
    /// How many blocks this cache has wrapped since it was made (cache misses). Tests and
    /// the benchmark read it to check that scrolling and resizing wrap only what comes into
    /// view, never the whole document.
    public private(set) var wrappedBlocks = 0

    public init() {}

    public func lines(_ document: Document, block index: Int, width: Int) -> [WrappedLine] {
        if width != self.width {
            lines.removeAll(keepingCapacity: true)
            self.width = width
        }
        if let cached = lines[index] { return cached }
        if lines.count >= Self.capacity { lines.removeAll(keepingCapacity: true) }
        let wrapped = Wrapper.wrap(document, block: document.blocks[index], width: width)
        wrappedBlocks += 1
        lines[index] = wrapped
        return wrapped
    }
}

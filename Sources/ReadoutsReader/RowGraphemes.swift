import ReadoutsText

/// One grapheme cluster of a screen row, as the renderer draws it.
struct RowGrapheme {
    /// Scalar offsets in the document.
    var range: Range<Int>
    /// What the cell shows: the cluster, a space for a soft line break, a dotted circle
    /// under a mark that has no base.
    var glyph: String
    /// 1 or 2; 0 for a cluster that takes no cell (a lone format character).
    var columns: Int
    var isPlaceholder: Bool
}

/// Walks a row's grapheme clusters for drawing, without building a `Character` for the
/// common case: a scalar of a script that never joins its neighbours (Latin, Greek,
/// Cyrillic, CJK ideographs) followed by one that cannot extend it is a cluster of its
/// own. Anything else (marks, emoji, Hangul, placeholders) goes through `Character`, so
/// widths agree with `Wrapper`'s everywhere. Drawing a full screen of text cost about a
/// millisecond through `Character` alone.
enum RowGraphemes {
    static func forEach(in document: Document, _ range: Range<Int>, _ body: (RowGrapheme) -> Bool) {
        let scalars = document.scalars.scalars(range)
        let base = range.lowerBound
        var i = 0
        while i < scalars.count {
            let value = scalars[i].value
            if isLone(scalars, at: i, end: scalars.count) {
                let glyph = value < 0x300 ? latin[Int(value)] : String(Character(scalars[i]))
                let columns = loneColumns(scalars[i])
                guard body(RowGrapheme(range: base + i..<base + i + 1, glyph: glyph, columns: columns, isPlaceholder: false)) else { return }
                i += 1
                continue
            }
            let character = cluster(scalars, at: i)
            let count = character.unicodeScalars.count
            var glyph = String(character)
            var columns = CellWidth.of(character)
            if character == "\n" || character == "\r\n" {
                glyph = " "
                columns = 1
            } else if columns == 0 && Wrapper.isStandaloneMark(character) {
                glyph = "\u{25CC}" + glyph  // a mark with no base sits on a dotted circle
                columns = 1
            }
            guard body(RowGrapheme(range: base + i..<base + i + count, glyph: glyph, columns: columns,
                                   isPlaceholder: isPlaceholder(character))) else { return }
            i += count
        }
    }

    /// Whether a scalar is always a cluster on its own unless a mark follows: ranges
    /// without marks, prepended or joining characters (Latin, Greek, Cyrillic, CJK), and
    /// the general punctuation of running text (’ “ ” – — … ‰ ′), without the separators
    /// and format characters around it or the two emoji among it (‼ ⁉): an apostrophe or a
    /// quotation mark sent the letter before it and itself through `Character` too.
    @inline(__always)
    static func isSimple(_ value: UInt32) -> Bool {
        switch value {
        case 0x20..<0x7F, 0xA0..<0x300, 0x370..<0x483, 0x48A..<0x590, 0x4E00..<0xA000: return true
        case 0x2010..<0x2028, 0x2030..<0x203C, 0x203D..<0x2049, 0x204A..<0x205F: return true
        default: return false
        }
    }

    /// The columns of a lone scalar (`isLone`): one below U+0300 without a lookup.
    @inline(__always) static func loneColumns(_ scalar: Unicode.Scalar) -> Int {
        scalar.value < 0x300 ? 1 : CellWidth.of(scalar)
    }

    /// Whether the scalar at `index` is a cluster of its own, known without `Character`: a
    /// simple scalar that the next one (before `end`) cannot extend. Drawing and wrapping
    /// both ask this, so their walks agree.
    @inline(__always)
    static func isLone(_ scalars: [Unicode.Scalar], at index: Int, end: Int) -> Bool {
        isSimple(scalars[index].value) && (index + 1 == end || scalars[index + 1].value < 0x300 || isSimple(scalars[index + 1].value))
    }

    /// The cluster starting at `index` (the text ending at `end`, by default the array's
    /// end), found by `Character` on a window of scalars that grows until the cluster ends
    /// inside it.
    static func cluster(_ scalars: [Unicode.Scalar], at index: Int, end textEnd: Int? = nil) -> Character {
        let textEnd = textEnd ?? scalars.count
        var window = 8
        while true {
            let end = min(textEnd, index + window)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[index..<end])
            let character = String(view).first!
            if character.unicodeScalars.count < end - index || end == textEnd { return character }
            window *= 4
        }
    }

    /// Single-scalar glyphs below U+0300, made once.
    static let latin: [String] = (0..<0x300).map { String(Character(Unicode.Scalar(UInt32($0))!)) }
}

/// The visible stand-ins the sanitiser puts where a control character was.
func isPlaceholder(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    return (0x2400...0x2421).contains(scalar.value) || scalar == Sanitiser.formatPlaceholder
}

import ReadoutsText
import ReadoutsTopics

/// Escaping for every text that comes from a document, a label or a file name: `&`, `<`
/// and `>` (and in attributes `"` and `'`) become character references, and every control
/// character, escape sequence and bidi override becomes the same visible placeholder the
/// reader shows (`␛`, `␦`), so the page renders such text inert and as the reader does.
extension ChunkedOutput {
    /// Where escaped text goes.
    enum HTMLContext {
        /// Element content from a document: line breaks kept.
        case text
        /// An attribute value, or a one-line label, date or source: quotes escaped too, and
        /// a line break shown as `␊`.
        case line
    }

    @inline(__always)
    mutating func appendEscaped(_ scalar: Unicode.Scalar, in context: HTMLContext = .text) {
        switch scalar {
        case "&": append("&amp;")
        case "<": append("&lt;")
        case ">": append("&gt;")
        case "\"" where context == .line: append("&quot;")
        case "'" where context == .line: append("&#39;")
        case "\n" where context == .text: append(UInt8(ascii: "\n"))
        default:
            if scalar.value >= 0x20 && scalar.value < 0x7F {
                append(UInt8(scalar.value))
            } else {
                append(Sanitiser.placeholder(for: scalar) ?? scalar)
            }
        }
    }

    mutating func appendEscaped(_ text: String, in context: HTMLContext = .text) {
        for scalar in text.unicodeScalars { appendEscaped(scalar, in: context) }
    }

    /// A version's label in a column's heading, escaped as a line, with a break opportunity
    /// (`<wbr>`) after each `-`, `_`, `.` and `/` inside it: a file name is one long word,
    /// which a heading that wraps between words only cannot break
    /// ("biden-trudeau-fr-2022-02-11-ANI_reporting_the_White_House_statement.txt" made its
    /// column of counts wider than the topics' names and squeezed them). A label shorter
    /// than `breakableLabelLength` is left whole ("fr.txt").
    mutating func appendBreakableLabel(_ label: String) {
        let scalars = Array(label.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() {
            appendEscaped(scalar, in: .line)
            if scalars.count >= Self.breakableLabelLength, "-_./".unicodeScalars.contains(scalar), offset + 1 < scalars.count, !scalars[offset + 1].properties.isWhitespace {
                append("<wbr>")
            }
        }
    }

    static let breakableLabelLength = 20

    /// A range of a document's text, escaped as element content.
    mutating func appendEscaped(_ text: ScalarText, _ range: Range<Int>) {
        for offset in range { appendEscaped(text[offset]) }
    }
}

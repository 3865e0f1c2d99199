import ReadoutsOutsideText
/// Makes untrusted text safe to draw: no control character, escape sequence or bidi
/// override ever reaches the terminal. Each is replaced by one visible placeholder scalar,
/// so offsets stay meaningful and the reader sees that something was there.
public enum Sanitiser {
    /// Shown for C1 controls and bidi overrides/isolates, which have no control picture.
    public static let formatPlaceholder: Unicode.Scalar = "\u{2426}"  // ␦
    public static let tabWidth = 8

    /// The placeholder for a scalar that must not reach the terminal, or nil if it is safe.
    /// Newline is handled by the caller; tab is expanded by `sanitise`.
    @inline(__always)
    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + value)  // ␀…␟, ESC → ␛
        case 0x7F: return "\u{2421}"  // ␡
        case 0x80..<0xA0: return formatPlaceholder
        case 0x202A...0x202E, 0x2066...0x2069: return formatPlaceholder
        case 0x2028, 0x2029: return " "
        default: return nil
        }
    }

    /// Normalises line ends to "\n", expands tabs to the next multiple of `tabWidth`
    /// columns, and replaces every other control with its placeholder.
    public static func sanitise(_ text: String) -> String {
        var writer = Writer()
        for scalar in text.unicodeScalars { writer.append(scalar) }
        return writer.text.description
    }

    /// Sanitises scalar by scalar into a compact text, so a loader never holds the raw
    /// and the sanitised text at once: the decoder writes here as it decodes.
    public struct Writer {
        public private(set) var builder: ScalarText.Builder
        /// The column of the next scalar on its line, for tab stops.
        private var column = 0
        private var previousWasCR = false

        public init(capacity: Int = 0) { builder = ScalarText.Builder(capacity: capacity) }

        public var text: ScalarText { builder.build() }

        /// Printable ASCII, the bulk of most files, goes straight through.
        @inline(__always)
        public mutating func append(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            if value >= 0x20 && value < 0x7F {
                builder.appendASCII(UInt8(value))
                column += 1
                previousWasCR = false
            } else {
                appendOther(scalar)
            }
        }

        private mutating func appendOther(_ scalar: Unicode.Scalar) {
            if scalar == "\r" {
                builder.appendASCII(0x0A)
                column = 0
                previousWasCR = true
                return
            }
            defer { previousWasCR = false }
            if scalar == "\n" {
                if !previousWasCR { builder.appendASCII(0x0A) }
                column = 0
            } else if scalar == "\t" {
                let spaces = tabWidth - column % tabWidth
                for _ in 0..<spaces { builder.appendASCII(0x20) }
                column += spaces
            } else {
                builder.append(placeholder(for: scalar) ?? scalar)
                column += 1
            }
        }
    }
}

extension Sanitiser {
    /// Whether a scalar may be written to a terminal as is.
    @inline(__always)
    public static func isSafeForTerminal(_ scalar: Unicode.Scalar) -> Bool {
        !OutsideText.isUnsafe(scalar)
    }
}

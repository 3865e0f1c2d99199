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

    /// The same on scalars. Returns the input itself (no copy) when nothing needs
    /// replacing, which is the common case for a large file: one scan, no allocation.
    public static func sanitise(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let first = scalars.withUnsafeBufferPointer { buffer in
            buffer.firstIndex { $0 != "\n" && placeholder(for: $0) != nil }
        }
        guard let first else { return scalars }
        var out = [Unicode.Scalar]()
        out.reserveCapacity(scalars.count + scalars.count / 16)
        out.append(contentsOf: scalars[..<first])
        // The column of `first`, for tab stops.
        var column = 0
        var index = first
        while index > 0 && scalars[index - 1] != "\n" && scalars[index - 1] != "\r" {
            index -= 1
            column += 1
        }
        var previousWasCR = false
        for scalar in scalars[first...] {
            if scalar == "\r" {
                out.append("\n")
                column = 0
                previousWasCR = true
                continue
            }
            defer { previousWasCR = false }
            if scalar == "\n" {
                if !previousWasCR { out.append("\n") }
                column = 0
            } else if scalar == "\t" {
                let spaces = tabWidth - column % tabWidth
                for _ in 0..<spaces { out.append(" ") }
                column += spaces
            } else if let replacement = placeholder(for: scalar) {
                out.append(replacement)
                column += 1
            } else {
                out.append(scalar)
                column += 1
            }
        }
        return out
    }

    /// Normalises line ends to "\n", expands tabs to the next multiple of `tabWidth`
    /// columns, and replaces every other control with its placeholder.
    public static func sanitise(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: sanitise(Array(text.unicodeScalars)))
        return String(view)
    }
}

extension Sanitiser {
    /// Whether a scalar may be written to a terminal as is.
    @inline(__always)
    public static func isSafeForTerminal(_ scalar: Unicode.Scalar) -> Bool {
        placeholder(for: scalar) == nil && scalar != "\n" && scalar != "\t"
    }
}

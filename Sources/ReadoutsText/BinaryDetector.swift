/// Decides from a file's first bytes whether it is text at all, before the rest is read:
/// `/dev/zero`, `/dev/urandom` or an executable is refused after its first 8 KiB instead
/// of being read whole.
public enum BinaryDetector {
    /// How many leading bytes decide: a few screens of any text.
    public static let sniffLength = 8192

    /// Whether `bytes` (a file's first bytes; only the first `sniffLength` are looked at)
    /// look like a binary file rather than text: a NUL character, or more than one control
    /// character in ten (tab, line ends, form feed and escape aside). UTF-16 is judged on its
    /// characters, not its bytes, so its zero bytes do not make it binary.
    public static func looksBinary<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        let prefix = Array(bytes.prefix(sniffLength))
        // A PDF is read as one, even one whose first screens are all ASCII.
        if prefix.starts(with: Array("%PDF-".utf8)) { return true }
        return prefix.withUnsafeBufferPointer { buffer in
            var counter = Counter()
            if let utf16 = UTF16Text.detect(buffer) {
                let body = UnsafeBufferPointer(rebasing: buffer[utf16.markLength...])
                // A cut surrogate pair or odd byte at the end of the sample is not evidence.
                let whole = UnsafeBufferPointer(rebasing: body[..<(body.count & ~3)])
                let replacements = UTF16Text.decode(whole, order: utf16.order) { counter.count($0.value) }
                counter.controls += replacements
            } else {
                for byte in buffer { counter.count(UInt32(byte)) }
            }
            return counter.looksBinary
        }
    }

    /// Why a binary file cannot be read, with the next step where its first bytes say what
    /// it is: a PDF, a word processor's document (Word's .docx and OpenDocument's .odt are zip
    /// archives, older .doc files OLE ones). A journalist handed a .docx heard only that it
    /// "looks like a binary file" and not what to do.
    public static func reason<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        let head = Array(bytes.prefix(8))
        let plain = "looks like a binary file, not text"
        if head.starts(with: Array("%PDF".utf8)) {
            return "a PDF, not text: copy its text into a .txt file (or run pdftotext on it)"
        }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return plain + ": a word processor's document or another archive? Save it as plain text (.txt) first"
        }
        return plain
    }

    private struct Counter {
        var seen = 0
        var controls = 0
        var hasNUL = false

        @inline(__always) mutating func count(_ value: UInt32) {
            seen += 1
            if value == 0 { hasNUL = true }
            if value < 0x20 && value != 0x0A && value != 0x0D && value != 0x09 && value != 0x0C && value != 0x1B {
                controls += 1
            }
        }

        var looksBinary: Bool { hasNUL || (seen > 0 && controls * 10 > seen) }
    }
}

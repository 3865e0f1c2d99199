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

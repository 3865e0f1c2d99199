/// Fast conversions between UTF-8 bytes and Unicode scalars for whole documents.
///
/// Loading a 10 MB version must take milliseconds, not a second: going through `String`
/// and appending scalar by scalar costs ~90 ms per MB, these loops a few. Both work on
/// buffers with the ASCII case first, which is most of most readouts.
public enum UTF8Scalars {
    /// Decodes `bytes` into a sanitising writer if they are well-formed UTF-8 (no
    /// overlongs, surrogates or values past U+10FFFF); false at the first malformed
    /// sequence (the writer then holds a prefix and should be discarded, so the caller can
    /// fall back to lenient decoding).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into writer: inout Sanitiser.Writer) -> Bool {
        decode(bytes) { writer.append($0) }
    }

    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (Unicode.Scalar) -> Void) -> Bool {
        var i = 0
        let n = bytes.count
        @inline(__always) func continuation(_ index: Int) -> UInt32? {
            guard index < n else { return nil }
            let byte = bytes[index]
            return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
        }
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                emit(Unicode.Scalar(b0))
                i += 1
                continue
            }
            var value: UInt32 = 0
            switch b0 {
            case 0xC2...0xDF:
                guard let c1 = continuation(i + 1) else { return false }
                value = UInt32(b0 & 0x1F) << 6 | c1
                i += 2
            case 0xE0...0xEF:
                guard let c1 = continuation(i + 1), let c2 = continuation(i + 2) else { return false }
                value = UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2
                guard value >= 0x800, !(0xD800...0xDFFF).contains(value) else { return false }
                i += 3
            case 0xF0...0xF4:
                guard let c1 = continuation(i + 1), let c2 = continuation(i + 2), let c3 = continuation(i + 3) else {
                    return false
                }
                value = UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
                guard value >= 0x10000, value <= 0x10FFFF else { return false }
                i += 4
            default:
                return false
            }
            emit(Unicode.Scalar(value)!)
        }
        return true
    }

    /// A string of `scalars`, encoded in one pass into the string's own storage. (Appending
    /// to a `String.UnicodeScalarView` goes scalar by scalar through generic code: it was a
    /// third of a frame's time when the renderer and the wrapper used it.)
    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        guard capacity > 0 else { return "" }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var o = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[o] = UInt8(value)
                    o += 1
                } else if value < 0x800 {
                    buffer[o] = UInt8(0xC0 | value >> 6)
                    buffer[o + 1] = UInt8(0x80 | value & 0x3F)
                    o += 2
                } else if value < 0x10000 {
                    buffer[o] = UInt8(0xE0 | value >> 12)
                    buffer[o + 1] = UInt8(0x80 | (value >> 6) & 0x3F)
                    buffer[o + 2] = UInt8(0x80 | value & 0x3F)
                    o += 3
                } else {
                    buffer[o] = UInt8(0xF0 | value >> 18)
                    buffer[o + 1] = UInt8(0x80 | (value >> 12) & 0x3F)
                    buffer[o + 2] = UInt8(0x80 | (value >> 6) & 0x3F)
                    buffer[o + 3] = UInt8(0x80 | value & 0x3F)
                    o += 4
                }
            }
            return o
        }
    }
}

/// UTF-16 files (what Windows tools call "Unicode"), little- or big-endian, with or without
/// a byte-order mark. Without one they are recognised by the zero bytes that Latin,
/// Cyrillic and punctuation leave in every other position: UTF-8 text has no zero byte at
/// all, and a binary file's zeros fall on both sides. (UTF-16 text made only of CJK or
/// other characters above U+00FF has no zero byte, and without a byte-order mark is not
/// recognised.)
public enum UTF16Text {
    public enum ByteOrder: Sendable { case littleEndian, bigEndian }

    /// The byte order and the length of the byte-order mark (0 or 2) when `prefix` (a
    /// file's first bytes) is UTF-16, else nil.
    public static func detect(_ prefix: UnsafeBufferPointer<UInt8>) -> (order: ByteOrder, markLength: Int)? {
        if prefix.count >= 2 {
            if prefix[0] == 0xFF && prefix[1] == 0xFE { return (.littleEndian, 2) }
            if prefix[0] == 0xFE && prefix[1] == 0xFF { return (.bigEndian, 2) }
        }
        let pairs = min(prefix.count, BinaryDetector.sniffLength) / 2
        guard pairs > 0 else { return nil }
        var zerosEven = 0
        var zerosOdd = 0
        for pair in 0..<pairs {
            if prefix[2 * pair] == 0 { zerosEven += 1 }
            if prefix[2 * pair + 1] == 0 { zerosOdd += 1 }
        }
        // At least one character in ten below U+0100 (spaces alone are more), and zeros on
        // the other side rare (U+0100, U+0400…: at most one character in fifty). A short file
        // needs four such zeros (or all its characters): "hello\0world" is a text with a NUL
        // in it, refused as binary, not UTF-16 read as "敨汬o潷汲".
        func isUTF16(zeros: Int, otherZeros: Int) -> Bool {
            zeros * 10 >= pairs && zeros >= min(4, pairs) && otherZeros * 50 <= pairs && zeros > otherZeros
        }
        if isUTF16(zeros: zerosOdd, otherZeros: zerosEven) { return (.littleEndian, 0) }
        if isUTF16(zeros: zerosEven, otherZeros: zerosOdd) { return (.bigEndian, 0) }
        return nil
    }

    /// Decodes `bytes` (after the byte-order mark) scalar by scalar: a lone surrogate or an
    /// odd last byte becomes U+FFFD. Returns how many replacements were made.
    @discardableResult
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, order: ByteOrder,
                              into consume: (Unicode.Scalar) -> Void) -> Int {
        var replacements = 0
        var index = 0
        @inline(__always) func unit(at offset: Int) -> UInt16 {
            order == .littleEndian
                ? UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
                : UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
        }
        while index + 1 < bytes.count {
            let first = unit(at: index)
            index += 2
            if first < 0xD800 || first > 0xDFFF {
                consume(Unicode.Scalar(first)!)
            } else if first <= 0xDBFF, index + 1 < bytes.count, case let second = unit(at: index), (0xDC00...0xDFFF).contains(second) {
                index += 2
                consume(Unicode.Scalar(0x10000 + (UInt32(first - 0xD800) << 10) + UInt32(second - 0xDC00))!)
            } else {
                replacements += 1
                consume("\u{FFFD}")
            }
        }
        if index < bytes.count {
            replacements += 1
            consume("\u{FFFD}")
        }
        return replacements
    }
}

/// SentencePiece's normaliser, byte for byte: the model's precompiled rules (for this
/// model nmt_nfkc: NFKC plus clean-ups) applied longest match first, user-defined pieces
/// passed through untouched, runs of white space collapsed, and every space written as
/// "▁" (U+2581) with one in front, as `Normalizer::Normalize` does.
struct SentencePieceNormalizer: @unchecked Sendable {
    /// Normalisation rules: keys are input byte strings, values offsets into `replacements`.
    let rules: DoubleArray?
    /// The rules' outputs, each ended by a NUL byte.
    let replacements: UnsafeBufferPointer<UInt8>
    /// User-defined pieces, matched before the rules and kept as they are.
    let userDefined: [[UInt8]]
    let addDummyPrefix: Bool
    let removeExtraWhitespaces: Bool
    let escapeWhitespaces: Bool
    let treatWhitespaceAsSuffix: Bool

    private static let spaceSymbol: [UInt8] = [0xE2, 0x96, 0x81]

    /// The normalised UTF-8 of `input`; empty when nothing but white space remains.
    func normalize(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var position = 0
        let count = input.count
        if removeExtraWhitespaces {
            while position < count {
                let (piece, consumed) = prefix(input, at: position)
                guard piece.count == 1, piece[0] == 0x20 else { break }
                position += consumed
            }
        }
        guard position < count else { return [] }
        var output: [UInt8] = []
        output.reserveCapacity(count * 3 / 2 + 4)
        let space = escapeWhitespaces ? Self.spaceSymbol : [0x20]
        if !treatWhitespaceAsSuffix && addDummyPrefix { output += space }
        var previousIsSpace = removeExtraWhitespaces
        while position < count {
            let (piece, consumed) = prefix(input, at: position)
            var start = 0
            if previousIsSpace {
                while start < piece.count && piece[start] == 0x20 { start += 1 }
            }
            if start < piece.count {
                for byte in piece[start...] {
                    if escapeWhitespaces && byte == 0x20 { output += space } else { output.append(byte) }
                }
                previousIsSpace = piece[piece.count - 1] == 0x20
            }
            position += consumed
            if !removeExtraWhitespaces { previousIsSpace = false }
        }
        if removeExtraWhitespaces {
            while output.count >= space.count && output.suffix(space.count).elementsEqual(space) {
                output.removeLast(space.count)
            }
        }
        if treatWhitespaceAsSuffix && addDummyPrefix { output += space }
        return output
    }

    /// What the input at `position` normalises to, and how many input bytes that consumes
    /// (`Normalizer::NormalizePrefix`).
    @inline(__always)
    private func prefix(_ input: UnsafeBufferPointer<UInt8>, at position: Int) -> (UnsafeBufferPointer<UInt8>, Int) {
        let rest = UnsafeBufferPointer(rebasing: input[position...])
        if !userDefined.isEmpty, let length = longestUserDefined(in: rest) {
            return (UnsafeBufferPointer(rebasing: rest[0..<length]), length)
        }
        var longest = 0
        var value: Int32 = 0
        rules?.forEachPrefix(of: rest) { length, found in
            longest = length
            value = found
        }
        if longest > 0, value >= 0, Int(value) < replacements.count {
            var end = Int(value)
            while end < replacements.count && replacements[end] != 0 { end += 1 }
            return (UnsafeBufferPointer(rebasing: replacements[Int(value)..<end]), longest)
        }
        // No rule: one character as it is (Swift strings are valid UTF-8).
        let length = min(utf8Length(leading: rest[0]), rest.count)
        return (UnsafeBufferPointer(rebasing: rest[0..<length]), length)
    }

    private func longestUserDefined(in rest: UnsafeBufferPointer<UInt8>) -> Int? {
        var best: Int?
        for piece in userDefined where piece.count <= rest.count && piece.count > (best ?? 0) {
            if piece.indices.allSatisfy({ piece[$0] == rest[$0] }) { best = piece.count }
        }
        return best
    }
}

/// Bytes in the UTF-8 sequence that `byte` starts (1 for a stray continuation byte).
@inline(__always)
func utf8Length(leading byte: UInt8) -> Int {
    if byte < 0xC0 { return 1 }
    if byte < 0xE0 { return 2 }
    if byte < 0xF0 { return 3 }
    return 4
}

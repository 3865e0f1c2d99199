import ReadoutsTOML

/// What every fuzz target checks besides "no crash": an error is one line that names a place
/// inside the input, and a parsed document's locations all lie inside it. A failed check traps,
/// so libFuzzer reports it as a crash with the input that caused it.
enum FuzzChecks {
    static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Bytes per line (without the line end), for bounds checks.
    static func lineLengths(_ bytes: [UInt8]) -> [Int] {
        var lengths = [0]
        for byte in bytes {
            if byte == 0x0A { lengths.append(0) } else { lengths[lengths.count - 1] += 1 }
        }
        return lengths
    }

    static func check(_ location: TOMLLocation, inside lines: [Int], _ what: @autoclosure () -> String) {
        guard location.line >= 1, location.line <= lines.count, location.column >= 1,
            location.column <= lines[location.line - 1] + 1
        else { fatalError("\(what()) at \(location) lies outside the input (\(lines.count) lines)") }
    }

    /// An error in `file` (the fuzzed input) must point inside it; any error must be one line
    /// without control characters.
    static func check(_ error: LocatedError, in bytes: [UInt8], file: String) {
        let text = error.description
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) {
            fatalError("control character in an error message: \(text.debugDescription)")
        }
        if error.file == file && error.isLocated {
            check(error.location, inside: lineLengths(bytes), text)
        }
    }

    /// Every key and value of a parsed document is located inside the input.
    static func check(_ table: TOMLTable, in bytes: [UInt8]) {
        let lines = lineLengths(bytes)
        func visit(_ value: TOMLValue) {
            check(value.location, inside: lines, "a value")
            switch value.kind {
            case .array(let elements): elements.forEach(visit)
            case .table(let table):
                for entry in table.entries {
                    check(entry.keyLocation, inside: lines, "the key \(entry.key.debugDescription)")
                    visit(entry.value)
                }
            default: break
            }
        }
        visit(TOMLValue(.table(table), at: .start))
    }
}

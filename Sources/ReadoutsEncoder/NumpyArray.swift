import Foundation

/// One array of an `.npy` file (numpy's format: a magic string, a Python-literal header
/// giving dtype, order and shape, then the raw little-endian data).
struct NumpyArray {
    enum DType: String { case float32 = "<f4", float64 = "<f8", uint8 = "|u1" }

    let dtype: DType
    let shape: [Int]
    let data: ArraySlice<UInt8>

    var count: Int { shape.reduce(1, *) }

    init(npy bytes: [UInt8], name: String) throws(ModelError) {
        func bad(_ detail: String) -> ModelError { ModelError(.install, "array \(name) is not a readable .npy (\(detail))") }
        guard bytes.count >= 10, bytes[0] == 0x93, Array(bytes[1..<6]) == Array("NUMPY".utf8) else { throw bad("magic") }
        let major = bytes[6]
        let headerLength: Int
        let headerStart: Int
        switch major {
        case 1: headerLength = Int(bytes.u16(at: 8)); headerStart = 10
        case 2, 3: headerLength = Int(bytes.u32(at: 8)); headerStart = 12
        default: throw bad("version \(major)")
        }
        guard headerStart + headerLength <= bytes.count else { throw bad("header") }
        let header = String(decoding: bytes[headerStart..<(headerStart + headerLength)], as: UTF8.self)
        guard let descr = Self.value(of: "descr", in: header).map({ $0.trimmingQuotes }),
            let dtype = DType(rawValue: descr == "<u1" ? "|u1" : descr)
        else { throw bad("unsupported dtype") }
        guard Self.value(of: "fortran_order", in: header) == "False" else { throw bad("Fortran order") }
        guard let shapeText = Self.value(of: "shape", in: header) else { throw bad("no shape") }
        let shape = shapeText.split(whereSeparator: { "(), ".contains($0) }).compactMap { Int($0) }
        self.dtype = dtype
        self.shape = shape
        let size: Int = switch dtype {
        case .float32: 4
        case .float64: 8
        case .uint8: 1
        }
        let start = headerStart + headerLength
        guard bytes.count - start == shape.reduce(1, *) * size else { throw bad("data size does not match the shape") }
        data = bytes[start...]
    }

    /// The value text after `'key':` in the header dictionary, up to the next top-level comma.
    private static func value(of key: String, in header: String) -> String? {
        guard let keyRange = header.range(of: "'\(key)':") else { return nil }
        var depth = 0
        var result = ""
        for character in header[keyRange.upperBound...] {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if (character == "," && depth == 0) || character == "}" { break }
            result.append(character)
        }
        return result.trimmingSpaces
    }

    /// The values as Float (float64 values are rounded to the nearest Float).
    func floats() -> [Float] {
        data.withUnsafeBytes { raw in
            switch dtype {
            case .float32: (0..<count).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * $0, as: UInt32.self))) }
            case .float64: (0..<count).map { Float(Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * $0, as: UInt64.self)))) }
            case .uint8: raw.map { Float($0) }
            }
        }
    }
}

private extension String {
    var trimmingSpaces: String { String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
    var trimmingQuotes: String { String(trimmingSpaces.filter { $0 != "'" && $0 != "\"" }) }
}

import Foundation
import ArgumentParser

/// A size given on the command line as bytes with an optional k/m suffix ("100k", "10m"),
/// in decimal units like the "100 KB, 1 MB and 10 MB".
struct ByteSize: ExpressibleByArgument, Codable, Hashable, Comparable, CustomStringConvertible {
    var bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        let lowered = argument.lowercased().replacingOccurrences(of: "b", with: "")
        let multiplier: Int
        var digits = Substring(lowered)
        switch lowered.last {
        case "k": multiplier = 1_000; digits = digits.dropLast()
        case "m": multiplier = 1_000_000; digits = digits.dropLast()
        default: multiplier = 1
        }
        guard let value = Double(digits), value > 0 else { return nil }
        bytes = Int(value * Double(multiplier))
    }

    static func < (lhs: ByteSize, rhs: ByteSize) -> Bool { lhs.bytes < rhs.bytes }

    var description: String {
        if bytes >= 1_000_000 && bytes % 100_000 == 0 { return trim(Double(bytes) / 1e6) + " MB" }
        if bytes >= 1_000 && bytes % 100 == 0 { return trim(Double(bytes) / 1e3) + " KB" }
        return "\(bytes) B"
    }

    private func trim(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

import Foundation

/// The most bytes one version may hold (`--max-size`, 1 GiB by default). A larger file, or
/// an input that never ends (`/dev/zero`, a pipe that keeps writing), is refused with a
/// one-line error as soon as it passes the limit, instead of being read until memory runs
/// out.
public struct InputLimit: Sendable, Equatable, CustomStringConvertible {
    public var bytes: Int

    public init(bytes: Int) { self.bytes = bytes }

    /// 1 GiB: far beyond any account of an event, well within a laptop's memory (a version
    /// costs about 8 × its size once linked).
    public static let standard = InputLimit(bytes: 1 << 30)

    private static let units: [(suffix: String, shift: Int)] = [("K", 10), ("M", 20), ("G", 30), ("T", 40)]

    /// Reads a size as the command line writes it: a number of bytes, or a number followed
    /// by K, M, G or T (powers of 1024; `KB`, `KiB`, `MiB`… and lower case accepted), e.g.
    /// `500M`, `2G`, `1.5G`. Nil for anything else, zero and negative sizes included.
    public init?(_ text: String) {
        var rest = text.trimmingCharacters(in: .whitespaces).uppercased()[...]
        if rest.hasSuffix("IB") { rest = rest.dropLast(2) } else if rest.hasSuffix("B") { rest = rest.dropLast() }
        var shift = 0
        if let unit = Self.units.first(where: { rest.hasSuffix($0.suffix) }) {
            shift = unit.shift
            rest = rest.dropLast()
        }
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let number = Double(rest), number.isFinite, number > 0 else { return nil }
        let value = number * Double(1 << shift)
        guard value >= 1, value < Double(Int.max / 2) else { return nil }
        bytes = Int(value)
    }

    /// "1 GiB", "500 MiB", "1.5 GiB", "1000 bytes": the limit as a message states it.
    public var description: String {
        for unit in Self.units.reversed() where bytes >= 1 << unit.shift {
            let value = Double(bytes) / Double(1 << unit.shift)
            let rounded = (value * 10).rounded() / 10
            let number = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
            return "\(number) \(unit.suffix)iB"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }

    /// Why a version was refused: one line, naming the option that raises the limit.
    public func exceededReason() -> String {
        "larger than \(self), the most a version may hold (raise it with --max-size)"
    }
}

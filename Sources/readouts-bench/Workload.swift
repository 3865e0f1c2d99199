import ReadoutsFixtures
import Foundation
import ReadoutsTopics
import ArgumentParser

/// What one benchmark child process measures: the synthetic versions of a size, or one of
/// the pathological shapes issue 7 says must open without hanging.
struct Workload: Codable {
    enum Shape: String, Codable, CaseIterable {
        /// Later accounts of the same event (`SyntheticReadouts`).
        case synthetic
        /// Two versions, each one 10 MB line: no newline at all.
        case noNewline = "no-newline"
        /// Two versions of a million one-character lines.
        case oneCharLines = "one-char-lines"
        /// Two versions, each one 10 MB word: no space, no newline (every cut of the text
        /// into chunks falls between letters).
        case noSpace = "no-space"
    }

    var shape: Shape
    var bytes: Int
    var versions: Int
    var seed: UInt64

    var name: String {
        switch shape {
        case .synthetic: return "synthetic"
        case .noNewline: return "no newline"
        case .oneCharLines: return "1-char lines"
        case .noSpace: return "no space"
        }
    }

    /// Writes the versions into `directory` as synthetic-a.txt, synthetic-b.txt, …
    func write(to directory: URL) throws -> [String] {
        try texts().enumerated().map { index, text in
            let path = directory.appendingPathComponent("synthetic-\(Character(Unicode.Scalar(UInt8(97 + index)))).txt").path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    /// The versions' texts. Deterministic: the same workload always gives the same bytes.
    func texts() -> [String] {
        switch shape {
        case .synthetic:
            return SyntheticReadouts.texts(bytes: bytes, seed: seed, versions: versions)
        case .noNewline:
            return SyntheticReadouts.texts(bytes: bytes, seed: seed, versions: versions)
                .map { $0.replacingOccurrences(of: "\n\n", with: " ") }
        case .noSpace:
            return SyntheticReadouts.texts(bytes: bytes, seed: seed, versions: versions)
                .map { $0.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\n", with: "") }
        case .oneCharLines:
            let lines = max(1, bytes / 2)
            return (0..<versions).map { version in
                var text = ""
                text.reserveCapacity(lines * 2)
                let letters = Array("abcdefghijklmnopqrstuvwxyz")
                for line in 0..<lines { text.append(letters[(line + version) % letters.count]); text.append("\n") }
                return text
            }
        }
    }
}

extension Workload.Shape: ExpressibleByArgument {}

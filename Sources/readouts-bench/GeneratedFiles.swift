import Foundation
import ReadoutsText
import ReadoutsTopics

/// The versions a benchmark child works on: files its parent generated, read the way the
/// reader reads its arguments, and linked the way the reader links them.
enum GeneratedFiles {
    /// The files' total size in bytes (0 for a file that cannot be read).
    static func bytes(_ paths: [String]) -> Int {
        paths.reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0)
        }
    }

    /// All versions at once, as the reader loads them. The files are the bench's own:
    /// failing to read them is a broken bench, not a measurement.
    static func load(_ paths: [String]) -> [Document] {
        do {
            return try DocumentLoader.load(paths: paths)
        } catch {
            fatalError("readouts-bench: cannot load the generated files: \(error)")
        }
    }

    /// The engine as the reader configures it: the shipped lexicon, no link evidence.
    static var readersEngine: TopicEngine {
        var engine = TopicEngine(lexicons: [.international])
        engine.keepsEvidence = false
        return engine
    }
}

import Foundation

/// The annotated pairs of one split: `dev` (tune on it) or `test` (never tuned on; its
/// figures are reported, not optimised).
public struct AnnotationSet: Sendable {
    public enum Split: String, CaseIterable, Sendable {
        case dev, test
    }

    public var split: Split
    /// Sorted by name, so that reports and scores are in a stable order.
    public var pairs: [AnnotatedPair]

    /// Loads every `*.json` of `root/<split>/`.
    public static func load(_ split: Split, root: URL) throws -> AnnotationSet {
        let directory = root.appendingPathComponent(split.rawValue, isDirectory: true)
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return AnnotationSet(split: split, pairs: try files.map(AnnotatedPair.load))
    }

    /// The annotations folder of this source tree (`Tests/ReadoutsTopicsTests/Annotations`),
    /// found from this file's path: the bench and the tests read the same files.
    public static var defaultRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/ReadoutsTopicsTests/Annotations", isDirectory: true)
    }
}

import Foundation

/// A directory of one test's own (a cache, files to read), under the temporary directory
/// and unique to it, so tests running together never share one; removed with its owner, or
/// by `remove()` in a test's `tearDown` (XCTest keeps every test case it ran until the run ends).
public final class ScratchDirectory: Sendable {
    public let path: String

    /// Not created: the code under test makes it, as it would make its own.
    public init(_ name: String) {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-\(name)-\(UUID().uuidString)").path
    }

    public func remove() { try? FileManager.default.removeItem(atPath: path) }

    deinit { remove() }
}

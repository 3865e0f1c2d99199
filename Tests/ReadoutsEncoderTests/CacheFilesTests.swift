import Foundation
import ReadoutsFixtures
import XCTest
@testable import ReadoutsEncoder

/// A cache directory stays within its size limit: what was used least recently goes first
/// (a read counts as a use), the file just written stays, and temporary files a crashed
/// writer left behind are swept once stale. Every test has a scratch directory of its own.
final class CacheFilesTests: XCTestCase {
    private let scratch = ScratchDirectory("cache-files")
    private var directory: String { scratch.path }

    override func tearDown() { scratch.remove() }

    private func write(_ files: CacheFiles, _ name: String, bytes count: Int) throws {
        try files.store(name) { descriptor in [UInt8](repeating: 7, count: count).withUnsafeBytes { CacheFiles.write(descriptor, $0) } }
    }

    /// Makes `name` look last used `seconds` ago.
    private func age(_ name: String, by seconds: Int) {
        let then = timespec(tv_sec: time(nil) - seconds, tv_nsec: 0)
        var times = [then, then]
        XCTAssertEqual(utimensat(AT_FDCWD, directory + "/" + name, &times, 0), 0)
    }

    private var names: Set<String> { Set((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []) }

    func testTheLeastRecentlyUsedFileGoesWhenTheDirectoryIsOverItsLimit() throws {
        let files = CacheFiles(directory: directory, limit: 2500)
        try write(files, "a", bytes: 1000)
        age("a", by: 300)
        try write(files, "b", bytes: 1000)
        age("b", by: 200)
        XCTAssertEqual(files.load("a") { _, size in size }, 1000, "a is read: used now, b is the oldest")
        try write(files, "c", bytes: 1000)
        XCTAssertEqual(names, ["a", "c"], "3,000 bytes over a 2,500 limit: b, used least recently, is removed")
    }

    func testTheFileJustWrittenStaysEvenAlone() throws {
        let files = CacheFiles(directory: directory, limit: 500)
        try write(files, "a", bytes: 400)
        try write(files, "big", bytes: 1000)
        XCTAssertEqual(names, ["big"])
    }

    func testStaleTemporaryFilesAreSweptAndFreshOnesLeft() throws {
        let files = CacheFiles(directory: directory)
        try write(files, "a", bytes: 10)
        FileManager.default.createFile(atPath: directory + "/.x.1.2.tmp", contents: Data([1]))
        age(".x.1.2.tmp", by: 7200)
        FileManager.default.createFile(atPath: directory + "/.y.3.4.tmp", contents: Data([1]))
        try write(files, "b", bytes: 10)
        XCTAssertEqual(names, ["a", "b", ".y.3.4.tmp"], "a crashed writer's file of two hours ago is removed, one being written now is not")
    }
}

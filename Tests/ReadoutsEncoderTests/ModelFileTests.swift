import Foundation
@testable import ReadoutsEncoder
import XCTest

/// Readouts' model container: what loading checks, so that a truncated or damaged model
/// gives one clear error instead of a crash or garbage.
final class ModelFileTests: XCTestCase {
    var directory: String!

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "readouts-model-file-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try FileManager.default.removeItem(atPath: directory) }

    func writeSample() throws -> String {
        var writer = ModelFileWriter()
        writer.add("weights", floats: [1, 2, 3.5, -4])
        writer.add("bytes", bytes: Array(0..<100))
        writer.add("ids", int32s: [7, -1])
        let path = directory + "/sample.rdt"
        try writer.write(to: path)
        return path
    }

    func modify(_ path: String, _ change: (inout [UInt8]) -> Void) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        change(&bytes)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    func assertCorrupt(_ path: String, mentioning words: String, verifying: [String] = [], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try ModelFile(path: path).verify(verifying), file: file, line: line) { error in
            let error = error as! ModelError
            XCTAssertEqual(error.kind, .corrupt, file: file, line: line)
            XCTAssertTrue(error.message.contains(words), error.message, file: file, line: line)
            XCTAssertTrue(error.message.contains("--install-model"), error.message, file: file, line: line)
            XCTAssertFalse(error.message.contains("\n"), file: file, line: line)
        }
    }

    func testSectionsReadBackWhereTheyLie() throws {
        let file = try ModelFile(path: try writeSample())
        try file.verify(file.sections.keys)
        XCTAssertEqual(Array(try file.floats("weights", count: 4)), [1, 2, 3.5, -4])
        XCTAssertEqual(Array(try file.array("bytes", .uint8, as: UInt8.self)), Array(0..<100))
        XCTAssertEqual(Array(try file.array("ids", .int32, count: 2, as: Int32.self)), [7, -1])
        XCTAssertTrue(file.sections.values.allSatisfy { $0.offset % 64 == 0 })
    }

    func testTruncatedFileIsReportedAtOpen() throws {
        let path = try writeSample()
        try modify(path) { $0.removeLast(10) }
        assertCorrupt(path, mentioning: "truncated")
    }

    func testFlippedByteIsCaughtByTheSectionChecksum() throws {
        let path = try writeSample()
        let offset = try ModelFile(path: path).section("weights").offset
        try modify(path) { $0[offset + 5] ^= 0x40 }
        XCTAssertNoThrow(try ModelFile(path: path), "opening checks sizes, not contents")
        assertCorrupt(path, mentioning: "checksum mismatch in weights", verifying: ["weights"])
    }

    func testDamagedTableAndForeignFilesAreRefused() throws {
        let path = try writeSample()
        try modify(path) { $0[64 + 3] ^= 1 }  // a section's name
        assertCorrupt(path, mentioning: "section table")
        let foreign = directory + "/foreign.rdt"
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: foreign))
        assertCorrupt(foreign, mentioning: "not a Readouts model file")
    }

    func testWrongShapesAndMissingSectionsAreRefused() throws {
        let file = try ModelFile(path: try writeSample())
        XCTAssertThrowsError(try file.floats("weights", count: 5))
        XCTAssertThrowsError(try file.floats("bytes", count: 25))
        XCTAssertThrowsError(try file.floats("absent", count: 1))
    }

    func testMissingFileMeansNotInstalled() {
        XCTAssertThrowsError(try ModelFile(path: directory + "/none.rdt")) { error in
            XCTAssertEqual((error as! ModelError).kind, .notInstalled)
        }
    }

    // The installed model itself, damaged in a copy.

    func copyOfInstalledModel() throws -> String {
        _ = try InstalledModel.encoder()
        let copy = directory + "/" + UniversalSentenceEncoder.modelName
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: InstalledModel.directory + "/" + UniversalSentenceEncoder.fileName,
                                         toPath: copy + "/" + UniversalSentenceEncoder.fileName)
        return copy
    }

    func testTruncatedInstalledModelFailsToLoadWithOneLine() throws {
        let copy = try copyOfInstalledModel()
        let path = copy + "/" + UniversalSentenceEncoder.fileName
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 40_000_000)
        try handle.close()
        XCTAssertThrowsError(try UniversalSentenceEncoder(directory: copy)) { error in
            XCTAssertEqual((error as! ModelError).kind, .corrupt)
            XCTAssertTrue("\(error)".contains(path), "\(error)")
        }
        XCTAssertThrowsError(try ModelStore.installedEncoder(environment: ["READOUTS_MODEL_DIR": directory]))
    }

    func testDamagedWeightsFailAtLoadAndDamagedTokenTableAtVerification() throws {
        let copy = try copyOfInstalledModel()
        let path = copy + "/" + UniversalSentenceEncoder.fileName
        let original = try ModelFile(path: path)
        let layer = try original.section("use.w1_5").offset + 1000
        let table = try original.section(EncoderSections.table).offset + 123_456
        let descriptor = open(path, O_RDWR)
        defer { close(descriptor) }
        var byte: UInt8 = 0x5A
        pwrite(descriptor, &byte, 1, off_t(table))
        XCTAssertNoThrow(try UniversalSentenceEncoder(directory: copy), "the token table is checked for size at load")
        XCTAssertThrowsError(try ModelInstaller.verifyCompletely(directory: copy)) { error in
            XCTAssertTrue("\(error)".contains(EncoderSections.table), "\(error)")
        }
        pwrite(descriptor, &byte, 1, off_t(layer))
        XCTAssertThrowsError(try UniversalSentenceEncoder(directory: copy)) { error in
            XCTAssertTrue("\(error)".contains("checksum mismatch in use.w1_5"), "\(error)")
        }
    }
}

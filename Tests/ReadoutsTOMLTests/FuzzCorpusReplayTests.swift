import Foundation
import ReadoutsTOML
import XCTest

/// Replays the committed fuzz corpus (Tests/Fuzz/corpus, crash reproducers included) through
/// the parser: each input parses or is refused with one located line, never a crash.
final class FuzzCorpusReplayTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/corpus")

    func testEveryCorpusInputParsesOrGivesOneLocatedLine() throws {
        let files = (FileManager.default.enumerator(atPath: Self.corpus.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".toml") }
        XCTAssertGreaterThan(files.count, 15, "corpus not found at \(Self.corpus.path)")
        var refused: [String] = []
        for name in files.sorted() {
            let bytes = try Array(Data(contentsOf: Self.corpus.appendingPathComponent(name)))
            let lineCount = bytes.filter { $0 == 0x0A }.count + 1
            do {
                _ = try TOMLDocument(parsing: bytes, file: name)
            } catch {
                refused.append((name as NSString).lastPathComponent)
                XCTAssertFalse(error.description.unicodeScalars.contains { $0.value < 0x20 }, error.description)
                XCTAssertTrue((1...lineCount).contains(error.line) && error.column >= 1, "\(name): \(error)")
            }
        }
        XCTAssertTrue(refused.contains("crash-header-at-end-of-line.toml"))
        XCTAssertTrue(refused.contains("crash-array-closed-by-brace.toml"))
        XCTAssertFalse(refused.contains("tables.toml"))
    }
}

import Foundation
import ReadoutsTOML
import XCTest

/// The official TOML conformance suite (toml-test): every valid document must parse to the
/// expected values, every invalid one must be refused. The suite is not in this repository;
/// `READOUTS_TOML_TEST_DIR` names its `tests` folder (the one holding `valid/`, `invalid/`
/// and `files-toml-1.0.0`). `.ci/run` downloads it from PyPI (tomlkit's sdist carries it).
final class TOMLTestSuiteTests: XCTestCase {
    func testOfficialSuiteForTOML1_0() throws {
        guard let directory = ProcessInfo.processInfo.environment["READOUTS_TOML_TEST_DIR"], !directory.isEmpty else {
            throw XCTSkip("READOUTS_TOML_TEST_DIR is not set")
        }
        let files = try Self.caseFiles(in: directory)
        let valid = files.filter { $0.hasPrefix("valid/") }
        let invalid = files.filter { $0.hasPrefix("invalid/") }
        XCTAssertGreaterThan(valid.count, 150, "too few valid cases found in \(directory)")
        XCTAssertGreaterThan(invalid.count, 300, "too few invalid cases found in \(directory)")

        var failures: [String] = []
        var validPassed = 0
        for name in valid {
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
            let jsonURL = URL(fileURLWithPath: directory + "/" + name.dropLast(5) + ".json")
            let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: jsonURL), options: [.fragmentsAllowed])
            do {
                let document = try TOMLDocument(parsing: bytes, file: name)
                if let mismatch = Self.mismatch(.init(.table(document.root), at: .start), expected, path: "") {
                    failures.append("\(name): \(mismatch)")
                } else {
                    validPassed += 1
                }
            } catch {
                failures.append("\(name): refused: \(error)")
            }
        }
        var invalidPassed = 0
        for name in invalid {
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
            do {
                _ = try TOMLDocument(parsing: bytes, file: name)
                failures.append("\(name): accepted")
            } catch {
                XCTAssertFalse(error.description.contains("\n"), "\(name): \(error)")
                invalidPassed += 1
            }
        }
        print("toml-test (TOML 1.0.0): valid \(validPassed)/\(valid.count), invalid \(invalidPassed)/\(invalid.count)")
        XCTAssertEqual(failures, [], failures.joined(separator: "\n"))
    }

    /// The cases for TOML 1.0.0: the suite's own list when it has one, else every file.
    static func caseFiles(in directory: String) throws -> [String] {
        let list = directory + "/files-toml-1.0.0"
        if let text = try? String(contentsOfFile: list, encoding: .utf8) {
            return text.split(separator: "\n").map(String.init).filter { $0.hasSuffix(".toml") }
        }
        let enumerator = FileManager.default.enumerator(atPath: directory)
        return (enumerator?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".toml") }.sorted()
    }

    /// Compares a value with toml-test's tagged JSON (`{"type": "integer", "value": "42"}`);
    /// nil when they agree.
    static func mismatch(_ value: TOMLValue, _ expected: Any, path: String) -> String? {
        switch value.kind {
        case .table(let table):
            guard let object = expected as? [String: Any], !Self.isTagged(object) else { return "\(path): got a table" }
            if Set(object.keys) != Set(table.keys) {
                return "\(path): keys \(table.keys.sorted()) instead of \(object.keys.sorted())"
            }
            for entry in table.entries {
                if let m = mismatch(entry.value, object[entry.key]!, path: path + "." + entry.key) { return m }
            }
            return nil
        case .array(let elements):
            guard let array = expected as? [Any], array.count == elements.count else { return "\(path): got \(elements.count) elements" }
            for (index, element) in elements.enumerated() {
                if let m = mismatch(element, array[index], path: path + "[\(index)]") { return m }
            }
            return nil
        default:
            guard let object = expected as? [String: Any], let type = object["type"] as? String, let text = object["value"] as? String else {
                return "\(path): got \(value.kindDescription), expected \(expected)"
            }
            let agrees: Bool
            switch (value.kind, type) {
            case (.string(let s), "string"): agrees = s == text
            case (.integer(let n), "integer"): agrees = Int64(text) == n
            case (.boolean(let b), "bool"): agrees = String(b) == text
            case (.float(let x), "float"):
                let y = Double(text.replacingOccurrences(of: "+", with: "")) ?? .nan
                agrees = x.isNaN ? (text.contains("nan")) : x == y
            case (.dateTime(let d), "datetime"), (.dateTime(let d), "datetime-local"),
                (.dateTime(let d), "date-local"), (.dateTime(let d), "time-local"):
                let reparsed = (try? TOMLDocument(parsing: "v = " + text, file: "expected"))?.root["v"]?.value.dateTime
                let kinds = ["datetime": "an offset date-time", "datetime-local": "a local date-time",
                             "date-local": "a local date", "time-local": "a local time"]
                agrees = reparsed == d && kinds[type] == d.kindDescription
            default: agrees = false
            }
            return agrees ? nil : "\(path): got \(value.kindDescription) \(value.kind), expected \(type) \(text)"
        }
    }

    static func isTagged(_ object: [String: Any]) -> Bool {
        object.count == 2 && object["type"] is String && object["value"] is String
    }
}

import ReadoutsTOML
import XCTest

/// Parses `text` and returns the value at a dotted path of bare keys (`"a.b"`).
func value(_ text: String, _ path: String = "v", file: StaticString = #filePath, line: UInt = #line) throws -> TOMLValue {
    let document = try TOMLDocument(parsing: text, file: "t.toml")
    var table = document.root
    let parts = path.split(separator: ".").map(String.init)
    for part in parts.dropLast() {
        table = try XCTUnwrap(table[part]?.value.table, "no table \(part)", file: file, line: line)
    }
    return try XCTUnwrap(table[parts.last!]?.value, "no key \(path)", file: file, line: line)
}

/// The error `text` raises, or nil if it parses.
func parseError(_ text: String) -> LocatedError? {
    do {
        _ = try TOMLDocument(parsing: text, file: "t.toml")
        return nil
    } catch {
        return error
    }
}

/// The error raised by raw bytes.
func parseError(bytes: [UInt8]) -> LocatedError? {
    do {
        _ = try TOMLDocument(parsing: bytes, file: "t.toml")
        return nil
    } catch {
        return error
    }
}

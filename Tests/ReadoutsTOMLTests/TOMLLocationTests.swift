import ReadoutsTOML
import XCTest

/// Every key, value and error is located as an editor shows it: lines and columns from 1,
/// columns counted in characters.
final class TOMLLocationTests: XCTestCase {
    func testKeysAndValuesAreLocatedExactly() throws {
        let text = "[servers . alpha]\nip = \"10.0.0.1\"\n  point = { x = 1, \"y\\u0301\" = [ 2, 3 ] }\n"
        let document = try TOMLDocument(parsing: text, file: "t.toml")
        let servers = try XCTUnwrap(document.root["servers"])
        XCTAssertEqual(servers.keyLocation, TOMLLocation(line: 1, column: 2))
        let alpha = try XCTUnwrap(servers.value.table?["alpha"])
        XCTAssertEqual(alpha.keyLocation, TOMLLocation(line: 1, column: 12))
        XCTAssertEqual(alpha.value.location, TOMLLocation(line: 1, column: 1), "a table is where its header starts")
        let table = try XCTUnwrap(alpha.value.table)
        XCTAssertEqual(table["ip"]?.value.location, TOMLLocation(line: 2, column: 6))
        let point = try XCTUnwrap(table["point"])
        XCTAssertEqual(point.keyLocation, TOMLLocation(line: 3, column: 3))
        XCTAssertEqual(point.value.location, TOMLLocation(line: 3, column: 11))
        let y = try XCTUnwrap(point.value.table?["y\u{301}"], "the escape is decoded in the key")
        XCTAssertEqual(y.keyLocation, TOMLLocation(line: 3, column: 20))
        XCTAssertEqual(y.value.array?[1].location, TOMLLocation(line: 3, column: 37))
    }

    func testColumnsCountCharactersNotBytes() throws {
        // "é" as e + U+0301, a flag, a wide CJK character and a tab are one column each.
        let text = "\"e\u{301}🇫🇷漢\t\" = [ true, 1 ]"
        let array = try XCTUnwrap(value(text, "e\u{301}🇫🇷漢\t").array)
        XCTAssertEqual(array.map(\.location.column), [12, 18])
    }

    func testLocationsStayRightOnLongLines() throws {
        let elements = (0..<20_000).map { "\"é\($0)\"" }.joined(separator: ",")
        let array = try XCTUnwrap(value("v = [" + elements + "]").array)
        let expected = 6 + (0..<19_999).reduce(0) { $0 + String($1).count + 4 }
        XCTAssertEqual(array.last?.location, TOMLLocation(line: 1, column: expected))
    }

    func testSyntaxErrorsPointAtTheProblem() throws {
        XCTAssertEqual(parseError("[\n")?.description,
                       "t.toml:1:2: TOML syntax error: the end of the line where a key should be, expected valid TOML: a key: letters, digits, '_' and '-', or a quoted string")
        XCTAssertEqual(parseError("a=[}")?.location, TOMLLocation(line: 1, column: 4))
        XCTAssertEqual(parseError("a = 1\nb = \"x\\q\"")?.location, TOMLLocation(line: 2, column: 7))
        XCTAssertEqual(parseError("a = \"\"\"\none\ntwo\u{7}\"\"\"")?.location, TOMLLocation(line: 3, column: 4))
        XCTAssertEqual(parseError("a = 2021-02-30")?.location, TOMLLocation(line: 1, column: 5))
        XCTAssertEqual(parseError(bytes: Array("a = \"é".utf8) + [0xFF])?.location, TOMLLocation(line: 1, column: 7))
    }

    func testErrorsAreOneLineWhateverTheyQuote() throws {
        let error = try XCTUnwrap(parseError("\"a\\nb\\u001B]2;x\\u0007\" = 1\n\"a\\nb\\u001B]2;x\\u0007\" = 2\n"))
        XCTAssertEqual(error.description,
                       "t.toml:2:1: TOML syntax error: duplicate key \"a\\nb\\e]2;x\\u{7}\", first defined at 1:1, expected valid TOML: each key once per table")
        let bidi = LocatedError(file: "x\u{202E}.toml", line: 1, column: 1, message: "m")
        XCTAssertEqual(bidi.description, "x\\u{202E}.toml:1:1: m")
    }

    func testQuotesAreShortened() {
        let quoted = LocatedError.quote(String(repeating: "k", count: 1_000))
        XCTAssertEqual(quoted.count, 66)
        XCTAssertTrue(quoted.hasSuffix("k…\""))
        XCTAssertEqual(LocatedError.quote("ui.staus"), "\"ui.staus\"")
    }
}

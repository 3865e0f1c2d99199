import ReadoutsTOML
import XCTest

/// TOML's rules on keys and tables: each key once, each table defined once, by a header or by
/// dotted keys but not both, inline tables and static arrays closed, [[arrays]] appending.
final class TOMLTableRulesTests: XCTestCase {
    func testDottedKeysBuildNestedTables() throws {
        XCTAssertEqual(try value("fruit.apple.color = \"red\"\nfruit.orange = 2\n", "fruit.apple.color").string, "red")
        XCTAssertEqual(try value("a . \"b.c\" . 'd' = 1\n", "a").table?["b.c"]?.value.table?["d"]?.value.integer, 1)
    }

    func testKeysKeepSourceOrder() throws {
        let document = try TOMLDocument(parsing: "z = 1\na = 2\n[m]\n[b]\n", file: "t.toml")
        XCTAssertEqual(document.root.keys, ["z", "a", "m", "b"])
    }

    func testDuplicateKeysAreRefusedWhereTheSecondIsWritten() throws {
        let error = try XCTUnwrap(parseError("a = 1\n  a = 2\n"))
        XCTAssertEqual(error.description, "t.toml:2:3: TOML syntax error: duplicate key \"a\", first defined at 1:1, expected valid TOML: each key once per table")
        XCTAssertNotNil(parseError("a = 1\n\"a\" = 2\n"), "a quoted key is the same key")
        XCTAssertNotNil(parseError("a = 1\na.b = 2\n"), "a value cannot become a table")
        XCTAssertNotNil(parseError("a.b = 1\na.b.c = 2\n"))
    }

    func testATableIsDefinedOnce() {
        XCTAssertNotNil(parseError("[a]\n[a]\n"))
        XCTAssertNotNil(parseError("[a.b]\n[a]\n[a]\n"))
        XCTAssertNotNil(parseError("[a]\nb = 1\n[a.b]\n"))
        XCTAssertNil(parseError("[a.b]\nx = 1\n[a]\ny = 2\n"), "a parent named only by a header may be defined later")
        XCTAssertNil(parseError("[a]\n[a.b]\n"))
    }

    func testDottedKeysAndHeadersDoNotDefineTheSameTable() {
        XCTAssertNotNil(parseError("[fruit]\napple.color = \"red\"\n[fruit.apple]\n"))
        XCTAssertNotNil(parseError("a.b = 1\n[a]\n"))
        XCTAssertNotNil(parseError("[a.b.c]\nz = 9\n[a]\nb.c.t = 1\n"), "dotted keys cannot add to a table a header defined")
        XCTAssertNil(parseError("[fruit]\napple.color = \"red\"\n[fruit.apple.texture]\nsmooth = true\n"),
                     "a header may add a sub-table to a table made by dotted keys")
        XCTAssertNil(parseError("[a.b.c]\n[a]\nb.d = 1\n"), "dotted keys may extend a table only named by a header")
    }

    func testInlineTablesAndArraysAreClosed() {
        XCTAssertNotNil(parseError("a = {}\n[a]\n"))
        XCTAssertNotNil(parseError("a = { b = 1 }\n[a.c]\n"))
        XCTAssertNotNil(parseError("a = { b = 1 }\na.c = 2\n"))
        XCTAssertNotNil(parseError("a = []\n[[a]]\n"))
        XCTAssertNotNil(parseError("a = [{}]\n[a.b]\n"))
    }

    func testArraysOfTablesAppendAndScopeTheirSubTables() throws {
        let text = "[[p]]\nname = \"Hammer\"\n[p.details]\nw = 1\n[[p]]\n[[p]]\nname = \"Nail\"\n[p.details]\nw = 2\n"
        let array = try XCTUnwrap(value(text, "p").array)
        XCTAssertEqual(array.count, 3)
        XCTAssertEqual(array.map { $0.table?["name"]?.value.string }, ["Hammer", nil, "Nail"])
        XCTAssertEqual(array[2].table?["details"]?.value.table?["w"]?.value.integer, 2)
        XCTAssertNotNil(parseError("[[p]]\n[p]\n"))
        XCTAssertNotNil(parseError("[p]\n[[p]]\n"))
        XCTAssertNotNil(parseError("[[a.b]]\n[a]\nb.y = 2\n"))
        XCTAssertNotNil(parseError("[ [p]]\n"), "[[ must be written together")
        XCTAssertNotNil(parseError("[[p] ]\n"))
    }

    func testOneKeyValueOrHeaderPerLine() {
        XCTAssertNotNil(parseError("a = 1 b = 2\n"))
        XCTAssertNotNil(parseError("[a] b = 1\n"))
        XCTAssertNotNil(parseError("a =\n1\n"))
        XCTAssertNotNil(parseError("= 1\n"))
        XCTAssertNotNil(parseError("a b = 1\n"))
        XCTAssertNil(parseError("[a] # comment\nb = 1 # comment\n"))
    }

    func testNestingIsBounded() throws {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        let error = try XCTUnwrap(parseError("v = " + deep))
        XCTAssertTrue(error.message.contains("nested more than 128"), error.description)
        let dotted = (0..<300).map { _ in "a" }.joined(separator: ".") + " = 1"
        XCTAssertTrue(try XCTUnwrap(parseError(dotted)).message.contains("nested more than 128"))
        XCTAssertNil(parseError("v = " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100)))
    }

    func testLineEndsAndByteOrderMark() throws {
        XCTAssertEqual(try value("a = 1\r\nv = \"\"\"x\r\ny\"\"\"\r\n").string, "x\r\ny")
        XCTAssertNotNil(parseError("a = 1\rb = 2\n"), "a lone carriage return is not a line end")
        XCTAssertEqual(try value("\u{FEFF}v = 1").integer, 1)
        XCTAssertEqual(parseError("\u{FEFF}v = x")?.location, TOMLLocation(line: 1, column: 5), "the mark takes no column")
        XCTAssertNil(parseError(""))
        XCTAssertNil(parseError("# only a comment"))
    }
}

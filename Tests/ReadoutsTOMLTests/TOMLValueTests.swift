import ReadoutsTOML
import XCTest

/// Every kind of TOML 1.0 value reads as the specification says.
final class TOMLValueTests: XCTestCase {
    func testBasicStringEscapes() throws {
        XCTAssertEqual(try value(#"v = "a\tb\n\"c\" \\ \b\f\r \u00E9 \U0001F600""#).string, "a\tb\n\"c\" \\ \u{8}\u{C}\r é 😀")
    }

    func testBadEscapesAndSurrogatesAreRefused() {
        XCTAssertNotNil(parseError(#"v = "\x41""#))
        XCTAssertNotNil(parseError(#"v = "\e""#), "\\e is TOML 1.1, not 1.0")
        XCTAssertNotNil(parseError(#"v = "\uD800""#), "a surrogate is not a scalar value")
        XCTAssertNotNil(parseError(#"v = "\U00110000""#))
        XCTAssertNotNil(parseError(#"v = "\u12""#))
    }

    func testLiteralStringsKeepBackslashes() throws {
        XCTAssertEqual(try value(#"v = 'C:\Users\n'"#).string, #"C:\Users\n"#)
    }

    func testMultiLineBasicTrimsTheFirstNewlineAndLineEndingBackslashes() throws {
        XCTAssertEqual(try value("v = \"\"\"\nRoses\nare red\"\"\"").string, "Roses\nare red")
        XCTAssertEqual(try value("v = \"\"\"\nThe quick \\\n\n   brown \\   \n  fox\"\"\"").string, "The quick brown fox")
        XCTAssertNotNil(parseError("v = \"\"\"a \\ b\"\"\""), "a backslash followed by a space but no line end")
    }

    func testUpToTwoQuotesMayTouchTheClosingOnes() throws {
        XCTAssertEqual(try value("v = \"\"\"a\"\"\"\"\"").string, "a\"\"")
        XCTAssertEqual(try value("v = '''b'''''").string, "b''")
        XCTAssertEqual(try value("v = \"\"\"x\"\"y\"\"\"").string, "x\"\"y")
        XCTAssertNotNil(parseError("v = \"\"\"a\"\"\"\"\"\""), "six quotes close and leave one over")
    }

    func testMultiLineLiteralKeepsEverything() throws {
        XCTAssertEqual(try value("v = '''\nfirst\n  \\second'''").string, "first\n  \\second")
    }

    func testControlCharactersAreRefusedInStringsAndComments() {
        XCTAssertNotNil(parseError("v = \"a\u{7}b\""))
        XCTAssertNotNil(parseError("v = 'a\u{7F}b'"))
        XCTAssertNotNil(parseError("v = 1 # bell \u{7}"))
        XCTAssertNotNil(parseError("v = \"a\rb\""))
        XCTAssertNotNil(parseError("v = \"one\nline\""))
        XCTAssertEqual(try value("v = \"tab\tok\"").string, "tab\tok")
    }

    func testIntegers() throws {
        XCTAssertEqual(try value("v = +99").integer, 99)
        XCTAssertEqual(try value("v = -17").integer, -17)
        XCTAssertEqual(try value("v = 1_000_000").integer, 1_000_000)
        XCTAssertEqual(try value("v = 0xDEAD_beef").integer, 0xDEAD_BEEF)
        XCTAssertEqual(try value("v = 0o755").integer, 0o755)
        XCTAssertEqual(try value("v = 0b1101").integer, 13)
        XCTAssertEqual(try value("v = 9223372036854775807").integer, Int64.max)
        XCTAssertEqual(try value("v = -9223372036854775808").integer, Int64.min)
    }

    func testMalformedIntegersAreRefused() {
        for text in ["v = 9223372036854775808", "v = -9223372036854775809", "v = 0x8000000000000000", "v = 012",
                     "v = 1__0", "v = _1", "v = 1_", "v = +0x1", "v = 0X1", "v = 0x", "v = 0b102", "v = 1 2"] {
            XCTAssertNotNil(parseError(text), text)
        }
    }

    func testFloats() throws {
        XCTAssertEqual(try value("v = 6.626e-34").number, 6.626e-34)
        XCTAssertEqual(try value("v = 1E+06").number, 1e6)
        XCTAssertEqual(try value("v = 224_617.445_991").number, 224_617.445_991)
        XCTAssertEqual(try value("v = -inf").number, -.infinity)
        XCTAssertEqual(try value("v = +inf").number, .infinity)
        XCTAssertTrue(try XCTUnwrap(value("v = nan").number).isNaN)
        XCTAssertEqual(try value("v = 1e0_1").number, 10)
        guard case .float(let zero) = try value("v = -0.0").kind else { return XCTFail("not a float") }
        XCTAssertEqual(zero.sign, .minus)
    }

    func testMalformedFloatsAreRefused() {
        for text in ["v = 1.", "v = .5", "v = 1.e3", "v = 1e", "v = 03.14", "v = 1._5", "v = 1e_5", "v = Inf", "v = infinity",
                     "v = 1e400", "v = nan_"] {
            XCTAssertNotNil(parseError(text), text)
        }
    }

    func testBooleansAreLowercaseOnly() throws {
        XCTAssertEqual(try value("v = true").boolean, true)
        XCTAssertEqual(try value("v = false").boolean, false)
        XCTAssertNotNil(parseError("v = True"))
        XCTAssertNotNil(parseError("v = truee"))
    }

    func testDatesAndTimes() throws {
        let odt = try XCTUnwrap(value("v = 1979-05-27T00:32:00.999999-07:00").dateTime)
        XCTAssertEqual(odt.date, .init(year: 1979, month: 5, day: 27))
        XCTAssertEqual(odt.time, .init(hour: 0, minute: 32, second: 0, nanosecond: 999_999_000))
        XCTAssertEqual(odt.offsetMinutes, -420)
        XCTAssertEqual(odt.description, "1979-05-27T00:32:00.999999-07:00")
        XCTAssertEqual(try value("v = 1979-05-27 07:32:00Z").dateTime?.description, "1979-05-27T07:32:00Z")
        XCTAssertEqual(try value("v = 1979-05-27t07:32:00").dateTime?.kindDescription, "a local date-time")
        XCTAssertEqual(try value("v = 2000-02-29").dateTime?.kindDescription, "a local date")
        XCTAssertEqual(try value("v = 23:59:60.5").dateTime?.description, "23:59:60.5")
        XCTAssertEqual(try value("v = 07:32:00.1234567891").dateTime?.time?.nanosecond, 123_456_789, "truncated, not rounded")
    }

    func testImpossibleOrMalformedDatesAreRefused() {
        for text in ["v = 1900-02-29", "v = 2021-04-31", "v = 2021-13-01", "v = 2021-00-10", "v = 24:00:00", "v = 12:60:00",
                     "v = 12:00:61", "v = 12:00", "v = 1979-05-27T", "v = 1979-05-27T07:32:00+24:00", "v = 1979-05-27T07:32:00+0530",
                     "v = 07:32:00Z", "v = 1979-05-2707:32:00", "v = 10000-01-01", "v = 1979-05-27T07:32:00.", "v = 1979-5-27"] {
            XCTAssertNotNil(parseError(text), text)
        }
    }

    func testArraysMayMixTypesSpanLinesAndEndInAComma() throws {
        let array = try XCTUnwrap(value("v = [\n  1, # one\n  \"two\",\n  [3, [4]],\n  { five = 5 },\n]").array)
        XCTAssertEqual(array.count, 4)
        XCTAssertEqual(array[1].string, "two")
        XCTAssertEqual(array[2].array?[1].array?[0].integer, 4)
        XCTAssertEqual(array[3].table?["five"]?.value.integer, 5)
        for text in ["v = [1,,2]", "v = [,]", "v = [1 2]", "v = [1", "v = [1,\n"] {
            XCTAssertNotNil(parseError(text), text)
        }
    }

    func testInlineTablesAreOneLineWithoutATrailingComma() throws {
        let table = try XCTUnwrap(value("v = { a = 1, b.c = \"x\", \"d e\" = {} }").table)
        XCTAssertEqual(table.keys, ["a", "b", "d e"])
        XCTAssertEqual(table["b"]?.value.table?["c"]?.value.string, "x")
        for text in ["v = { a = 1, }", "v = { a = 1\n}", "v = {\na = 1 }", "v = { a = 1 b = 2 }", "v = { a = 1, a = 2 }",
                     "v = { a.b = 1, a = 2 }", "v = { a = { b = 1 }, a.c = 2 }"] {
            XCTAssertNotNil(parseError(text), text.debugDescription)
        }
    }
}

import XCTest
import ReadoutsText
@testable import ReadoutsReader

/// A number typed finds that number however the text groups its digits: a translator's
/// `*12000` found nothing where the French wrote "12 000" (a no-break space) and the English
/// "12,000".
final class NumberSearchTests: XCTestCase {
    func testANumberFindsItsDigitGroupsWrittenAnyWay() throws {
        let text = "12000, 12 000, 12\u{00A0}000, 12\u{202F}000, 12\u{2009}000, 12,000, 12.000, 12'000 et 12’000."
        XCTAssertEqual(try found("12000", in: text).count, 9)
        XCTAssertEqual(try found("12000", in: "Près de 12\u{00A0}000 emplois"), ["12\u{00A0}000"], "the whole number is highlighted")
        XCTAssertEqual(try found("12 000", in: "Nearly 12,000 jobs"), ["12,000"], "a pattern with its groups too")
        XCTAssertEqual(try found("1234567", in: "1 234 567 and 1,234,567 and 1.234.567"), ["1 234 567", "1,234,567", "1.234.567"])
    }

    func testEitherDecimalSeparatorFindsTheOther() throws {
        XCTAssertEqual(try found("2,3", in: "growing by 2.3% a year, 2,3 % par an"), ["2.3", "2,3"])
        XCTAssertEqual(try found("2.3", in: "2,3 % par an"), ["2,3"])
        XCTAssertEqual(try found("1234.5", in: "1 234,5 and 1,234.5 and 1234,5"), ["1 234,5", "1,234.5", "1234,5"])
        XCTAssertEqual(try found("2,3", in: "2,30 or 12,3 or 2,35"), [], "the decimal digits are the same")
    }

    /// A number is found whole, never inside a longer one.
    func testANumberIsNotFoundInsideAnother() throws {
        XCTAssertEqual(try found("12000", in: "312000, 120001, 312 000, 12000.5 and 3,12000"), [])
        XCTAssertEqual(try found("2024", in: "en 2024 12 000 emplois, le 14.03.2024"), ["2024", "2024"])
        XCTAssertEqual(try found("12000", in: "en 2024 12 000 emplois"), ["12 000"], "a year before it is another number")
        XCTAssertEqual(try found("1500", in: "1,500 and 1.5"), ["1,500"])
        XCTAssertEqual(try found("1,500", in: "1,500 and 1 500 and 1.5"), ["1,500", "1 500"], "1,500 may be 1500 or 1.500")
    }

    /// A regular expression is searched as written, and a word with digits is no number.
    func testRegularExpressionsAndOtherPatternsAreAsBefore() throws {
        var regex = SearchOptions()
        regex.regex = true
        XCTAssertEqual(try found("12000", in: "12 000 and 312000", options: regex), ["12000"])
        XCTAssertEqual(try found("2024a", in: "2024a and 2024"), ["2024a"])
        XCTAssertEqual(try found("12 0", in: "12 000"), ["12 0"], "not a number: searched as typed")
    }

    /// `*12000` counts the figure in every pane, written as each writes it.
    func testSearchingEveryPaneCountsTheNumberInEach() {
        let documents = [plainDocument("Près de 12\u{00A0}000 emplois devraient être créés d’ici 2030.", name: "fr.txt"),
                         plainDocument("Nearly 12,000 jobs should be created by 2030, of 312,000.", name: "en.txt")]
        XCTAssertEqual(everyPaneSearchNotice("12000", in: documents), "match 1/2 · fr.txt 1, en.txt 1")
    }
}

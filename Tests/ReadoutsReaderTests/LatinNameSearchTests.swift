import XCTest
import ReadoutsText
@testable import ReadoutsReader

/// A translator comparing an English readout with its French translation searched `*Putin`
/// and found "Putin" in the English pane and nothing in the French, which says "Poutine":
/// a Latin name finds the other Latin spellings of the same Russian name, read through the
/// Cyrillic letters it spells (`LatinNameReading`), while ordinary words stay as typed.
final class LatinNameSearchTests: XCTestCase {
    func testALatinNameFindsItsEnglishFrenchAndGermanSpellings() throws {
        let names = """
            Putin, Poutine; Zelensky, Zelenski, Selenskyj, Zelenskyy; Gorbachev, Gorbatchev, Gorbatschow; \
            Shoigu, Choïgou; Lavrov, Lawrow; Khrushchev, Chruschtschow; Yeltsin, Jelzin; Alex, Aleks.
            """
        XCTAssertEqual(try found("Putin", in: names), ["Putin", "Poutine"], "the French name whole, its silent e too")
        XCTAssertEqual(try found("Poutine", in: names), ["Putin", "Poutine"])
        XCTAssertEqual(try found("Zelensky", in: names), ["Zelensky", "Zelenski", "Selenskyj", "Zelenskyy"])
        XCTAssertEqual(try found("Selenskyj", in: names), ["Zelensky", "Zelenski", "Selenskyj", "Zelenskyy"])
        XCTAssertEqual(try found("Gorbachev", in: names), ["Gorbachev", "Gorbatchev", "Gorbatschow"])
        XCTAssertEqual(try found("Gorbatschow", in: names), ["Gorbachev", "Gorbatchev", "Gorbatschow"])
        XCTAssertEqual(try found("Shoigu", in: names), ["Shoigu", "Choïgou"])
        XCTAssertEqual(try found("Choïgou", in: names), ["Shoigu", "Choïgou"])
        XCTAssertEqual(try found("Lavrov", in: names), ["Lavrov", "Lawrow"])
        XCTAssertEqual(try found("Khrushchev", in: names), ["Khrushchev", "Chruschtschow"])
        XCTAssertEqual(try found("Yeltsin", in: names), ["Yeltsin", "Jelzin"])
        XCTAssertEqual(try found("Alex", in: names), ["Alex", "Aleks"], "кс as x or ks")
        XCTAssertEqual(try found("Vladimir Putin", in: "Vladimir Poutine a appelé"), ["Vladimir Poutine"])
    }

    /// `*Putin` over the readout and its translation counts the name in both panes.
    func testSearchingEveryPaneFindsTheNameInTheTranslation() {
        let documents = [plainDocument("President Putin had a telephone conversation with Donald Trump.", name: "en.txt"),
                         plainDocument("Le président Vladimir Poutine s’est entretenu avec Donald Trump.", name: "fr.txt")]
        XCTAssertEqual(everyPaneSearchNotice("Putin", in: documents), "match 1/2 · en.txt 1, fr.txt 1")
    }

    /// Only a name is respelled: a capitalised pattern, matched at a word's start, by the
    /// spellings readers write (not ICU's "h" for х, nor Ukraine's "h" for г), ё's bare "e"
    /// and "o" only after ж, ч, ш, щ, е's "ye" never as a bare "e". Each line sets a name
    /// that is respelled beside a word that is not.
    func testOrdinaryWordsAreNotRespelled() throws {
        let text = "Khrushchev, Chruschtschow, Hart, Chart. Gorbatschow, Bern, Born. Yeltsin, Jelzin, Year, Ear. Hold, Gold. Derive, Drive."
        XCTAssertEqual(try found("Khrushchev", in: text), ["Khrushchev", "Chruschtschow"])
        XCTAssertEqual(try found("Hart", in: text), ["Hart"], "ICU's h for х is no reader's")
        XCTAssertEqual(try found("Bern", in: text), ["Bern"], "ё is o only after a hushing letter")
        XCTAssertEqual(try found("Year", in: text), ["Year"], "ye is no bare e")
        XCTAssertEqual(try found("Hold", in: text), ["Hold"], "г is h only in Ukrainian, at a Cyrillic word's start")
        XCTAssertEqual(try found("Derive", in: text), ["Derive"], "der and dr are English")
        // Lower case is no name: typed as it is found.
        XCTAssertEqual(try found("putin", in: "Putin, Poutine"), ["Putin"])
        XCTAssertEqual(try found("chip", in: "a chip, a ship"), ["chip"])
        // Words a translator searches find themselves only, in both languages.
        let pair = """
            In Paris, the Mission to the Station: Statements, Missions, Parisians, Stations, Stadiums, Mansions. \
            À Paris, la Mission de la Station : Statue, Maison, Messieurs, Parisiennes, Passion, Misson, Staten.
            """
        XCTAssertEqual(try found("Paris", in: pair), ["Paris", "Paris", "Paris", "Paris"])
        XCTAssertEqual(try found("Mission", in: pair), ["Mission", "Mission", "Mission"])
        XCTAssertEqual(try found("Station", in: pair), ["Station", "Station", "Station"])
        // In the middle of a word, nothing is respelled.
        XCTAssertEqual(try found("Putin", in: "RasPoutine"), [])
    }

    /// A regular expression is searched as typed, and `Ctrl-A` (exact accents) too.
    func testRegularExpressionsAndExactAccentsStayAsTyped() throws {
        var regex = SearchOptions()
        regex.regex = true
        var exact = SearchOptions()
        exact.exactAccents = true
        XCTAssertEqual(try found("Putin", in: "Putin, Poutine"), ["Putin", "Poutine"])
        XCTAssertEqual(try found("Putin", in: "Putin, Poutine", options: regex), ["Putin"])
        XCTAssertEqual(try found("Putin", in: "Putin, Poutine", options: exact), ["Putin"])
    }
}

import XCTest
import ReadoutsText
@testable import ReadoutsReader

/// What a reader types and what they expect to be found.
final class SearchMatcherTests: XCTestCase {
    func testAccentsAreIgnoredAndHighlightsLandOnTheOriginalCharacters() throws {
        XCTAssertEqual(try found("securite", in: "La sécurité, la cybersécurité."), ["sécurité", "sécurité"])
        // Decomposed accents (e + U+0301): the combining mark is part of the highlight.
        XCTAssertEqual(try found("securite", in: "se\u{301}curite\u{301} !"), ["se\u{301}curite\u{301}"])
        XCTAssertEqual(try found("d'accord", in: "se sont mis d’accord"), ["d’accord"], "typewriter apostrophe finds the typographic one")
    }

    func testLigaturesAreSplit() throws {
        XCTAssertEqual(try found("oeuvre", in: "la mise en œuvre des décisions"), ["œuvre"])
        XCTAssertEqual(try found("OEuvre", in: "Œuvre et œuvre"), ["Œuvre"])
    }

    func testSmartCase() throws {
        XCTAssertEqual(try found("etats", in: "États-Unis et états"), ["États", "états"], "no capitals: case ignored")
        XCTAssertEqual(try found("Etats", in: "États-Unis et états"), ["États"], "a capital: case matters")
    }

    func testExactAccentsMode() throws {
        var options = SearchOptions()
        options.exactAccents = true
        XCTAssertEqual(try found("securite", in: "la sécurité", options: options), [])
        XCTAssertEqual(try found("sécurité", in: "la sécurité", options: options), ["sécurité"])
        // The same word however its accents are written: "é" typed finds "e" + U+0301
        // written, and the other way round; a different accent is still no match.
        XCTAssertEqual(try found("sécurité", in: "la se\u{301}curite\u{301}", options: options), ["se\u{301}curite\u{301}"])
        XCTAssertEqual(try found("se\u{301}curite\u{301}", in: "la sécurité", options: options), ["sécurité"])
        XCTAssertEqual(try found("sécurité", in: "la se\u{300}curite\u{300}", options: options), [])
        // …while a letter alone still never finds it accented, however it is written.
        XCTAssertEqual(try found("cafe", in: "un café, un cafe\u{301}", options: options), [])
        XCTAssertEqual(try found("e", in: "é e\u{301}", options: options), [])
        var regex = options
        regex.regex = true
        XCTAssertEqual(try found("caf[éè]", in: "un cafe\u{301} et un cafe", options: regex), ["cafe\u{301}"])
        XCTAssertEqual(try found("é+", in: "ééé", options: regex), ["ééé"])
    }

    func testStemModeFindsInflectedForms() throws {
        var options = SearchOptions()
        options.stem = true
        XCTAssertEqual(try found("sanction", in: "de nouvelles sanctions économiques", options: options), ["sanctions"])
        XCTAssertEqual(try found("diplomatique", in: "les canaux diplomatiques", options: options), ["diplomatiques"])
        XCTAssertEqual(try found("sanction", in: "de nouvelles sanctions", options: SearchOptions()), ["sanction"], "without stems only the prefix")
    }

    func testWholeWordMode() throws {
        var options = SearchOptions()
        options.wholeWord = true
        XCTAssertEqual(try found("ran", in: "Iran ran", options: options), ["ran"])
        XCTAssertEqual(try found("ran", in: "Iran ran"), ["ran", "ran"])
    }

    func testRegularExpressionsOnFoldedText() throws {
        var options = SearchOptions()
        options.regex = true
        XCTAssertEqual(try found("s.curit.s?", in: "la sécurité et les sécurités", options: options), ["sécurité", "sécurités"])
        XCTAssertEqual(try found("deux h\\w+", in: "de deux heures sous forme", options: options), ["deux heures"])
    }

    func testInvalidRegularExpressionIsAnErrorNotACrash() {
        var options = SearchOptions()
        options.regex = true
        XCTAssertThrowsError(try SearchMatcher(pattern: "(sanctions", options: options)) { error in
            XCTAssertTrue((error as? SearchError)?.message.hasPrefix("invalid pattern") ?? false, "\(error)")
        }
        // In words, not ICU's codes.
        for (pattern, reason) in [("(sanctions", "unbalanced parenthesis"), ("[abc", "a [ without its ]"), ("[z-a]", "a range in [ ] that runs backwards"), ("a{3,1}", "{n,m} with m less than n")] {
            XCTAssertThrowsError(try SearchMatcher(pattern: pattern, options: options)) { error in
                let message = (error as? SearchError)?.message ?? ""
                XCTAssertTrue(message.hasPrefix("invalid pattern: " + reason + " at character "), message)
                XCTAssertFalse(message.contains("U_"), message)
            }
        }
        XCTAssertEqual(RegularExpression.reason("U_REGEX_SOMETHING_NEW at character 3"), "something new at character 3")
    }

    func testPathologicalRegularExpressionIsBounded() throws {
        var options = SearchOptions()
        options.regex = true
        let matcher = try SearchMatcher(pattern: "(a+)+$", options: options)
        let scalars = Array((String(repeating: "a", count: 4000) + "b").unicodeScalars)
        let result = matcher.matches(in: scalars, range: 0..<scalars.count, regexSteps: 3)
        XCTAssertTrue(result.timedOut, "a catastrophic pattern gives up")
        XCTAssertLessThanOrEqual(result.stepsSpent, 3, "within its budget of ICU steps")
        let again = matcher.matches(in: scalars, range: 0..<scalars.count, regexSteps: 3)
        XCTAssertEqual(again.stepsSpent, result.stepsSpent, "steps, not a clock: the same every time")
        let easy = try SearchMatcher(pattern: "a+b", options: options).matches(in: scalars, range: 0..<scalars.count, regexSteps: 3)
        XCTAssertFalse(easy.timedOut)
        XCTAssertEqual(easy.ranges, [0..<4001])
    }

    func testMatchCrossingAChunkBoundaryIsFound() throws {
        // A long paragraph cut into two chunks between "sanc" and "tions".
        let text = "les sanctions ici"
        let document = Document(id: "d", label: "d", text: text, blocks: [
            Block(kind: .paragraph, range: 0..<8), Block(kind: .paragraph, range: 8..<17, continuesPrevious: true),
        ])
        let matcher = try SearchMatcher(pattern: "sanctions", options: SearchOptions())
        XCTAssertEqual(matcher.matches(in: document, block: 0).ranges, [4..<13])
        XCTAssertEqual(matcher.matches(in: document, block: 1).ranges, [], "found once, in the chunk it starts in")
    }

    func testOtherScriptsAreTransliterated() throws {
        XCTAssertEqual(try found("putin", in: "Владимир Путин"), ["Путин"])
    }
}

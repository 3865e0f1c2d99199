import XCTest

@testable import ReadoutsTopics

/// A German label's adjectives before a plural noun in the nominative: a journalist's brief
/// had the headings "bilateralen Beziehungen" and "zukünftiger Herausforderungen", fragments
/// torn out of "Stand der bilateralen Beziehungen" and "Bewältigung zukünftiger
/// Herausforderungen".
final class GermanPluralLabelTests: XCTestCase {
    func testAdjectivesBeforeASurePluralTakeTheNominative() {
        XCTAssertEqual(GermanPluralLabel.nominative("bilateralen Beziehungen"), "bilaterale Beziehungen")
        XCTAssertEqual(GermanPluralLabel.nominative("zukünftiger Herausforderungen"), "zukünftige Herausforderungen")
        XCTAssertEqual(GermanPluralLabel.nominative("engen transatlantischen Beziehungen"), "enge transatlantische Beziehungen")
        XCTAssertEqual(GermanPluralLabel.nominative("bilateralen Beziehungen zu Frankreich"), "bilaterale Beziehungen zu Frankreich")
    }

    func testOtherLabelsAreLeftAsWritten() {
        for label in ["Minsker Vereinbarungen", "geplanten Berlin-Besuch", "engen Bande", "Beziehungen", "Stand der Beziehungen",
                      "neue Herausforderungen", "bilateralen Beziehung"] {
            XCTAssertEqual(GermanPluralLabel.nominative(label), label)
        }
    }
}

import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// A passage topic is shown at its name where its sentence has the name as written, case
/// aside, as whole words (`Analysis.caselessRange`): "expulsions massives" in "…des
/// expulsions massives de diplomates…", not "massive" inside "massives".
final class PassageTopicWordsTests: XCTestCase {
    private func found(_ name: String, in text: String) -> String? {
        let scalars = ScalarText(text)
        return Analysis.caselessRange(of: Array(name.lowercased().unicodeScalars), in: scalars, within: 0..<scalars.count)
            .map { String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0])) }
    }

    func testTheNameIsFoundAsWholeWordsCaseAside() {
        XCTAssertEqual(found("expulsions massives", in: "…des Expulsions massives de diplomates russes…"), "Expulsions massives")
        XCTAssertNil(found("massive", in: "des expulsions massives"), "not inside a longer word")
        XCTAssertNil(found("pulsions", in: "des expulsions"), "nor at a word's end")
        XCTAssertEqual(found("état de droit", in: "L’ÉTAT DE DROIT est là."), "ÉTAT DE DROIT")
        XCTAssertNil(found("absent", in: "rien"))
    }
}

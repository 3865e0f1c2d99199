import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// Two drafts of a bill, the second without the first's Article 6: every sentence of a bill
/// is near some other by its style alone ("The landlord shall…"), and the deleted article
/// was one-sided in neither linker's eyes but for its first sentence. Against a version
/// whose linked sentences are nearly the same, the ceiling rises with them.
final class DraftsOneSidedTests: XCTestCase {
    static let articles: [(title: String, body: String)] = [
        ("Scope", "This Act applies to every tenancy of a dwelling let for residential use, whether written or oral."),
        ("Registration of landlords", "Every landlord shall register with the Authority within ninety days of the commencement of a tenancy. A landlord who fails to register commits an offence."),
        ("Deposits", "A landlord shall not require a deposit exceeding two months' rent. Every deposit shall be lodged with the Authority within thirty days of its receipt."),
        ("Rent increases", "The landlord shall give the tenant not less than ninety days' written notice of any increase in rent. An increase shall not exceed four per cent of the rent then payable."),
        ("Repairs", "The landlord shall keep the structure and exterior of the dwelling in good repair, including drains, gutters and external pipes."),
        ("Energy performance", "No dwelling may be let unless it holds an energy performance certificate of class E or better. The landlord shall display the certificate to every prospective tenant."),
        ("Access", "The landlord may enter the dwelling to inspect its condition only after giving the tenant at least twenty-four hours' written notice."),
        ("Termination by the tenant", "A tenant may terminate the tenancy by giving the landlord not less than one month's written notice."),
        ("Disputes", "Any dispute between a landlord and a tenant may be referred by either party to the Housing Tribunal."),
        ("Commencement", "This Act shall come into force on 1 September 2025."),
    ]

    static func draft(_ articles: [(title: String, body: String)]) -> String {
        articles.enumerated().map { "Article \($0 + 1). \($1.title)\n\n\($1.body)" }.joined(separator: "\n\n") + "\n"
    }

    static func documents() throws -> [Document] {
        var amended = articles
        amended.remove(at: 5)
        amended[1].body = amended[1].body.replacingOccurrences(of: "ninety", with: "sixty")
        return try [draft(articles), draft(amended)].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "draft\(index).txt", markdown: false)
        }
    }

    /// The sentences of version 0 that a one-sided topic occurs in.
    static func oneSided(_ analysis: Analysis, _ documents: [Document]) -> [String] {
        let sentences = Set(analysis.topicsOnlyIn(version: 0).flatMap { $0.occurrences.filter { $0.version == 0 }.map(\.sentence) })
        return sentences.sorted().map { documents[0].string(analysis.versions[0].sentences[$0].range) }
    }

    static let deleted = ["No dwelling may be let unless it holds an energy performance certificate of class E or better.",
                          "The landlord shall display the certificate to every prospective tenant."]

    func testTheDeletedArticleIsOneSidedByItsWords() throws {
        let documents = try Self.documents()
        let analysis = TopicEngine().analyse(documents)
        XCTAssertEqual(Self.oneSided(analysis, documents), Self.deleted)
        XCTAssertTrue(analysis.topicsOnlyIn(version: 1).isEmpty, "\(analysis.topicsOnlyIn(version: 1).map(\.label))")
    }

    func testTheDeletedArticleIsOneSidedByMeaning() throws {
        let documents = try Self.documents()
        var engine = try InstalledEncoder.engine()
        let analysis = engine.analyse(documents)
        XCTAssertEqual(Self.oneSided(analysis, documents), Self.deleted)
        XCTAssertTrue(analysis.topicsOnlyIn(version: 1).isEmpty, "\(analysis.topicsOnlyIn(version: 1).map(\.label))")

        engine.semantic!.parameters.oneSidedRelativeCeiling = 0
        XCTAssertNotEqual(Self.oneSided(engine.analyse(documents), documents), Self.deleted,
                          "with the fixed ceiling alone, the article is found whole: the test proves nothing")
    }

    /// Between two accounts of one call, linked sentences are far from alike: the ceiling
    /// stays where it was (`OneSidedPassages.ceilings`).
    func testTheCeilingRisesOnlyWithCloseLinks() {
        func link(_ similarity: Double) -> Analysis.Link {
            Analysis.Link(from: .init(version: 0, sentence: 0), to: .init(version: 1, sentence: 0), score: 1, topics: [], evidence: [], similarity: similarity)
        }
        let finder = OneSidedPassages(ceiling: 0.35, cohesion: 0.35, relativeCeiling: 0.7)
        XCTAssertEqual(finder.ceilings(of: 0, versions: 2, links: [link(0.4), link(0.45), link(0.5)])[1], 0.35)
        XCTAssertEqual(finder.ceilings(of: 0, versions: 2, links: [link(0.9), link(0.95), link(1)])[1], 0.665, accuracy: 1e-9)
        XCTAssertEqual(finder.ceilings(of: 1, versions: 2, links: [link(0.9), link(0.95), link(1)])[0], 0.665, accuracy: 1e-9)
    }
}

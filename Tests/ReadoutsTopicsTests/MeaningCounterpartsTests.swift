import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// A sentence carries by meaning the lexicon topics of one sentence of the other version
/// only, its closest. A diplomat's Kremlin and Chancellery accounts of the call of
/// 15 November 2024: "…the current crisis was the direct result of NATO's long-standing
/// aggressive policy…" was the counterpart of four Berlin sentences, and the brief said the
/// Kremlin spoke of North Korean troops.
final class MeaningCounterpartsTests: XCTestCase {
    static let kremlin = """
        Vladimir Putin had a telephone conversation with Federal Chancellor of Germany Olaf Scholz, at the German side's initiative.
        The two leaders had a detailed and frank exchange of views on the situation in Ukraine.
        Vladimir Putin noted that the current crisis was the direct result of NATO's long-standing aggressive policy aimed at creating an anti-Russia bridgehead on Ukrainian territory, while ignoring Russia's security interests.
        The Russian side has never refused and remains open to the resumption of the negotiations that were broken off by the Kiev regime in 2022.
        Possible agreements must take into account Russia's security interests, proceed from the new territorial realities and, most importantly, address the root causes of the conflict.
        Russia has always scrupulously fulfilled its treaty and contractual obligations in the energy sector and is ready for mutually beneficial cooperation should the German side show interest.
        It was agreed that their aides would maintain contact.
        """
    static let berlin = """
        Federal Chancellor Olaf Scholz spoke on the telephone with the President of the Russian Federation, Vladimir Putin, this afternoon for about an hour.
        The Chancellor condemned Russia's war of aggression against Ukraine and called on President Putin to end it and withdraw his troops.
        He urged Russia to show willingness to negotiate with Ukraine with the aim of achieving a just and lasting peace.
        He condemned the Russian air strikes against Ukraine's energy infrastructure and civilian targets.
        The Chancellor warned that the deployment of North Korean troops to fight against Ukraine would mean a serious escalation and expansion of the conflict.
        The Chancellor and the President agreed to stay in contact.
        """

    private func kremlinTopics(servesOne: Bool) throws -> Set<String> {
        let documents = try [Self.kremlin, Self.berlin].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
        var engine = try InstalledEncoder.engine()
        engine.semantic!.parameters.counterpartServesOne = servesOne
        let analysis = engine.analyse(documents)
        return Set(analysis.topics.filter { $0.occurrences.contains { $0.version == 0 } }.map(\.id))
    }

    func testOneSentenceIsTheCounterpartOfOneSentenceOnly() throws {
        let without = try kremlinTopics(servesOne: false)
        XCTAssertTrue(without.contains("korea") || without.contains("troops"),
                      "without the rule the crisis sentence took Berlin's subjects: the test proves nothing (\(without))")
        let with = try kremlinTopics(servesOne: true)
        XCTAssertFalse(with.contains("korea"), "North Korea is only in Berlin's account: \(with)")
        XCTAssertFalse(with.contains("troops"), "troops are only in Berlin's account: \(with)")
        XCTAssertTrue(with.contains("energy"), "the Kremlin's 'energy sector' is the energy topic: \(with)")
    }
}

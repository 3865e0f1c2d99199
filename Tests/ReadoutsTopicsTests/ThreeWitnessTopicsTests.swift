import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// Three versions: the automatic topics of each pair of versions are one topic where they
/// hold the same passages, so that no topic is "not in" a version that the same passages'
/// other topic is in. A historian's English, French and Russian witnesses of one communiqué
/// (written for the trial) had "chemical weapons" and "armes chimiques" on the same three
/// sentences, and the brief said "armes chimiques — not in EN original".
final class ThreeWitnessTopicsTests: XCTestCase {
    static let english = """
        # Joint Communiqué on the Geneva Meeting of Foreign Ministers

        On 12–13 March 1987 the Minister of Foreign Affairs of the French Republic, Mr Jean-Bernard Raimond, and the Minister of Foreign Affairs of the USSR, Mr Eduard Shevardnadze, held talks in Geneva.

        The talks took place in a frank and businesslike atmosphere — the first such meeting in four years.

        The Ministers reviewed the state of bilateral relations and expressed their satisfaction with the growth of trade, which reached 2.4 billion roubles in 1986.

        They agreed to increase the number of scholarships exchanged each year from 150 to 250.

        The two sides reaffirmed their commitment to the Final Act of Helsinki and to the full implementation of all its provisions.

        The Ministers discussed questions of human rights and humanitarian cooperation, including the reunification of families.

        On disarmament, the Ministers welcomed the prospect of an agreement to reduce intermediate-range nuclear forces in Europe by 50 per cent.

        The French side stated that it would not accept any limitation of its independent nuclear deterrent.

        The Soviet side did not exclude further unilateral reductions of its conventional forces, including the withdrawal of 12,000 troops from Central Europe.

        Both sides will not deploy chemical weapons on the territory of third countries.

        The Ministers exchanged views on the situation in the Middle East and called for an international conference under the auspices of the United Nations.

        They also discussed the situation in Afghanistan and in Cambodia.

        Mr Shevardnadze invited Mr Raimond to visit Moscow in the autumn of 1987; the invitation was accepted with gratitude.

        The next round of consultations between the two ministries will take place in Paris in June.
        """
    static let french = """
        # Communiqué conjoint sur la rencontre des ministres des Affaires étrangères à Genève

        Les 12 et 13 mars 1987, le ministre des Affaires étrangères de la République française, M. Jean-Bernard Raimond, et le ministre des Affaires étrangères de l’URSS, M. Édouard Chevardnadzé, ont eu des entretiens à Genève.

        Les entretiens se sont déroulés dans une atmosphère franche et constructive — la première rencontre de ce type depuis quatre ans.

        Les ministres ont passé en revue l’état des relations bilatérales et se sont félicités de l’essor des échanges commerciaux, qui ont atteint 2,4 milliards de roubles en 1986.

        Ils sont convenus de porter de 150 à 250 le nombre de bourses échangées chaque année.

        Les deux parties ont réaffirmé leur attachement à l’Acte final d’Helsinki et à la mise en œuvre intégrale de toutes ses dispositions.

        Les ministres ont évoqué les questions des droits de l’homme et de la coopération humanitaire, y compris la réunification des familles.

        En matière de désarmement, les ministres ont salué la perspective d’un accord visant à réduire de 50 % les forces nucléaires à portée intermédiaire en Europe.

        La partie française a déclaré qu’elle n’accepterait aucune limitation de sa force de dissuasion nucléaire indépendante.

        La partie soviétique n’a pas exclu de nouvelles réductions unilatérales de ses forces classiques, y compris le retrait de 12 000 hommes d’Europe centrale.

        Les deux parties s’efforceront de ne pas déployer d’armes chimiques sur le territoire de pays tiers.

        Les ministres ont procédé à un échange de vues sur la situation au Proche-Orient et ont appelé à la réunion d’une « conférence internationale » sous l’égide des Nations unies.

        Ils ont également évoqué la situation en Afghanistan et au Cambodge.

        M. Chevardnadzé a invité M. Raimond à se rendre à Moscou à l’automne 1987 ; l’invitation a été acceptée avec reconnaissance.

        La prochaine série de consultations entre les deux ministères aura lieu à Paris en juin.
        """
    static let russian = """
        Переговоры министров иностранных дел СССР и Франции

        ЖЕНЕВА, 13 марта. /ТАСС/. 12–13 марта в Женеве состоялись переговоры министра иностранных дел СССР Э. А. Шеварднадзе с министром иностранных дел Французской Республики Ж.-Б. Раймоном.

        Переговоры прошли в откровенной и деловой обстановке — это первая такая встреча за четыре года.

        Э. А. Шеварднадзе пригласил Ж.-Б. Раймона посетить Москву осенью 1987 года; приглашение было с благодарностью принято.

        Министры рассмотрели состояние двусторонних отношений и выразили удовлетворение ростом товарооборота, который в 1986 году достиг 2,1 млрд рублей.

        Достигнута договорённость увеличить число ежегодно предоставляемых стипендий со 150 до 250.

        Стороны подтвердили приверженность Заключительному акту Хельсинкского совещания и полному выполнению всех его положений.

        В области разоружения министры приветствовали перспективу соглашения о сокращении ядерных вооружений средней дальности в Европе на 30 процентов.

        Французская сторона заявила, что не согласится ни на какие ограничения своих независимых ядерных сил сдерживания.

        Советская сторона не исключила новых односторонних сокращений своих обычных вооружённых сил, в том числе вывода 12 000 военнослужащих из Центральной Европы.

        Стороны воздержатся от размещения химического оружия на территории третьих стран.

        Министры обменялись мнениями о положении на Ближнем Востоке и высказались за созыв «международной конференции» под эгидой ООН.

        Обсуждалось также положение в Афганистане и Камбодже.

        Следующий раунд консультаций между двумя министерствами состоится в Париже в июне.
        """

    func testNoAutomaticTopicHoldsOnlyPassagesAnotherTopicHoldsInMoreVersions() throws {
        let documents = [Self.english, Self.french, Self.russian].enumerated().map { index, text in
            try! DocumentLoader.load(bytes: Array(text.utf8), name: "witness\(index).md", markdown: true)
        }
        let analysis = try InstalledEncoder.engine().analyse(documents)
        let automatic = analysis.topics.filter { $0.origin == .automatic }
        func sentences(_ topic: Analysis.Topic) -> Set<Analysis.SentenceRef> {
            Set(topic.occurrences.map { Analysis.SentenceRef(version: $0.version, sentence: $0.sentence) })
        }
        XCTAssertGreaterThan(automatic.filter { Set($0.occurrences.map(\.version)).count == 3 }.count, 3,
                             "the witnesses share subjects no lexicon names: \(automatic.map(\.label))")
        // The chemical weapons sentence of each witness is in one automatic topic, and no
        // other automatic topic holds the French one (it held "armes chimiques" before).
        func sentence(_ version: Int, _ words: String) throws -> Analysis.SentenceRef {
            let index = try XCTUnwrap(analysis.versions[version].sentences.first { documents[version].string($0.range).contains(words) }, words)
            return Analysis.SentenceRef(version: version, sentence: index.index)
        }
        let chemical = [try sentence(0, "chemical weapons"), try sentence(1, "armes chimiques"), try sentence(2, "химического оружия")]
        let holding = automatic.filter { sentences($0).contains(chemical[1]) }
        XCTAssertEqual(holding.count, 1, "\(holding.map(\.label))")
        XCTAssertTrue(holding.first.map { sentences($0).isSuperset(of: chemical) } ?? false, "\(holding.map(\.label))")
        for small in automatic {
            let versions = Set(small.occurrences.map(\.version))
            guard versions.count >= 2 else { continue }
            for large in automatic where large.id != small.id && Set(large.occurrences.map(\.version)).isStrictSuperset(of: versions) {
                XCTAssertFalse(sentences(small).isSubset(of: sentences(large)),
                               "«\(small.label)» holds only passages of «\(large.label)», which is in more versions")
            }
        }
    }
}

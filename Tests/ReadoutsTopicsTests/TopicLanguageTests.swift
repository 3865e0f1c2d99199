import ReadoutsFixtures
import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// `--topic-language` names the topics, nothing more: the same topics in the same passages,
/// whatever the language of their names. A translator comparing the Federal Government's
/// English, French and German accounts of one council saw 16, 15 and 16 topics in French,
/// English and German, and "joint press — not in FR" come and go with the option: two
/// topics named alike in one language merged, and in another they did not.
final class TopicLanguageTests: XCTestCase {
    /// bundesregierung.de, "Franco-German Ministerial Council", 28 May 2024 (breg-en), cut
    /// after the first sentence under its last heading, as the stored copy is.
    static let english = """
        # Franco-German Ministerial Council

        France and Germany are allies who both share European values. Federal Chancellor Scholz emphasised this fact at the Franco-German Ministerial Council in Schloss Meseberg. He thanked French President Macron for his historic state visit to Germany and said that together, they would continue to support Ukraine and strengthen Europe's security.

        "Many thanks for taking three full days to visit Germany, Emmanuel," said Federal Chancellor Olaf Scholz at a joint press conference with French President Emmanuel Macron on Tuesday.

        Following bilateral talks between Scholz and Macron, a meeting of the Franco-German Defence and Security Council was held at Schloss Meseberg, which the Federal Government uses as a guest house. This meeting was also attended by the respective foreign and defence ministers as well as the French Chief of the General Staff and the Inspector General of the Federal Armed Forces.

        Download: Read the conclusions of the Franco-German Defence and Security Council here.

        ## Macron’s speech a source of inspiration

        Federal Chancellor Scholz praised Macron for his participation in the celebrations, which marked the 75th anniversary of the German Basic Law. The French President's speech in Dresden on Monday, said Scholz, had not only been an "inspiring endorsement of the Franco-German friendship", but also an "important source of inspiration for our collective efforts towards a strong and sovereign Europe". France and Germany are "allies who both represent and practice European values," the Federal Chancellor emphasised.

        ## War in Ukraine: suffering and heroism

        He and Macron agreed that security and stability within the European continent were of utmost importance at this time, Scholz continued, adding that support for Ukraine remained a key common concern, as the recent attacks by Russia had made clear.
        """
    /// The same article, bundesregierung.de/breg-fr, "Conseil des ministres franco-allemand",
    /// cut at the same heading.
    static let french = """
        # Conseil des ministres franco-allemand

        La France et l’Allemagne sont des pays amis unis par les valeurs européennes qu’ils mettent en œuvre. Cela a été rappelé par le chancelier fédéral Olaf Scholz lors du Conseil des ministres franco-allemand réuni au château de Meseberg. Le chancelier a remercié le président français Emmanuel Macron pour sa visite d’État historique en Allemagne. Ensemble, ils ont renouvelé leur soutien à l’Ukraine et se sont engagés à continuer de renforcer la sécurité de l’Europe.

        « Merci, cher Emmanuel, d’avoir consacré trois jours complets à ta visite en Allemagne », a déclaré mardi le chancelier Olaf Scholz lors d’une conférence de presse conjointe avec le président français Emmanuel Macron.

        À l’issue d’un entretien bilatéral entre le chancelier fédéral et le président français, le château de Meseberg, où résident les hôtes du gouvernement fédéral, a accueilli un Conseil franco-allemand de défense et de sécurité auquel participaient aussi les ministres des Affaires étrangères et de la Défense des deux pays ainsi que le chef d’état-major français et le chef d’état-major de la Bundeswehr.

        Télécharger : Consultez ici les conclusions du Conseil franco-allemand de défense et de sécurité.

        ## Le discours d’Emmanuel Macron, une source d’inspiration

        Olaf Scholz s’est félicité de la présence d’Emmanuel Macron aux célébrations du 75e anniversaire de la Loi fondamentale. Le discours prononcé lundi à Dresde par le président français est non seulement un « magnifique plaidoyer pour l’amitié franco-allemande » mais aussi une « source d’inspiration majeure pour notre action commune en faveur d’une Europe forte et souveraine ». La France et l’Allemagne sont « des pays amis unis par les valeurs européennes qu’ils mettent en œuvre et représentent », a souligné le chancelier.

        ## La guerre en Ukraine : souffrance et héroïsme
        """
    /// The German text, as france-allemagne.fr publishes it ("Wertevertreten" as there).
    static let german = """
        # Deutsch-Französischer Ministerrat: Für ein starkes und souveränes Europa

        Frankreich und Deutschland sind Freunde, die gemeinsam die europäischen Werte leben. Das betonte Kanzler Scholz beim Deutsch-Französischen Ministerrat in Schloss Meseberg. Er dankte Frankreichs Präsident Macron für dessen historischen Staatsbesuch in Deutschland. Gemeinsam werde man weiter die Ukraine unterstützen und die Sicherheit Europas stärken.

        „Lieber Emmanuel, vielen Dank, dass Du Dir drei volle Tage Zeit genommen hast, Deutschland zu besuchen.“ Das sagte Bundeskanzler Olaf Scholz bei einer gemeinsamen Pressekonferenz mit Frankreichs Präsident Emmanuel Macron am Dienstag.

        Auf Schloss Meseberg, das als Gästehaus der Bundesregierung genutzt wird, fand nach einem bilateralen Gespräch von Scholz und Macron eine Sitzung des Deutsch-Französischen Verteidigungs- und Sicherheitsrates statt, an der auch die jeweiligen Außen- und Verteidigungsministerinnen und -minister sowie der französische Chef des Generalstabes und der Generalinspekteur der Bundeswehr teilnahmen.

        Download: Lesen Sie hier die Schlussfolgerungen PDF, 152 KB, nicht barrierefrei des Deutsch-Französischen Verteidigungs- und Sicherheitsrats.

        ## Macron-Rede eine Quelle der Inspiration

        Kanzler Scholz würdigte die Teilnahme Macrons an den Feierlichkeiten zum 75. Jubiläum des Grundgesetzes. Die Rede des französischen Präsidenten am Montag in Dresden sei nicht nur ein „großartiges Plädoyer für die deutsch-französische Freundschaft“ gewesen, sondern auch eine „wichtige Quelle der Inspiration für unsere gemeinsame Arbeit an einem starken und souveränen Europa“. Frankreich und Deutschland seien „Freunde, die gemeinsam die europäischen Wertevertreten und leben“, bekräftigte der Bundeskanzler.

        ## Krieg in der Ukraine: Leid und Heldenmut

        Er und Macron seien einig, dass Sicherheit und Stabilität auf dem europäischen Kontinent in diesen Tagen von herausragender Bedeutung seien, sagte Scholz weiter.
        """

    func testTheTopicsLanguageChangesTheirNamesOnly() throws {
        let documents = [("en", Self.english), ("fr", Self.french), ("de", Self.german)].map { name, text in
            try! DocumentLoader.load(bytes: Array(text.utf8), name: "meseberg_\(name).md", markdown: true)
        }
        func topics(_ language: Language?) throws -> (shape: [String], labels: [String]) {
            var engine = try InstalledEncoder.engine()
            engine.labelLanguage = language
            let analysis = engine.analyse(documents)
            let shape = analysis.topics.map { topic in
                topic.id + ": " + Set(topic.occurrences.map { "\($0.version).\($0.sentence)" }).sorted().joined(separator: " ")
            }.sorted()
            return (shape, analysis.topics.map(\.label))
        }
        let first = try topics(nil)
        for language in [Language.french, .german, .russian] {
            let named = try topics(language)
            XCTAssertEqual(named.shape, first.shape, "topics named in \(language)")
            XCTAssertNotEqual(named.labels, first.labels, "named in \(language)")
        }
    }

    /// Opening lines named "who spoke with whom" in the versions' language are so named in
    /// the chosen one: `--topic-language en` of the four accounts named that topic "Macron"
    /// (the English namer read the English openings alone, and "Macron" is written further
    /// down too), where the French says «qui s’est entretenu avec qui».
    func testWhoSpokeWithWhomKeepsItsMeaningInTheChosenLanguage() throws {
        let documents = [("afp", MacronPutinCall2025.afpFrench), ("tass", MacronPutinCall2025.tassEnglish), ("kremlin_en", MacronPutinCall2025.kremlinEnglish), ("kremlin_ru", MacronPutinCall2025.kremlinRussian)]
            .map { name, text in try! DocumentLoader.load(bytes: Array(text.utf8), name: "\(name).md", markdown: true) }
        var engine = try InstalledEncoder.engine()
        let first = engine.analyse(documents)
        let who = try XCTUnwrap(first.topics.first { $0.origin == .automatic && $0.label == "qui s’est entretenu avec qui" },
                                "\(first.topics.map(\.label))")
        for (language, label) in [(Language.english, "who spoke with whom"), (.russian, "кто с кем говорил"), (.german, "wer mit wem sprach")] {
            engine.labelLanguage = language
            let named = engine.analyse(documents)
            XCTAssertEqual(named.topics.first { $0.id == who.id }?.label, label, "in \(language)")
        }
    }
}

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

    /// Four accounts of the 1 July 2025 Macron–Putin call (stored excerpts: AFP's French
    /// quoting the Élysée, TASS's English report of the Élysée, the Kremlin's English as
    /// Sputnik carried it, and its Russian).
    static let afpFrench = """
        ---
        label: AFP/Élysée FR
        source: https://bamada.net/ce-quemmanuel-macron-et-vladimir-poutine-se-sont-dit-pour-leur-premier-appel-en-trois-ans (AFP copy quoting the Élysée and Kremlin; stored excerpt, cut at its last full sentence)
        date: 2025-07-01
        ---
        INTERNATIONAL – Reprise de contact au sommet. Un peu moins de trois ans après leur dernier dialogue, en septembre 2022, Emmanuel Macron et Vladimir Poutine se sont à nouveau parlé. Au téléphone, cet entretien a duré plus de deux heures « pour parler du programme nucléaire iranien et de l’Ukraine », a indiqué l’Élysée ce mardi 1er juillet en début de soirée.

        Le président français a « souligné le soutien indéfectible de la France à la souveraineté et à l’intégrité territoriale de l’Ukraine » et « appelé à l’établissement, dans les meilleurs délais, d’un cessez-le-feu et au lancement de négociations entre l’Ukraine et la Russie pour un règlement solide et durable du conflit », a affirmé l’Élysée.

        Le président russe l’a prévenu que tout accord de paix en Ukraine devait être « global et sur le long terme, prévoir l’élimination des causes profondes de la crise ukrainienne et s’appuyer sur de nouvelles réalités territoriales », a de son côté souligné le Kremlin.

        Pour Vladimir Poutine, le conflit ukrainien est « une conséquence directe de la politique des États occidentaux », qui ont « ignoré les intérêts sécuritaires de la Russie depuis des années » et créé une « tête de pont anti-russe en Ukraine ». Les deux dirigeants, qui se sont entretenus durant « plus de deux heures au téléphone », ont convenu de continuer « d’échanger » sur le conflit ukrainien, a ajouté l’Élysée, même si leurs positions semblent très éloignées.

        La question du nucléaire iranien

        Sur le nucléaire iranien, Vladimir Poutine et Emmanuel Macron ont « décidé de coordonner leurs démarches et de se parler prochainement afin de faire le suivi ensemble sur ce sujet », a indiqué la présidence française. Les deux dirigeants ont estimé que les crises au Moyen-Orient devaient être résolues « par la diplomatie », a renchéri la présidence russe.
        """
    static let tassEnglish = """
        ---
        label: Élysée EN (TASS)
        source: https://tass.com/world/1984037 (TASS English report of the Élysée statement; stored excerpt, cut at its last full sentence)
        date: 2025-07-01
        ---
        PARIS, July 1. /TASS/. French President Emmanuel Macron plans to continue contacts with his Russian counterpart, Vladimir Putin, hoping for the soonest ceasefire in Ukraine, the Elysee Palace said.

        "The presidents agreed to coordinate their approaches and hold talks again in the near future to continue discussions," the Elysee said, adding that the French leader called for agreeing a ceasefire in Ukraine as soon as possible and engaging in talks on ending the conflict.

        The two leaders spoke for more than two hours, focusing mainly on the situation in the Middle East and the conflict in Ukraine.

        Touching on the Iranian nuclear program, Macron stressed that all permanent members of the UN Security Council are responsible for the settlement of the situation around it. He stated that Iran must fulfil its commitments under the Nuclear Non-Proliferation Treaty and fully resume cooperation with the International Atomic Energy Agency (IAEA). The agency’s inspectors should be given an opportunity to resume their work in that country, Macron added. He called for efforts to find a diplomatic solution to the problems that would promote "a lasting and sustainable settlement of the nuclear problem, the issue of Iran’s missiles and its role in the region."

        "As for Ukraine, the French president emphasized France’s unwavering support for Ukraine’s sovereignty and territorial integrity. He called for an immediate ceasefire and the beginning of talks between Ukraine and Russia with an aim of reaching a lasting and sustainable settlement of the conflict. Both presidents will continue exchanging views on this matter," the Elysee Palace said.

        Putin and Macron spoke over the phone for the first time in near three years. Their previous phone call took place on September 22, 2022 and focused on the situation around the Zaporozhye Nuclear Power Plant, Ukrainian shelling attacks on Donbass, and prospects for the grain deal.
        """
    static let kremlinEnglish = """
        ---
        label: Kremlin EN (Sputnik)
        source: https://sputnikglobe.com/20250701/putin-holds-a-phone-call-with-macron---kremlin--1122374562.html (quotes the Kremlin statement in English; stored excerpt, cut at its last full sentence)
        date: 2025-07-01
        ---
        Putin Holds a Phone Call With Macron - Kremlin

        It has been their first phone conversation since 2022.

        Putin, in a conversation with Macron, discussed the situation surrounding Ukraine and reminded that the conflict is a direct consequence of the West's policies.

        Speaking about the prospects for a peaceful settlement, Putin confirmed the fundamental approaches to potential agreements, which should be comprehensive and long-term, addressing the root causes of the Ukrainian crisis and based on new territorial realities.

        "When considering the situation around Ukraine, Vladimir Putin recalled that the Ukrainian conflict is a direct consequence of the policies of Western states that for many years have ignored Russia's security interests, created an anti-Russian foothold in Ukraine, condoned violations of the rights of Russian-speaking citizens, and are now pursuing a policy of prolonging hostilities by feeding the Kiev regime with various modern weapons." the statement read.

        Putin confirmed Russia's principled approaches to possible agreements on the prospects for a peaceful Ukrainian settlement, the Kremlin said.

        "Speaking about the prospects for a peaceful settlement, the Russian president confirmed principled approaches to possible agreements that should be comprehensive and long-term in nature, provide for the elimination of the root causes of the Ukrainian crisis and rely on new territorial realities," the statement said.

        The two presidents also discussed the Iran-Israel confrontation, as well as US strikes on Iranian nuclear facilities.

        Putin and Macron noted the responsibility of Russia and France in supporting peace in the Middle East and maintaining the nuclear non-proliferation regime, according to the Kremlin.
        """
    static let kremlinRussian = """
        ---
        label: Кремль RU
        source: https://www.obyektiv.press/node/148481 (reproduces the kremlin.ru readout; stored excerpt, cut at its last full sentence)
        date: 2025-07-01
        ---
        Владимир Путин провел телефонный разговор с президентом Франции Эммануэлем Макроном

        Состоялся телефонный разговор Владимира Путина с президентом Французской Республики Эммануэлем Макроном — первый за три года.

        Как сообщает пресс-служба Кремля, главы государств подробно обсудили ситуацию на Ближнем Востоке в контексте ирано-израильской конфронтации и американских ударов по иранским ядерным объектам.

        «Владимир Путин и Эммануэль Макрон отметили особую ответственность России и Франции как постоянных членов Совбеза ООН в поддержании мира и безопасности, в том числе в Ближневосточном регионе, а также в сохранении глобального режима ядерного нераспространения. В связи с этим подчеркнута важность уважения законного права Тегерана на развитие мирного атома и продолжения выполнения им обязательств по Договору о нераспространении ядерного оружия, включая сотрудничество с МАГАТЭ», — сообщила пресс-служба.
        """

    /// Opening lines named "who spoke with whom" in the versions' language are so named in
    /// the chosen one: `--topic-language en` of the four accounts named that topic "Macron"
    /// (the English namer read the English openings alone, and "Macron" is written further
    /// down too), where the French says «qui s’est entretenu avec qui».
    func testWhoSpokeWithWhomKeepsItsMeaningInTheChosenLanguage() throws {
        let documents = [("afp", Self.afpFrench), ("tass", Self.tassEnglish), ("kremlin_en", Self.kremlinEnglish), ("kremlin_ru", Self.kremlinRussian)]
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

/// Four accounts of the Macron–Putin telephone call of 1 July 2025, as stored excerpts with
/// their origin in front matter: AFP's French quoting the Élysée, TASS's English report of
/// the Élysée's statement, the Kremlin's English as Sputnik carried it, and its Russian.
/// For tests of topics across languages and of what one account lends another by meaning.
public enum MacronPutinCall2025 {
    public static let afpFrench = """
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

    public static let tassEnglish = """
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

    public static let kremlinEnglish = """
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

    public static let kremlinRussian = """
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
}

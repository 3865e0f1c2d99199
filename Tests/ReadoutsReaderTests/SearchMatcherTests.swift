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

    /// Han, kana and Hangul are found as written, never by a romanisation: ICU read 本 as
    /// "ben" and 令 as "li" (Mandarin, in a Japanese text), and kana by sound would make
    /// "no" and "to" light every particle. Cyrillic keeps its spellings, full-width Latin
    /// letters and digits fold to theirs.
    func testEastAsianScriptsAreFoundOnlyAsWritten() throws {
        let japanese = "令和6年、日本は欧州の外で最も緊密な安全保障上のパートナーであると述べました。"
        for pattern in ["ben", "li", "shi", "xi", "no", "to", "ha", "de", "ri ben", "nihon"] {
            XCTAssertEqual(try found(pattern, in: japanese), [], pattern)
        }
        XCTAssertEqual(try found("hanguk", in: "한국과 일본"), [])
        XCTAssertEqual(try found("日本", in: japanese), ["日本"])
        XCTAssertEqual(try found("パートナー", in: japanese), ["パートナー"])
        // Half-width katakana is read at its usual width, both ways.
        XCTAssertEqual(try found("カタカナ", in: "ｶﾀｶﾅで書く"), ["ｶﾀｶﾅ"])
        XCTAssertEqual(try found("ｶﾀｶﾅ", in: "カタカナで書く"), ["カタカナ"])
        XCTAssertEqual(try found("gcap", in: "共同開発（ＧＣＡＰ）を"), ["ＧＣＡＰ"])
        XCTAssertEqual(try found("2025", in: "両首脳は、２０２５年に"), ["２０２５"])
        XCTAssertEqual(try found("putin", in: "Путин и 日本"), ["Путин"])
        var regex = SearchOptions()
        regex.regex = true
        XCTAssertEqual(try found("be.", in: japanese, options: regex), [])
        XCTAssertEqual(try found("日.", in: japanese, options: regex), ["日本"])
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

    /// English stems read British spellings as American ones: a translator's `*defence` with
    /// stems missed the White House's "Defense" beside Downing Street's "defence".
    func testEnglishStemsFindBritishAndAmericanSpellings() throws {
        var options = SearchOptions()
        options.stem = true
        let text = "The Secretary of Defense and the Defence Secretary organised a dialogue on armoured vehicles; "
            + "they organized the centres' programmes and the center's program, and travelled and traveled."
        func stems(_ pattern: String) throws -> [String] { try found(pattern, in: text, options: options, language: .english) }
        XCTAssertEqual(try stems("defence"), ["Defense", "Defence"])
        XCTAssertEqual(try stems("defense"), ["Defense", "Defence"])
        XCTAssertEqual(try stems("organize"), ["organised", "organized"])
        XCTAssertEqual(try stems("armored"), ["armoured"])
        XCTAssertEqual(try stems("centre"), ["centres", "center"])
        XCTAssertEqual(try stems("programme"), ["programmes", "program"])
        XCTAssertEqual(try stems("traveling"), ["travelled", "traveled"])
        XCTAssertEqual(try found("defence", in: text, options: SearchOptions(), language: .english), ["Defence"], "without stems, as typed")
        // Words that take "-ise" alone keep it, and different words stay apart.
        XCTAssertEqual(EnglishSpellings.american("compromise"), "compromise")
        XCTAssertEqual(EnglishSpellings.american("promised"), "promised")
        XCTAssertEqual(EnglishSpellings.american("recognising"), "recognizing")
        XCTAssertEqual(EnglishSpellings.american("honourable"), "honorable")
        XCTAssertEqual(EnglishSpellings.american("hour"), "hour")
        XCTAssertEqual(EnglishSpellings.american("travel"), "travel")
        XCTAssertEqual(EnglishSpellings.american("literature"), "literature")
    }

    /// A Spanish version is identified as Spanish and stemmed by Spanish rules: "sanción"
    /// finds "sanciones", "energética" finds "energéticos" (a Madrid analyst's search on La
    /// Moncloa's readout, read as undetermined, found only the word as typed).
    func testStemModeInASpanishVersion() throws {
        var options = SearchOptions()
        options.stem = true
        let text = "El presidente del Gobierno ha abordado las sanciones contra Rusia y la seguridad energética. "
            + "Los recursos energéticos y una nueva sanción también han sido objeto de la conversación."
        let language = LanguageIdentifier.identify(text)
        XCTAssertEqual(language, .spanish)
        XCTAssertEqual(try found("sanción", in: text, options: options, language: language), ["sanciones", "sanción"])
        XCTAssertEqual(try found("energética", in: text, options: options, language: language), ["energética", "energéticos"])
        XCTAssertEqual(try found("reconstrucción", in: "la reconstrucción y las reconstrucciones", options: options, language: .spanish),
                       ["reconstrucción", "reconstrucciones"])
    }

    /// Without a stemmer for the language (`.undetermined`), stem mode matches the words
    /// that begin like the pattern's, less its final vowels and at most five letters long.
    func testStemModeWithoutAStemmerMatchesWordBeginnings() throws {
        var options = SearchOptions()
        options.stem = true
        let text = "Лідери обговорили підготовку до саміту; у саміті, понад 90 держав, тисячі життів українців; війна."
        XCTAssertEqual(try found("саміт", in: text, options: options, language: .undetermined), ["саміту", "саміті"])
        XCTAssertEqual(try found("обговорити", in: text, options: options, language: .undetermined), ["обговорили"])
        XCTAssertEqual(try found("українці", in: text, options: options, language: .undetermined), ["українців"])
        XCTAssertEqual(try found("війни", in: text, options: options, language: .undetermined), ["війна"])
        XCTAssertEqual(try found("до", in: text + " Він доповів.", options: options, language: .undetermined), ["до"], "a short word is itself, not 'доповів'")
        XCTAssertEqual(try found("та", in: "та також там тато", options: options, language: .undetermined), ["та"])
        // Latin letters stem as English (a short English text the identifier could not place
        // keeps "sanction" from "sanctuary"); Chinese and Japanese match as written.
        XCTAssertEqual(try found("sanction", in: "Sanctions. A sanctuary.", options: options, language: .undetermined), ["Sanctions"])
        XCTAssertEqual(try found("首相", in: "日本の首相は日本政府", options: options, language: .undetermined), ["首相"])
        XCTAssertEqual(try found("日本", in: "日本の首相は日本政府", options: options, language: .undetermined), ["日本", "日本"])
    }

    /// Ukrainian's word-start spellings (и y, г h) are not read in a Russian version: `how`
    /// found "Говоря", `he` "Германия".
    func testUkrainianSpellingsAreNotReadInRussian() throws {
        XCTAssertEqual(try found("how", in: "Говоря о Германии", language: .russian), [])
        XCTAssertEqual(try found("he", in: "Говоря о Германии", language: .russian), [])
        XCTAssertEqual(try found("kyiv", in: "у Київщині", language: .undetermined), ["Київ"])
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

    /// Names as English readouts print them find the Russian text: a journalist's
    /// `shevardnadze`, `Lubinets`, `Zelenskiy` and `Moskalkova` found nothing, ICU's
    /// scholarly Latin being "sevardnadze", "lubinec", "zelenskij", "moskal'kova" (which
    /// still find them).
    func testEnglishSpellingsFindCyrillicNames() throws {
        let russian = "Эдуард Шеварднадзе встретился с Лубинцем. Омбудсмен Лубинец, Зеленский и Татьяна Москалькова."
        XCTAssertEqual(try found("shevardnadze", in: russian), ["Шеварднадзе"])
        XCTAssertEqual(try found("Lubinets", in: russian), ["Лубинец"])
        XCTAssertEqual(try found("Zelenskiy", in: russian), ["Зеленский"])
        XCTAssertEqual(try found("zelensky", in: russian), ["Зеленский"], "-ий as -y")
        XCTAssertEqual(try found("zelenskyy", in: russian), ["Зеленский"], "-ий as -yy, as Ukraine spells it")
        XCTAssertEqual(try found("Moskalkova", in: russian), ["Москалькова"], "the soft sign left out")
        XCTAssertEqual(try found("Tatyana", in: russian), ["Татьяна"])
        XCTAssertEqual(try found("eduard", in: russian), ["Эдуард"])
        XCTAssertEqual(try found("khrushchev", in: "Никита Хрущёв"), ["Хрущёв"])
        XCTAssertEqual(try found("Alexei Navalny", in: "Алексей Навальный"), ["Алексей Навальный"])
        XCTAssertEqual(try found("yuri", in: "Юрий Гагарин"), ["Юрий"])
        XCTAssertEqual(try found("zhukov", in: "маршал Жуков"), ["Жуков"])
        XCTAssertEqual(try found("chechnya", in: "в Чечне и Чечня"), ["Чечня"])
        XCTAssertEqual(try found("Dmitry", in: "Дмитрий Песков"), ["Дмитрий"])
        XCTAssertEqual(try found("Dmitry", in: "ДМИТРИЙ Песков"), [], "a capital finds a capital spelled so, not capitals throughout")
        XCTAssertEqual(try found("DMITRY", in: "ДМИТРИЙ Песков"), ["ДМИТРИЙ"])
        // ICU's scholarly forms, which folding gave, still find what they found.
        XCTAssertEqual(try found("sevardnadze", in: russian), ["Шеварднадзе"])
        XCTAssertEqual(try found("moskal'kova", in: russian), ["Москалькова"])
        XCTAssertEqual(try found("zelenskij", in: russian), ["Зеленский"])
        XCTAssertEqual(try found("hrusev", in: "Никита Хрущёв"), ["Хрущёв"])
    }

    /// A French reader of the bundled readouts types names as French prints them, a German
    /// reader as German does: neither found the Kremlin's Russian ("Poutine", "Choïgou",
    /// "Gorbatchev"; "Lawrow", "Gorbatschow"). A French name's final "e" is no letter of the
    /// Russian one, and a Cyrillic pattern finds the French name whole.
    func testFrenchAndGermanSpellingsFindCyrillicNames() throws {
        let russian = "Путин, Путина и Шойгу; Лавров, Ушаков и Лукашенко. Горбачёв, Медведев, Сергей Лавров, Юрий Ушаков, Жуков."
        XCTAssertEqual(try found("Poutine", in: russian), ["Путин", "Путин"], "the final e is silent; Путина holds Путин")
        XCTAssertEqual(try found("poutine", in: russian), ["Путин", "Путин"])
        XCTAssertEqual(try found("POUTINE", in: "ПУТИН"), ["ПУТИН"])
        XCTAssertEqual(try found("Choïgou", in: russian), ["Шойгу"])
        XCTAssertEqual(try found("Ouchakov", in: russian), ["Ушаков", "Ушаков"])
        XCTAssertEqual(try found("Loukachenko", in: russian), ["Лукашенко"])
        XCTAssertEqual(try found("Gorbatchev", in: russian), ["Горбачёв"])
        XCTAssertEqual(try found("Sergueï", in: russian), ["Сергей"])
        XCTAssertEqual(try found("Iouri", in: russian), ["Юрий"])
        XCTAssertEqual(try found("Joukov", in: russian), ["Жуков"])
        XCTAssertEqual(try found("Staline", in: "Сталин и Ленин"), ["Сталин"])
        XCTAssertEqual(try found("Lawrow", in: russian), ["Лавров", "Лавров"])
        XCTAssertEqual(try found("Gorbatschow", in: russian), ["Горбачёв"])
        XCTAssertEqual(try found("Medwedew", in: russian), ["Медведев"])
        XCTAssertEqual(try found("Schukow", in: russian), ["Жуков"])
        // A Berlin correspondent's "Selenskyj", "Dmitrij", "Sacharowa" (з "s", "-ий" "-ij").
        XCTAssertEqual(try found("Selenskyj", in: "Зеленский и Захарова"), ["Зеленский"])
        XCTAssertEqual(try found("Dmitrij", in: "Дмитрий Песков"), ["Дмитрий"])
        XCTAssertEqual(try found("Sacharowa", in: "Зеленский и Захарова"), ["Захарова"])
        XCTAssertEqual(try found("Зеленский", in: "Präsident Selenskyj"), ["Selenskyj"])
        // The silent e needs a name before it: "ne" is no "н".
        XCTAssertEqual(try found("ne", in: "он"), [])
        XCTAssertEqual(try found("Poutine", in: "Путе"), [], "an e of the text is a letter to match")
        // Only a name's: not inside another word (a reviewer's "state", "grade", "brite").
        XCTAssertEqual(try found("state", in: "Новая статья"), [])
        XCTAssertEqual(try found("grade", in: "Сталинград"), [])
        XCTAssertEqual(try found("brite", in: "бритва"), [])
        XCTAssertEqual(try found("Poutine", in: "Путиным"), ["Путин"], "a short case ending may follow")
        // A Cyrillic pattern finds the French spelling, its final e too.
        let french = "Vladimir Poutine a reçu Sergueï Choïgou ; la Poutinerie."
        XCTAssertEqual(try found("Путин", in: french), ["Poutine", "Poutin"], "the e is the name's only where the word ends")
        XCTAssertEqual(try found("Шойгу", in: french), ["Choïgou"])
        // Full names as a journalist types them find them declined.
        let declined = "По словам Дмитрия Пескова, Путин говорил с Александром Лукашенко и с Сергеем Шойгу."
        XCTAssertEqual(try found("Dmitri Peskov", in: declined), ["Дмитрия Песков"], "the pattern's last word ends where it ends")
        XCTAssertEqual(try found("Alexandre Loukachenko", in: declined), ["Александром Лукашенко"])
        XCTAssertEqual(try found("Alexander Lukashenko", in: declined), ["Александром Лукашенко"], "English writes др \"der\"")
        XCTAssertEqual(try found("Alexander", in: "Александр"), ["Александр"])
        XCTAssertEqual(try found("Dmitry Peskov", in: declined), ["Дмитрия Песков"], "-ий declined keeps its y")
        XCTAssertEqual(try found("Dmitry", in: "Дмитрию и Дмитрием"), ["Дмитрию", "Дмитрие"])
        XCTAssertEqual(try found("Dmitri Peskov", in: "Дмитриями Песков"), [], "three case-ending letters at most")
        XCTAssertEqual(try found("он сказал", in: "она сказал"), [], "Cyrillic against Cyrillic as before")
        XCTAssertEqual(try found("da net", in: "дамы нет"), [], "a Latin word of two letters is no name")
        // English spellings still find what they found.
        XCTAssertEqual(try found("shoigu", in: russian), ["Шойгу"])
        XCTAssertEqual(try found("putin", in: russian), ["Путин", "Путин"])
    }

    /// A Cyrillic pattern finds the Latin spellings, English or scholarly, and Cyrillic text
    /// as before; the highlight is the text's own letters. Latin text against a Latin
    /// pattern is not respelled.
    func testCyrillicPatternsFindLatinSpellings() throws {
        let english = "President Volodymyr Zelenskiy and Dmytro Lubinets met Tatyana Moskalkova; Eduard Shevardnadze, Alexei Navalny."
        XCTAssertEqual(try found("зеленский", in: english), ["Zelenskiy"])
        XCTAssertEqual(try found("Лубинец", in: english), ["Lubinets"])
        XCTAssertEqual(try found("москалькова", in: english), ["Moskalkova"])
        XCTAssertEqual(try found("Шеварднадзе", in: english), ["Shevardnadze"])
        XCTAssertEqual(try found("навальный", in: english), ["Navalny"])
        XCTAssertEqual(try found("Татьяна", in: english), ["Tatyana"])
        XCTAssertEqual(try found("москалькова", in: "Москалькова и Москалькову"), ["Москалькова"])
        XCTAssertEqual(try found("зеленский", in: "Zelenskij"), ["Zelenskij"], "the scholarly form too")
        // English spellings are for Cyrillic: Latin text is matched as typed ("sh" is no "s").
        XCTAssertEqual(try found("shevardnadze", in: "Sevardnadze"), [])
        XCTAssertEqual(try found("moskalkova", in: "Moskal'kova"), [])
        XCTAssertEqual(try found("she", in: "seven sheep"), ["she"])
    }

    /// A journalist's `*Russia` found the Kremlin's "Russia" and not the Élysée's "Russie":
    /// countries and capitals are found as each language names them, Russian declined.
    func testACountryIsFoundAsEachLanguageNamesIt() throws {
        XCTAssertEqual(try found("Russia", in: "La Russie et l’Ukraine."), ["Russie"])
        XCTAssertEqual(try found("Russia", in: "Президенты России и Российской Федерации."), ["Росси", "Росси"])
        XCTAssertEqual(try found("Russie", in: "Russia and Russland."), ["Russia", "Russland"])
        XCTAssertEqual(try found("Moscou", in: "talks in Moscow, встреча в Москве"), ["Moscow", "Москв"])
        XCTAssertEqual(try found("Allemagne", in: "Germany’s Chancellor"), ["Germany"])
        XCTAssertEqual(try found("Frankreich", in: "la France et la Francia"), ["France", "Francia"])
        XCTAssertEqual(try found("Russian", in: "La Russie"), [], "a whole name only, not a word beginning with one")
    }

    /// A Kyiv analyst's names, romanised as Ukraine does (и "y", г "h", ї "i", є "ie", the
    /// apostrophe left out), found nothing in the President's Office's Ukrainian ("Kiev"
    /// found "Києва"; `Kyiv`, `Volodymyr`, `Shmyhal` nothing), nor its Cyrillic the English.
    func testUkrainianRomanisationFindsUkrainianText() throws {
        let ukrainian = """
            Президент Володимир Зеленський прибув до Києва, а Андрій Єрмак провів зустріч у Миколаєві. Прем’єр-міністр \
            Денис Шмигаль доповів про ситуацію на Київщині. Ґрунтовна підтримка. Об’єднання зусиль, Згурівка, Дніпро.
            """
        XCTAssertEqual(try found("Kyiv", in: ukrainian), ["Київ"])
        XCTAssertEqual(try found("Kiev", in: ukrainian), ["Києв", "Київ"], "the Russian spelling finds what it found, and the Ukrainian (`PlaceSpellings`)")
        XCTAssertEqual(try found("Volodymyr", in: ukrainian), ["Володимир"])
        XCTAssertEqual(try found("volodimir", in: ukrainian), ["Володимир"])
        XCTAssertEqual(try found("Zelenskyi", in: ukrainian), ["Зеленський"], "-ий as -yi")
        XCTAssertEqual(try found("Zelenskyy", in: ukrainian), ["Зеленський"])
        XCTAssertEqual(try found("Shmyhal", in: ukrainian), ["Шмигал"])
        XCTAssertEqual(try found("Denys", in: ukrainian), ["Денис"])
        XCTAssertEqual(try found("Mykola", in: ukrainian), ["Микола"])
        XCTAssertEqual(try found("Andrii Yermak", in: ukrainian), ["Андрій Єрмак"])
        XCTAssertEqual(try found("hruntovna", in: ukrainian), ["Ґрунтовна"], "ґ was written г until 1990")
        XCTAssertEqual(try found("gruntovna", in: ukrainian), ["Ґрунтовна"])
        XCTAssertEqual(try found("obiednannia", in: ukrainian), ["Об’єднання"], "the apostrophe left out")
        XCTAssertEqual(try found("Premier-ministr", in: ukrainian), ["Прем’єр-міністр"])
        XCTAssertEqual(try found("Zghurivka", in: ukrainian), ["Згурівка"], "зг is zgh")
        XCTAssertEqual(try found("Dnipro", in: ukrainian), ["Дніпро"])
        // и "y", г "h" only where the match starts a word: common English is not found
        // inside Russian words ("how" in "разговор", "my" in "экономический").
        XCTAssertEqual(try found("how", in: "телефонный разговор"), [])
        XCTAssertEqual(try found("my", in: "экономический"), [])
        // And the Ukrainian Cyrillic finds the English.
        let english = "President Volodymyr Zelenskyy arrived in Kyiv; Prime Minister Denys Shmyhal, Obiednannia, Mykolaiv."
        XCTAssertEqual(try found("Київ", in: english), ["Kyiv"])
        XCTAssertEqual(try found("Володимир", in: english), ["Volodymyr"])
        XCTAssertEqual(try found("Шмигаль", in: english), ["Shmyhal"])
        XCTAssertEqual(try found("Денис", in: english), ["Denys"])
        XCTAssertEqual(try found("Миколаїв", in: english), ["Mykolaiv"])
        XCTAssertEqual(try found("Об’єднання", in: english), ["Obiednannia"])
    }

    /// Typing a name letter by letter keeps it found: a pattern may end inside a letter's
    /// spelling ("khrush" is in "Хрущ…", whose щ is "shch").
    func testAPatternEndingInsideALettersSpellingStillFinds() throws {
        XCTAssertEqual(try found("khrush", in: "Хрущёв"), ["Хрущ"])
        XCTAssertEqual(try found("lubinet", in: "Лубинец"), ["Лубинец"])
    }

    /// Ambiguous spellings (ь left out or "y", й "y" or "i") never make a block's search
    /// explode: each (pattern, text) place is tried once, and a block that still takes too
    /// many steps is left as a slow regular expression's is ("pattern too slow"), while
    /// real text is searched whole.
    func testAmbiguousSpellingsStayBounded() throws {
        let clock = ContinuousClock()
        for (pattern, text) in [("a" + String(repeating: "y", count: 1000) + "q", "а" + String(repeating: "ь", count: 4000)),
                                (String(repeating: "ay", count: 500) + "q", String(repeating: "аь", count: 2000)),
                                (String(repeating: "sh", count: 40) + "q", String(repeating: "шх", count: 2000))] {
            let scalars = Array(text.unicodeScalars)
            let matcher = try SearchMatcher(pattern: pattern, options: SearchOptions())
            var result = SearchMatcher.Result(ranges: [])
            let elapsed = clock.measure { result = matcher.matches(in: scalars, range: 0..<scalars.count) }
            XCTAssertEqual(result.ranges, [])
            XCTAssertLessThan(elapsed, .milliseconds(500), "\(pattern.prefix(8))…: \(elapsed)")
        }
        let russian = Array(String(repeating: "Эдуард Шеварднадзе встретился с Татьяной Москальковой и Дмитрием Лубинцем. ", count: 50).unicodeScalars)
        let whole = try SearchMatcher(pattern: "shevardnadze", options: SearchOptions()).matches(in: russian, range: 0..<russian.count)
        XCTAssertFalse(whole.timedOut)
        XCTAssertEqual(whole.ranges.count, 50)
    }

    /// A Cyrillic name typed in one case finds it in the others: a diplomat's `*Путина` found
    /// nothing beside two "Путин", and `*Сирия` no "Сирии". The pattern's own ending (one or
    /// two letters) gives way to the text's, and the word must end there; a word in lower
    /// case is found as typed.
    func testACyrillicNameFindsItsOtherCases() throws {
        let text = "Владимир Путин говорил о Сирии. Путину доложили; путинизм и Путинизм; Сирия и Сирена."
        XCTAssertEqual(try found("Путина", in: text), ["Путин", "Путину"])
        XCTAssertEqual(try found("Сирия", in: text), ["Сирии", "Сирия"])
        XCTAssertEqual(try found("Сирией", in: text), ["Сирии", "Сирия"], "two ending letters of the pattern give way")
        XCTAssertEqual(try found("сирия", in: text), ["Сирия"], "lower case: as typed")
        XCTAssertEqual(try found("Путина", in: "Путиными"), ["Путиными"], "up to three case-ending letters")
        XCTAssertEqual(try found("Путина", in: "Путиновский"), [], "then the word ends")
        XCTAssertEqual(try found("Мир", in: "Миру мир"), ["Мир"], "a short word is no name to decline")
    }

    /// German typed without umlauts: "ae", "oe", "ue" find "ä", "ö", "ü" (a journalist's
    /// `/Praesident` found nothing beside three "Präsident"), and only where the text writes
    /// the umlaut: `Michael` finds no "Michal"; with exact accents, as typed.
    func testGermanSpelledWithoutUmlautsFindsTheUmlauts() throws {
        let text = "Der Präsident traf in München Frauen und Michael, nicht Michal; die Praesidentin."
        XCTAssertEqual(try found("Praesident", in: text), ["Präsident", "Praesident"])
        XCTAssertEqual(try found("Muenchen", in: text), ["München"])
        XCTAssertEqual(try found("Muenchen", in: "in Mu\u{308}nchen"), ["Mu\u{308}nchen"], "the umlaut as a combining diaeresis")
        XCTAssertEqual(try found("Frauen", in: text), ["Frauen"])
        XCTAssertEqual(try found("Michael", in: text), ["Michael"])
        XCTAssertEqual(try found("praesident", in: text, options: SearchOptions(exactAccents: true)), ["Praesident"], "exact accents: as typed")
    }

    /// A shipped lexicon topic's name in one language finds its name in the pane's: a student
    /// searched the French readouts for "NATO" and read "no match". Not a word of a name,
    /// nor any topic's alias, and nothing without the pane's language.
    func testATopicsNameFindsItsNameInThePanesLanguage() throws {
        let text = "Il a évoqué l'expansion de l'OTAN et le sommet de Genève, pas la NATO Road."
        XCTAssertEqual(try found("NATO", in: text, paneLanguage: .french), ["OTAN", "NATO"])
        XCTAssertEqual(try found("nato", in: text, paneLanguage: .french), ["OTAN", "NATO"], "case aside")
        XCTAssertEqual(try found("Geneva", in: text, paneLanguage: .french), ["Genève"])
        XCTAssertEqual(try found("NATO", in: text), ["NATO"], "without the pane's language, as typed")
        XCTAssertEqual(try found("Atlantic", in: text, paneLanguage: .french), [], "no alias widens a search")
        XCTAssertEqual(try found("OTAN", in: "NATO and the OTAN", paneLanguage: .english), ["NATO", "OTAN"], "and back")
    }

    /// A place each side spells its own way: `Kyiv` finds the Kremlin's "Kiev" (and its
    /// Russian, declined), `Donbas` "Donbass", and back; a whole pattern only.
    func testAPlaceIsFoundHoweverEachSideSpellsIt() throws {
        let text = "Talks in Kiev on Donbass; в Киеве; the Kyiv government; Kievan Rus."
        XCTAssertEqual(try found("Kyiv", in: text), ["Kiev", "Киев", "Kyiv", "Kiev"])
        XCTAssertEqual(try found("kiev", in: text), ["Kiev", "Киев", "Kyiv", "Kiev"], "case aside")
        XCTAssertEqual(try found("Donbas", in: text), ["Donbas"], "Donbass begins with it")
        XCTAssertEqual(try found("Donbass", in: "the Donbas region"), ["Donbas"])
        XCTAssertEqual(try found("Odessa", in: "port of Odesa"), ["Odesa"])
        XCTAssertEqual(try found("Kyiv government", in: text), ["Kyiv government"], "a word of a longer pattern finds only itself")
        XCTAssertEqual(try found("Kyiv", in: text, options: SearchOptions(regex: true)), ["Kyiv"], "a regular expression is as typed")
    }

    /// The bundled readouts, analysed: `*NATO` finds the Kremlin's "l'OTAN".
    func testSearchingTheBundledReadoutsForNATOFindsOTAN() throws {
        var state = Fixtures.bundledState(width: 120, height: 30)
        state.type("*NATO")
        state.press(.enter)
        state.finishSearch()
        let notice = try XCTUnwrap(state.notice?.text)
        XCTAssertFalse(notice.contains("no match"), notice)
        XCTAssertEqual(notice, "the only match, in Kremlin")
    }

    /// A number in a pattern is found whole, and a section sign before it however it is
    /// spaced: a legislative analyst's `/§ 1` found § 10 to § 19 too (51 matches for 6), and
    /// `/§12` found nothing beside "§ 12".
    func testSectionNumbersAreFoundWholeAndHoweverSpaced() throws {
        let text = "Nach § 1 und § 10 gilt § 12; siehe §\u{A0}12 und §12, Absatz 2013 von 20130."
        XCTAssertEqual(try found("§ 1", in: text), ["§ 1"])
        XCTAssertEqual(try found("§12", in: text), ["§ 12", "§\u{A0}12", "§12"])
        XCTAssertEqual(try found("§ 12", in: text), ["§ 12", "§\u{A0}12", "§12"])
        XCTAssertEqual(try found("Absatz 2013", in: text), ["Absatz 2013"])
        XCTAssertEqual(try found("von 2013", in: text), [], "2013 is not the start of 20130")
        XCTAssertEqual(try found("2013 von", in: "Absatz 12013 von 2013 von"), ["2013 von"], "nor the end of 12013")
    }
}

import XCTest
@testable import ReadoutsText

final class TextPipelineTests: XCTestCase {
    private func sentences(_ text: String, _ language: Language = .french) -> [String] {
        let document = Document(id: "t", label: "t", text: text, blocks: [Block(kind: .paragraph, range: 0..<text.unicodeScalars.count)])
        return SentenceSplitter.sentences(of: document, language: language).map { document.string($0.range) }
    }

    /// A journalist's texts: a footnote's number in brackets after a period ("proportion.[1]
    /// There…" was cut after the "["), a time before its zone ("5 p.m." / "Eastern time."),
    /// and "U.S. Congressional leadership" were each cut in two.
    func testFootnoteNumbersTimeZonesAndCongressionalStayWithTheirSentence() {
        XCTAssertEqual(
            sentences("It will hardly exceed this proportion.[1] There seems to be no reason for it.", .english),
            ["It will hardly exceed this proportion.[1]", "There seems to be no reason for it."])
        XCTAssertEqual(
            sentences("The call ended at 5 p.m. Eastern time. It lasted an hour.", .english),
            ["The call ended at 5 p.m. Eastern time.", "It lasted an hour."])
        XCTAssertEqual(
            sentences("The call ended at 5 p.m. The President then left.", .english),
            ["The call ended at 5 p.m.", "The President then left."], "no time zone: the sentence ends")
        XCTAssertEqual(
            sentences("The call began at 10 a.m. Moscow rejected the proposal. It ended at 11 a.m. GMT.", .english),
            ["The call began at 10 a.m.", "Moscow rejected the proposal.", "It ended at 11 a.m. GMT."],
            "a city opens a sentence: a zone only with \"time\" after it")
        XCTAssertEqual(
            sentences("President Hu will meet with U.S. Congressional leadership, and will visit Chicago.", .english),
            ["President Hu will meet with U.S. Congressional leadership, and will visit Chicago."])
    }

    func testAbbreviationsAndDecimalsDoNotSplitSentences() {
        XCTAssertEqual(
            sentences("M. Poutine a parlé le 7 déc. avec Joe Biden. La croissance était de 3,5 % en 2021. Fin."),
            ["M. Poutine a parlé le 7 déc. avec Joe Biden.", "La croissance était de 3,5 % en 2021.", "Fin."])
        XCTAssertEqual(
            sentences("Mr. Biden spoke with Mr. Putin. Growth was 3.5 percent. They agreed.", .english),
            ["Mr. Biden spoke with Mr. Putin.", "Growth was 3.5 percent.", "They agreed."])
        // Spanish, with ICU's Spanish rules: "Sr. Sánchez", "EE. UU." and "núm. 3" end nothing.
        XCTAssertEqual(
            sentences("El Sr. Sánchez habló con el presidente de EE. UU. sobre la resolución núm. 3 del Consejo. El crecimiento fue del 2,5 %. Fin.", .spanish),
            ["El Sr. Sánchez habló con el presidente de EE. UU. sobre la resolución núm. 3 del Consejo.", "El crecimiento fue del 2,5 %.", "Fin."])
    }

    /// A quotation closed after a space, as French writes it ("…sans voiture. »"), ends with
    /// its sentence: "»" was a sentence of its own (`y` copied "»", numbers were one off).
    func testAClosingGuillemetAfterASpaceStaysWithItsSentence() {
        XCTAssertEqual(
            sentences("« Pour la première fois, les étudiants rejoindront le centre sans voiture. » Les travaux commenceront le 3 mars."),
            ["« Pour la première fois, les étudiants rejoindront le centre sans voiture. »", "Les travaux commenceront le 3 mars."])
        XCTAssertEqual(
            sentences("a déclaré la maire. « Ils rejoindront le centre sans voiture.\u{00A0}»"),
            ["a déclaré la maire.", "« Ils rejoindront le centre sans voiture.\u{00A0}»"])
        XCTAssertEqual(sentences("« C’est fini. » « Tout recommence. »"), ["« C’est fini. »", "« Tout recommence. »"])
        // A straight quote after a space closes the sentence before it: no sentence of its own.
        XCTAssertEqual(sentences("Il a ajouté : \"La paix est possible. J'enjoins toutes les parties à reprendre les négociations. \""),
                       ["Il a ajouté : \"La paix est possible.", "J'enjoins toutes les parties à reprendre les négociations. \""])
        XCTAssertEqual(sentences("Il a parlé (longuement. ) Puis il est parti."), ["Il a parlé (longuement. )", "Puis il est parti."])
        // A footnote's mark after the period, as a page pasted from a browser has it.
        XCTAssertEqual(sentences("The budget reached 2.1 billion rubles.¹² Next year it grows.", .english),
                       ["The budget reached 2.1 billion rubles.¹²", "Next year it grows."])
    }

    /// A quotation of two sentences followed by who said it is one sentence: a journalist's
    /// `y` copied half of one, with one quotation mark and no speaker. A quotation of
    /// sentences that stand alone, or whose attribution comes first, stays split.
    func testAQuotationOfSentencesWithItsAttributionIsOneSentence() {
        XCTAssertEqual(
            sentences("“Europe cannot afford fatigue. Every week of hesitation is paid for in lives,” the Prime Minister said. They agreed.", .english),
            ["“Europe cannot afford fatigue. Every week of hesitation is paid for in lives,” the Prime Minister said.", "They agreed."])
        XCTAssertEqual(
            sentences("\"We will not give up. We never have,\" she said. The talks ended.", .english),
            ["\"We will not give up. We never have,\" she said.", "The talks ended."])
        XCTAssertEqual(
            sentences("« La paix est possible. Nous y travaillons », a déclaré le président. Fin."),
            ["« La paix est possible. Nous y travaillons », a déclaré le président.", "Fin."])
        XCTAssertEqual(
            sentences("He said: “We will never accept this. We demand a withdrawal.” The talks ended.", .english),
            ["He said: “We will never accept this.", "We demand a withdrawal.”", "The talks ended."])
        XCTAssertEqual(sentences("« C’est fini. » « Tout recommence. »"), ["« C’est fini. »", "« Tout recommence. »"])
        // Guillemets hold the quotation „…“ opens inside them; an inch mark opens none.
        XCTAssertEqual(
            sentences("«Мы готовы к „диалогу“. Но не на любых условиях», — заявил Песков. Конец.", .russian),
            ["«Мы готовы к „диалогу“. Но не на любых условиях», — заявил Песков.", "Конец."])
        // A long quotation keeps its attribution: a run-on sentence is cut after a dash, never
        // to leave a handful of words (trial D's Kremlin readout, quoted by `Y` as "…МАГАТЭ», —").
        let kremlin = "«Владимир Путин и Эммануэль Макрон отметили особую ответственность России и Франции как постоянных членов Совбеза ООН в поддержании мира и безопасности, в том числе в Ближневосточном регионе, а также в сохранении глобального режима ядерного нераспространения. В связи с этим подчеркнута важность уважения законного права Тегерана на развитие мирного атома и продолжения выполнения им обязательств по Договору о нераспространении ядерного оружия, включая сотрудничество с МАГАТЭ», — сообщила пресс-служба."
        XCTAssertEqual(sentences(kremlin + " Конец.", .russian).last, "Конец.")
        XCTAssertTrue(sentences(kremlin + " Конец.", .russian).dropLast().last?.hasSuffix("МАГАТЭ», — сообщила пресс-служба.") == true,
                      "\(sentences(kremlin + " Конец.", .russian))")
        XCTAssertEqual(
            sentences("The screen is 6.1\" wide. Apple called the \"pro\" model late. It sold well.", .english),
            ["The screen is 6.1\" wide.", "Apple called the \"pro\" model late.", "It sold well."])
    }

    /// German citations keep their abbreviations whole: a legislative analyst's change report
    /// quoted "(BGBl." / "I S." / "3970, 4592 …" as three sentences, and "G v." apart from its
    /// date. English keeps its reading of single letters.
    func testGermanCitationsAndAbbreviationsEndNoSentence() {
        XCTAssertEqual(
            sentences("Die Verordnung vom 11. Oktober 2002 (BGBl. I S. 3970, 4592) wird geändert. Zuletzt geändert durch Art. 2 Abs. 63 G v. 22.12.2011 I 3044. Fin.", .german),
            ["Die Verordnung vom 11. Oktober 2002 (BGBl. I S. 3970, 4592) wird geändert.",
             "Zuletzt geändert durch Art. 2 Abs. 63 G v. 22.12.2011 I 3044.", "Fin."])
        XCTAssertEqual(
            sentences("Der Bund Deutscher Sportschützen e. V. prüft z. B. die Anlagen nach Nr. 4 bzw. Nr. 5. Die Prüfung folgt.", .german),
            ["Der Bund Deutscher Sportschützen e. V. prüft z. B. die Anlagen nach Nr. 4 bzw. Nr. 5.", "Die Prüfung folgt."])
        XCTAssertEqual(sentences("He signed form S. The aides left.", .english), ["He signed form S.", "The aides left."])
        // One that may end a sentence ends it before a capital: "usw." before a new sentence.
        XCTAssertEqual(sentences("Sie kauften Kleidung, Schuhe usw. Die Regierung zahlte. Fin.", .german),
                       ["Sie kauften Kleidung, Schuhe usw.", "Die Regierung zahlte.", "Fin."])
        XCTAssertEqual(sentences("Es gilt § 3 i. V. m. § 4 der Verordnung. Fin.", .german), ["Es gilt § 3 i. V. m. § 4 der Verordnung.", "Fin."])
    }

    /// German writes an ordinal as a number and a period: "vom 9. November 2020 und 11.
    /// Januar 2021" was three sentences, and the Kremlin's German Karabakh sentence could not
    /// link to its English original. A sentence ending with a number still ends there.
    func testAGermanOrdinalBeforeAMonthOrWhatItCountsEndsNoSentence() {
        XCTAssertEqual(
            sentences("Die Umsetzung der Erklärungen vom 9. November 2020 und 11. Januar 2021 wurde erörtert. Am 24. Februar beginnt das 14. Sanktionspaket. Fin.", .german),
            ["Die Umsetzung der Erklärungen vom 9. November 2020 und 11. Januar 2021 wurde erörtert.",
             "Am 24. Februar beginnt das 14. Sanktionspaket.", "Fin."])
        XCTAssertEqual(sentences("Es war das 23. Treffen dieser Art zum 75. Geburtstag des Vertrags. Fin.", .german),
                       ["Es war das 23. Treffen dieser Art zum 75. Geburtstag des Vertrags.", "Fin."])
        XCTAssertEqual(sentences("Sie feierten zum 75. Bestehen des Grundgesetzes. Fin.", .german),
                       ["Sie feierten zum 75. Bestehen des Grundgesetzes.", "Fin."])
        // After an article, whatever the noun: the Federal Government's "zum 75. Jubiläum des
        // Grundgesetzes" was two sentences, and its "75." no figure against "75th anniversary".
        XCTAssertEqual(sentences("Scholz würdigte die Feierlichkeiten zum 75. Jubiläum des Grundgesetzes. Die 3. Ausgabe folgt. Fin.", .german),
                       ["Scholz würdigte die Feierlichkeiten zum 75. Jubiläum des Grundgesetzes.", "Die 3. Ausgabe folgt.", "Fin."])
        XCTAssertEqual(sentences("Die Zahl der Opfer stieg auf 12. Die Regierung trauert.", .german),
                       ["Die Zahl der Opfer stieg auf 12.", "Die Regierung trauert."])
        // English keeps ICU's reading: a number ending a sentence before a month's name.
        XCTAssertEqual(sentences("The vote was 52 to 48. November will tell.", .english),
                       ["The vote was 52 to 48.", "November will tell."])
    }

    /// "Act." ends a bill's sentence (ICU's English list kept "…of this Act. Personal data…"
    /// one sentence); abbreviations of three letters still hold.
    func testAnActEndsItsSentence() {
        XCTAssertEqual(sentences("Data is processed for this Act. Personal data is kept briefly. Mr. Smith agreed.", .english),
                       ["Data is processed for this Act.", "Personal data is kept briefly.", "Mr. Smith agreed."])
        XCTAssertEqual(sentences("See Art. 5 of the Act.", .english), ["See Art. 5 of the Act."])
    }

    /// A bill's enumeration as the Government Publishing Office prints it: each item, and
    /// each subsection after a quoted paragraph, is a passage of its own (a researcher's
    /// subsections (b) and (c) were one "sentence" of 200 words whose four amendments no
    /// change list named). Items run on within one line, and a line opening with a number
    /// inside a sentence, stay.
    func testABillsItemsAreSentencesOfTheirOwn() {
        let bill = """
            (a) In General.--Section 201(d) of the Act (2 U.S.C. 601(d)) is amended--
                        (1) by striking ``The Director is authorized'' and
                    inserting ``(1) The Director'';
                        (2) by striking ``(other than material)''; and
                        (3) by adding at the end the following:
                ``(2) No provision of law shall be construed to supersede the authority.''.
                (b) Report.--Not later than one year after the date of the
            enactment of this Act, the Director shall submit a report.
            """
        XCTAssertEqual(sentences(bill, .english).map { $0.split(whereSeparator: \.isWhitespace).prefix(3).joined(separator: " ") }, [
            "(a) In General.--Section", "(1) by striking", "(2) by striking", "(3) by adding",
            "``(2) No provision", "(b) Report.--Not later",
        ])
        XCTAssertEqual(sentences("The leaders met on\n12 May in Paris and agreed on (a) trade and (b) climate.", .english).count, 1)
        XCTAssertEqual(sentences("[H.R. 7032 Received in Senate (RDS)]", .english).count, 1)
        XCTAssertEqual(sentences("SEC. 2. REQUESTS BY CBO OF INFORMATION.", .english).count, 1)
    }

    /// ICU's French abbreviation filter matches the end of a longer word: "mer." (mercredi)
    /// kept "Keir Starmer. Les deux dirigeants…" as one sentence, "mar." (mardi) "du Myanmar.
    /// Les…", a soft line break too. Abbreviations themselves still hold.
    func testANameEndingLikeAnAbbreviationEndsItsSentence() {
        XCTAssertEqual(
            sentences("Le Président s'est entretenu avec Keir Starmer. Les deux dirigeants ont parlé de l'Ukraine."),
            ["Le Président s'est entretenu avec Keir Starmer.", "Les deux dirigeants ont parlé de l'Ukraine."])
        XCTAssertEqual(
            sentences("Ils ont évoqué la situation du Myanmar.\nLes dirigeants ont reçu le Prof. Dupont et M. Martin."),
            ["Ils ont évoqué la situation du Myanmar.", "Les dirigeants ont reçu le Prof. Dupont et M. Martin."])
        XCTAssertEqual(sentences("Выступил проф. Иванов. Встреча закончилась.", .russian), ["Выступил проф. Иванов.", "Встреча закончилась."])
        // An acronym in capitals ends its sentence too ("NATO." was hidden in English).
        XCTAssertEqual(
            sentences("It is complementary to NATO. President Biden reaffirmed the engagement in the Indo-Pacific.", .english),
            ["It is complementary to NATO.", "President Biden reaffirmed the engagement in the Indo-Pacific."])
    }

    /// French writes "R.-U." (Royaume-Uni) with a non-breaking hyphen: ICU read the period
    /// before "‑U." as a sentence's end, and "‑U. au PTPGP." was a sentence of its own.
    func testAHyphenRightAfterAPeriodGoesOn() {
        for hyphen in ["\u{2011}", "\u{2010}", "-"] {
            XCTAssertEqual(
                sentences("Le premier ministre a salué la candidature du R.\(hyphen)U. au PTPGP. Ils ont parlé du commerce.", .french),
                ["Le premier ministre a salué la candidature du R.\(hyphen)U. au PTPGP.", "Ils ont parlé du commerce."], "U+\(String(hyphen.unicodeScalars.first!.value, radix: 16))")
        }
    }

    /// A translator's French text was cut at "?)": "…des milliers (plus de 1 500 ?)" and
    /// "d’emplois bien rémunérés…". A "?" or "!" inside brackets the sentence goes on after,
    /// in lower case, ends nothing; a bracket closed before a period or a capital still does.
    func testAQuestionInsideBracketsTheSentenceGoesOnAfterEndsNothing() {
        for space in ["\u{00A0}", "\u{202F}", " "] {
            let sentence = "Cet accord permettra de soutenir des milliers (plus de 1\u{00A0}500\(space)?) d’emplois bien rémunérés dans les deux pays."
            XCTAssertEqual(sentences(sentence + " Les deux dirigeants ont salué l’accord.", .french),
                           [sentence, "Les deux dirigeants ont salué l’accord."], "U+\(String(space.unicodeScalars.first!.value, radix: 16))")
        }
        XCTAssertEqual(sentences("It is the largest (by far!) investment in the region. Work starts in May.", .english),
                       ["It is the largest (by far!) investment in the region.", "Work starts in May."])
        XCTAssertEqual(sentences("The talks (why now? nobody said) ended early. Both sides left.", .english),
                       ["The talks (why now? nobody said) ended early.", "Both sides left."])
        XCTAssertEqual(sentences("He asked (why?). Then he left.", .english), ["He asked (why?).", "Then he left."])
        XCTAssertEqual(sentences("He asked a question (why?) Then he left.", .english), ["He asked a question (why?)", "Then he left."])
    }

    func testAnAcronymBeforeATitleOrANameDoesNotEndTheSentence() {
        // The White House writes "U.S." before every title: a researcher's brief quoted
        // "…President Xi Jinping spoke with U.S." as a sentence, and its rest as another.
        XCTAssertEqual(
            sentences("President Xi Jinping spoke with U.S. President Joe Biden on Tuesday. The U.S. Secretary Yellen will visit China.", .english),
            ["President Xi Jinping spoke with U.S. President Joe Biden on Tuesday.", "The U.S. Secretary Yellen will visit China."])
        XCTAssertEqual(
            sentences("They met the U.K. Prime Minister and the U.S. Trade Representative Katherine Tai. Talks went on.", .english),
            ["They met the U.K. Prime Minister and the U.S. Trade Representative Katherine Tai.", "Talks went on."])
        // A sentence that ends with the acronym still ends there, before a stopword or a
        // capitalised word that stands alone.
        XCTAssertEqual(
            sentences("Sanctions were imposed by the U.S. The President said more. Sanctions hit the U.S. Trade fell.", .english),
            ["Sanctions were imposed by the U.S.", "The President said more.", "Sanctions hit the U.S.", "Trade fell."])
        XCTAssertEqual(
            sentences("Tariffs were raised by the U.S. Officials in Beijing said they would respond.", .english),
            ["Tariffs were raised by the U.S.", "Officials in Beijing said they would respond."])
        // Joined to a name by a hyphen, the acronym is an adjective before its noun (an auditor's
        // MOFA text read "…strengthen the Japan-U.S." and "Alliance." as two sentences), and
        // "U.K. Parliament" is an institution's name; "the India-U.S. The…" still ends.
        XCTAssertEqual(
            sentences("The leaders praised the India-U.S. Strategic Partnership today. They agreed to further strengthen the Japan-U.S. Alliance. Talks went on.", .english),
            ["The leaders praised the India-U.S. Strategic Partnership today.", "They agreed to further strengthen the Japan-U.S. Alliance.", "Talks went on."])
        XCTAssertEqual(
            sentences("They met in the U.K. Parliament building. Trade grew with the India-U.S. The talks ended.", .english),
            ["They met in the U.K. Parliament building.", "Trade grew with the India-U.S.", "The talks ended."])
        // A prefix is no name, and a common noun after a standalone acronym may open a sentence.
        XCTAssertEqual(
            sentences("The new cabinet is seen as pro-U.S. Moscow condemned it. Japan will deepen cooperation with the U.S. Partnership with Australia remains a pillar.", .english),
            ["The new cabinet is seen as pro-U.S.", "Moscow condemned it.", "Japan will deepen cooperation with the U.S.", "Partnership with Australia remains a pillar."])
    }

    func testInitialsAndTitlesDoNotSplitANameButEndASentenceBeforeAStopword() {
        // How every Biden White House readout opens, and Japan's "H.E." before a name.
        XCTAssertEqual(
            sentences("President Joseph R. Biden, Jr. spoke today with President Emmanuel Macron. They agreed to meet.", .english),
            ["President Joseph R. Biden, Jr. spoke today with President Emmanuel Macron.", "They agreed to meet."])
        XCTAssertEqual(
            sentences("Spoke with H.E. Mr. Fumio Kishida. We discussed trade.", .english),
            ["Spoke with H.E. Mr. Fumio Kishida.", "We discussed trade."])
        // …and with a space, as MOFA writes it at times (it read "…with H.", "E." and "Dr.
        // Ursula…" as three sentences); French "S. E." alike. A sentence may still end in "H.".
        XCTAssertEqual(
            sentences("Mr. KISHIDA Fumio held a telephone talk with H. E. Dr. Ursula von der Leyen, President of the European Commission. The overview is as follows.", .english),
            ["Mr. KISHIDA Fumio held a telephone talk with H. E. Dr. Ursula von der Leyen, President of the European Commission.", "The overview is as follows."])
        XCTAssertEqual(
            sentences("Le Président a reçu S. E. M. Narendra Modi. Ils ont parlé du climat."),
            ["Le Président a reçu S. E. M. Narendra Modi.", "Ils ont parlé du climat."])
        XCTAssertEqual(
            sentences("They agreed on Plan H. Each side will report.", .english),
            ["They agreed on Plan H.", "Each side will report."])
        // A lone capital that ends a sentence before "The" is not an initial, nor "U.S." one,
        // nor a capital after an ordinary word ("discussed Plan B.").
        XCTAssertEqual(
            sentences("They agreed on Plan B. The talks ended. Sanctions hit the U.S. Trade fell.", .english),
            ["They agreed on Plan B.", "The talks ended.", "Sanctions hit the U.S.", "Trade fell."])
        XCTAssertEqual(
            sentences("They discussed Plan B. Russia objected. Mr. John F. Kennedy came.", .english),
            ["They discussed Plan B.", "Russia objected.", "Mr. John F. Kennedy came."])
        // A name in apposition after a comma, as the Élysée writes the American President
        // (it read "Joseph R." and "Biden." as two sentences).
        XCTAssertEqual(
            sentences("Le Président de la République s'est entretenu avec le Président des États-Unis, Joseph R. Biden. Ils ont parlé du climat."),
            ["Le Président de la République s'est entretenu avec le Président des États-Unis, Joseph R. Biden.", "Ils ont parlé du climat."])
        XCTAssertEqual(
            sentences("He spoke with the President of the United States, Joseph R. Biden. They discussed energy.", .english),
            ["He spoke with the President of the United States, Joseph R. Biden.", "They discussed energy."])
        // Russian initials, one or two, after any word.
        XCTAssertEqual(
            sentences("Состоялась встреча с В.В. Путиным. Переговоры прошли с С. Лавровым. Стороны договорились.", .russian),
            ["Состоялась встреча с В.В. Путиным.", "Переговоры прошли с С. Лавровым.", "Стороны договорились."])
    }

    /// A historian's texts: initials after a title or another initial, opening a sentence,
    /// hyphenated, and "Дж." were sentence ends ("Mr. J." and "F. Dulles met…"; "Э.", "А.",
    /// "Шеварднадзе встретился с г-ном Дж."): quotes were cut and false omissions listed.
    func testInitialsAfterATitleOrAnotherInitialAndHyphenatedOnesKeepTheName() {
        XCTAssertEqual(
            sentences("Mr. J. F. Dulles met the Soviet ambassador. They talked. J. F. Dulles left.", .english),
            ["Mr. J. F. Dulles met the Soviet ambassador.", "They talked.", "J. F. Dulles left."])
        XCTAssertEqual(
            sentences("Э. А. Шеварднадзе встретился с г-ном Дж. Шульцем. Министр пригласил Ж.-Б. Раймона посетить Москву. Стороны договорились.", .russian),
            ["Э. А. Шеварднадзе встретился с г-ном Дж. Шульцем.", "Министр пригласил Ж.-Б. Раймона посетить Москву.", "Стороны договорились."])
        XCTAssertEqual(
            sentences("M. J.-F. Dulles a rencontré l'ambassadeur. Le ministre a reçu J. Dulles hier. Fin."),
            ["M. J.-F. Dulles a rencontré l'ambassadeur.", "Le ministre a reçu J. Dulles hier.", "Fin."])
        XCTAssertEqual(
            sentences("Mr. J.-F. Dulles met him. He met with Antony J. Blinken. They talked.", .english),
            ["Mr. J.-F. Dulles met him.", "He met with Antony J. Blinken.", "They talked."])
        // A letter that names a thing, after an article, or a Roman numeral still ends a sentence.
        XCTAssertEqual(
            sentences("They chose the so-called plan B. Russia objected. She got an A. Teachers agreed. Europe changed after World War I. Germany lost.", .english),
            ["They chose the so-called plan B.", "Russia objected.", "She got an A.", "Teachers agreed.", "Europe changed after World War I.", "Germany lost."])
    }

    func testAnAgencysCreditStaysWithTheSentenceBeforeIt() {
        XCTAssertEqual(
            sentences("They announced a vision. The two leaders agreed to transform the partnership. (PTI)", .english),
            ["They announced a vision.", "The two leaders agreed to transform the partnership. (PTI)"])
        XCTAssertEqual(
            sentences("МОСКВА, 17 августа. /ТАСС/. Президент России провел телефонный разговор.", .russian),
            ["МОСКВА, 17 августа. /ТАСС/.", "Президент России провел телефонный разговор."])
        // A parenthesis that says something is a sentence of its own.
        XCTAssertEqual(
            sentences("They met in Delhi. (The talks lasted two hours and covered trade.)", .english),
            ["They met in Delhi.", "(The talks lasted two hours and covered trade.)"])
    }

    /// A news report's dateline, a place in capitals and a day, alone as a sentence: the
    /// opening line is the one after it.
    func testADatelineIsToldFromASentence() {
        func dateline(_ text: String) -> Bool { SentenceSplitter.isDateline(Array(text.unicodeScalars)[...]) }
        XCTAssertTrue(dateline("НЬЮ-ДЕЛИ, 7 окт — РИА Новости."))
        XCTAssertTrue(dateline("МОСКВА, 17 августа. /ТАСС/."))
        XCTAssertTrue(dateline("NUR-SULTAN."))
        XCTAssertFalse(dateline("NATO, the EU and the G7 agreed."), "no day: G7 is no date")
        XCTAssertFalse(dateline("NATO will respond."))
        XCTAssertFalse(dateline("Moscow, 17 August. The talks went on."), "no place in capitals")
        XCTAssertFalse(dateline("UN."), "too short for a place")
        XCTAssertFalse(dateline("PARIS, 7 décembre 2021, les présidents se sont entretenus pendant deux heures sur l’Ukraine."))
        XCTAssertTrue(dateline("NEW DELHI, Oct 8."), "a place of two words")
        XCTAssertTrue(dateline("PARIS, 7 décembre 2021 (Reuters)."))
        XCTAssertFalse(dateline("KYIV, Oct 7 — Zelensky phoned Macron."), "a sentence after its dateline")
        XCTAssertFalse(dateline("NATO, EU leaders to meet on 24 June."), "no date after the place")
        XCTAssertFalse(dateline("MOSCOW, 7 December, talks."))
    }

    func testAListItemsNumberStaysWithItsSentence() {
        XCTAssertEqual(
            sentences("1. At the outset, Prime Minister Kishida thanked him. He stated his view.", .english),
            ["1. At the outset, Prime Minister Kishida thanked him.", "He stated his view."])
        XCTAssertEqual(
            sentences("Les points suivants. 2. Les deux parties ont parlé. 3. Elles ont convenu."),
            ["Les points suivants.", "2. Les deux parties ont parlé.", "3. Elles ont convenu."])
        XCTAssertEqual(sentences("Il a dit 2. Puis il est parti."), ["Il a dit 2.", "Puis il est parti."])
        XCTAssertEqual(SentenceSplitter.listNumberLength(Array("1.\tAt the outset".unicodeScalars)[...]), 3, "a tab after the number")
        XCTAssertEqual(SentenceSplitter.listNumberLength(Array("10 May".unicodeScalars)[...]), 0)
    }

    /// A law's section label and title stay with the section's first sentence, and weigh
    /// nothing in a link: two drafts' "Section 7." do not link a tourist tax to penalties.
    func testASectionsLabelAndTitleStayWithItsFirstSentence() {
        XCTAssertEqual(
            sentences("Section 3. Registration. No host may offer a rental without registering it. Registration costs one hundred dollars.", .english),
            ["Section 3. Registration. No host may offer a rental without registering it.", "Registration costs one hundred dollars."])
        XCTAssertEqual(sentences("Article 12. Le présent texte entre en vigueur le 1er janvier. Il est publié."),
                       ["Article 12. Le présent texte entre en vigueur le 1er janvier.", "Il est publié."])
        XCTAssertEqual(sentences("Статья 5. Сроки. Закон вступает в силу через месяц.", .russian),
                       ["Статья 5. Сроки. Закон вступает в силу через месяц."])
        XCTAssertEqual(sentences("Article 5 of the treaty was invoked. Allies responded.", .english),
                       ["Article 5 of the treaty was invoked.", "Allies responded."])
        func label(_ text: String) -> Int { SentenceSplitter.listNumberLength(Array(text.unicodeScalars)[...]) }
        XCTAssertEqual(label("Section 7. Tourist tax."), 11)
        XCTAssertEqual(label("§ 4. Platform duties."), 5)
        XCTAssertEqual(label("Chapter IV: Penalties."), 12)
        XCTAssertEqual(label("Article premier. Objet."), 17)
        XCTAssertEqual(label("Article 5 of the treaty"), 0, "a sentence's subject")
        XCTAssertEqual(label("Part of the deal."), 0)
        XCTAssertEqual(label("Sections 3 and 4."), 0)
        XCTAssertEqual(label("Chapter 11: the firm filed."), 0, "a title opens with a capital")
        XCTAssertEqual(label("Part ill. Rest."), 0, "no Roman numeral")
        XCTAssertEqual(label("Paragraph civil. Rest."), 0)
        XCTAssertEqual(label("Chapter XIV. Penalties."), 13)
        // One title at most joins the next sentence.
        XCTAssertEqual(
            sentences("Section 2. Fees. Each host pays five dollars. Fees are due monthly. Late fees double.", .english),
            ["Section 2. Fees. Each host pays five dollars.", "Fees are due monthly.", "Late fees double."])
        XCTAssertEqual(sentences("Rule 1: never lie. Rule 2: never cheat.", .english), ["Rule 1: never lie.", "Rule 2: never cheat."])
    }

    /// A dateline's agency cut to "TASS/." opens the paragraph's first sentence, as "/TASS/."
    /// and "(Reuters)" close theirs: the bundled Kremlin readout opened with a sentence
    /// "TASS/." alone, which `g` then `y` copied.
    func testAnAgencysCreditOpeningAParagraphJoinsItsSentence() {
        XCTAssertEqual(sentences("TASS/.\u{A0}Les présidents se sont parlé. Ils ont discuté."),
                       ["TASS/.\u{A0}Les présidents se sont parlé.", "Ils ont discuté."])
        XCTAssertEqual(sentences("Les présidents se sont parlé. /TASS/. Ils ont discuté."),
                       ["Les présidents se sont parlé. /TASS/.", "Ils ont discuté."])
        XCTAssertEqual(sentences("Voilà tout. NATO. Plus rien.", .english).count, 3, "a word alone is no credit")
    }

    /// A section's title is what follows its label, up to the first full stop or colon, six
    /// words at most, before the section's text: the drafters' name for the section.
    func testASectionsTitleIsReadAfterItsLabel() {
        func title(_ text: String) -> String? {
            let scalars = Array(text.unicodeScalars)
            return SentenceSplitter.sectionTitle(scalars[...]).map { String(String.UnicodeScalarView(scalars[$0])) }
        }
        XCTAssertEqual(title("Section 4. Cap on nights. A host may rent a unit."), "Cap on nights")
        XCTAssertEqual(title("Article 12. Entrée en vigueur. La loi entre en vigueur."), "Entrée en vigueur")
        XCTAssertEqual(title("Статья 5. Сроки. Закон вступает в силу через месяц."), "Сроки")
        XCTAssertEqual(title("§ 4. Platform duties: A platform shall display the number."), "Platform duties")
        XCTAssertNil(title("Section 3. No host may offer a short-term rental without first registering the unit."), "a sentence, no title")
        XCTAssertNil(title("Section 3. Registration."), "no text after it: a heading alone")
        XCTAssertNil(title("Article 5 of the treaty was invoked. Allies responded."), "no label")
        XCTAssertNil(title("Section 2. Fees, taxes. Each host pays."), "a list of words is no title")
        XCTAssertNil(title("1. Registration. Hosts register."), "a list number is no section's label")
        XCTAssertNil(title("Section 9. Every host must: keep a register of guests."), "a clause that goes on")
        XCTAssertEqual(title("Section 2. Definitions: In this Act a host is the owner."), "Definitions")
        XCTAssertNil(title("Section 5. U.S. persons may not rent."), "an abbreviation's full stop")
    }

    func testAnEmptyOrBlankFileSaysItIsEmpty() throws {
        for bytes in [[], Array("  \n\n \t\n".utf8)] as [[UInt8]] {
            let document = try DocumentLoader.load(bytes: bytes, name: "empty.txt", markdown: false)
            XCTAssertEqual(document.notice, "empty, nothing in it to compare")
        }
        XCTAssertNil(try DocumentLoader.load(bytes: Array("Text.".utf8), name: "a.txt", markdown: false).notice)
    }

    func testRunOnSentencesAreCutAtSemicolons() {
        let clause = (1...35).map { "mot\($0)" }.joined(separator: " ")
        let found = sentences("\(clause); \(clause): \(clause). Fin.")
        XCTAssertEqual(found.count, 4)
        XCTAssertTrue(found[0].hasSuffix(";"))
        XCTAssertEqual(sentences("Court ; et bref : fin.").count, 1)
    }

    func testHeadingsAreSentencesOfTheirOwn() {
        let text = "Ukraine et sanctions\n\nLes présidents ont parlé. Ils ont convenu."
        let document = Document(id: "t", label: "t", text: text, blocks: [
            Block(kind: .heading(level: 2), range: 0..<20), Block(kind: .paragraph, range: 22..<text.unicodeScalars.count),
        ])
        let found = SentenceSplitter.sentences(of: document)
        XCTAssertEqual(found.map { document.string($0.range) }, ["Ukraine et sanctions", "Les présidents ont parlé.", "Ils ont convenu."])
        XCTAssertEqual(found.map(\.isHeading), [true, false, false])
    }

    /// Thousands grouped by a space, a no-break or a narrow no-break space are one number,
    /// its key without them; a year before a figure, or digits before a word, are not joined.
    func testThousandsGroupedBySpacesAreOneNumber() {
        let tokens = Tokenizer.tokens(in: "une amende de 5 000 euros, 1\u{A0}000\u{202F}000 de personnes")
        XCTAssertEqual(tokens.map(\.text), ["une", "amende", "de", "5000", "euros", "1000000", "de", "personnes"])
        XCTAssertEqual(tokens.filter { $0.kind == .number }.map(\.range.count), [5, 9])
        XCTAssertEqual(Tokenizer.tokens(in: "en 2022 100 personnes").map(\.text), ["en", "2022", "100", "personnes"])
        XCTAssertEqual(Tokenizer.tokens(in: "les 10 000e visiteurs").map(\.text), ["les", "10", "000e", "visiteurs"])
        XCTAssertEqual(Tokenizer.tokens(in: "A4 000 feuilles").map(\.text), ["a4", "000", "feuilles"])
    }

    /// What is left of an escape sequence in a document (its ESC shown as ␛) is no word: a
    /// student's "\e[31mRED\e[0m" made a topic "0m" linking two sentences.
    func testTheRestOfAnEscapeSequenceIsNoWord() {
        let sanitised = Sanitiser.sanitise("\u{1B}[31mRED\u{1B}[0m trap \u{1B}]0;new title\u{07} fin \u{1B}[2J")
        XCTAssertEqual(Tokenizer.tokens(in: sanitised).map(\.text), ["red", "trap", "fin"])
        XCTAssertEqual(Tokenizer.tokens(in: "a ␛ b").map(\.text), ["a", "b"], "a lone escape picture")
        XCTAssertEqual(Tokenizer.tokens(in: Sanitiser.sanitise("\u{1B}(B\u{1B}[mword")).map(\.text), ["word"], "tput sgr0's reset")
    }

    func testElisionsSplitWithEitherApostrophe() {
        let words = Tokenizer.tokens(in: "l’Ukraine d'armes qu’ils").map(\.text)
        XCTAssertEqual(words, ["l", "ukraine", "d", "armes", "qu", "ils"])
    }

    func testCompoundsKeptWholeAndAsPartsAndNumbersCanonical() {
        let tokens = Tokenizer.tokens(in: "Les États-Unis : 3,5 et 3.5")
        XCTAssertEqual(tokens.map(\.text), ["les", "états-unis", "états", "unis", "3.5", "et", "3.5"])
        XCTAssertEqual(tokens[1].kind, .compound)
        XCTAssertEqual(tokens[4].kind, .number)
        XCTAssertEqual(tokens[1].range, 4..<14)
    }

    func testStemmingPerLanguage() {
        XCTAssertEqual(Stemmer(language: .french)?.stem("frontières"), "fronti")
        XCTAssertEqual(Stemmer(language: .english)?.stem("sanctions"), "sanction")
        XCTAssertEqual(Stemmer(language: .russian)?.stem("санкции"), "санкц")
        XCTAssertNil(Stemmer(language: .undetermined))
    }

    func testFoldingLigaturesAccentsAndCyrillic() {
        XCTAssertEqual(Folding.fold("œuvre"), "oeuvre")
        XCTAssertEqual(Folding.fold("États"), "etats")
        XCTAssertEqual(Folding.fold("Путин"), "putin")
    }

    func testNormaliserStemsBeforeFoldingAndDropsStopwords() {
        let french = Normaliser(language: .french)
        XCTAssertNil(french.normalise(word: "les"))
        XCTAssertNil(french.normalise(word: "près"))
        XCTAssertEqual(french.normalise(word: "cybersécurité")?.key, "cybersecur")
        XCTAssertEqual(french.normalise(word: "ukrainienne")?.key2, french.normalise(word: "ukraine")?.key2)
        XCTAssertEqual(Normaliser(language: .russian).normalise(word: "путина")?.key, "putin")
    }

    /// Russian words are joined by their stem alone: a shared prefix made "продолжена"
    /// (continued) a near match of "продолжительный" (lengthy), while the stemmer already
    /// joins a word's inflections.
    /// English is read with American spellings: Downing Street's "defence", "organisation"
    /// and "centre" match the White House's "defense", "organization" and "center" (two
    /// readouts of one call, in British and American English, shared no word there). French
    /// keeps its own ("centre" is French).
    func testBritishAndAmericanSpellingsAreOneWord() {
        let english = Normaliser(language: .english)
        for (british, american) in [("defence", "defense"), ("organisation", "organization"), ("centre", "center"),
                                    ("labour", "labor"), ("travelled", "traveled"), ("programme", "program")] {
            XCTAssertEqual(english.normalise(word: british)?.key, english.normalise(word: american)?.key, british)
        }
        XCTAssertEqual(english.normalise(word: "compromise")?.key, "compromis", "a word that takes -ise alone keeps it")
        XCTAssertEqual(Normaliser(language: .french).normalise(word: "centre")?.key, "centr")
    }

    func testRussianWordsSharingOnlyAPrefixDoNotMatch() {
        let russian = Normaliser(language: .russian)
        let continued = russian.normalise(word: "продолжена")
        let lengthy = russian.normalise(word: "продолжительный")
        XCTAssertNotEqual(continued?.key, lengthy?.key)
        XCTAssertTrue(continued?.key2 == nil || continued?.key2 != lengthy?.key2, "\(String(describing: continued)) \(String(describing: lengthy))")
        XCTAssertEqual(russian.normalise(word: "терроризмом")?.key, russian.normalise(word: "терроризма")?.key)
    }

    /// A capitalised Russian name the stemmer would cut like a verb keeps its whole form
    /// ("Сирил", Cyril, is not "сир", Syria's stem), but a plural past-tense verb opening a
    /// sentence ("Решили", they decided) is no name: it matches the same verb mid-sentence.
    func testASentenceInitialPluralVerbMatchesItselfMidSentence() {
        let russian = Normaliser(language: .russian)
        func key(_ text: String) -> String? {
            Tokenizer.tokens(in: text).first.flatMap(russian.normalise)?.key
        }
        XCTAssertEqual(key("Решили"), key("решили"))
        XCTAssertNotEqual(key("Сирил"), key("Сирия"))
    }

    func testLanguageIdentification() {
        XCTAssertEqual(LanguageIdentifier.identify("Les présidents de la Russie et des États-Unis se sont mis d’accord sur des consultations."), .french)
        XCTAssertEqual(LanguageIdentifier.identify("The presidents of Russia and the United States agreed on consultations about their security."), .english)
        XCTAssertEqual(LanguageIdentifier.identify("Президенты России и США договорились о консультациях по вопросам безопасности, и это важно."), .russian)
        XCTAssertEqual(LanguageIdentifier.identify("Zelensky Biden Putin 2021"), .undetermined)
        XCTAssertEqual(LanguageIdentifier.identify("Bundeskanzler Olaf Scholz hat heute mit dem Präsidenten der Vereinigten Staaten telefoniert, und beide sprachen über die Lage in der Ukraine."), .german)
        // Short French keeps its language beside the decoys that share its small words.
        XCTAssertEqual(LanguageIdentifier.identify("La Russie porte la responsabilité de la guerre. La partie russe a souligné la nécessité de garanties."), .french)
        XCTAssertEqual(LanguageIdentifier.identify("Le président a parlé de la guerre en Ukraine."), .french)
        // Languages it does not read, whose small words French shares, are not French.
        XCTAssertEqual(LanguageIdentifier.identify("El presidente habló con el canciller sobre la guerra y los dos líderes acordaron mantener el contacto."), .spanish)
        XCTAssertEqual(LanguageIdentifier.identify("Il presidente ha parlato con il cancelliere della guerra e i due leader hanno concordato di restare in contatto."), .undetermined)
        XCTAssertEqual(LanguageIdentifier.identify("O presidente falou com o chanceler sobre a guerra e os dois líderes concordaram em manter o contato."), .undetermined)
    }

    /// Ukrainian and Belarusian share Russian's "в", "на", "не", "до", "за": a Kyiv analyst's
    /// Ukrainian readout was read as Russian, stemmed by Russian rules. Their own small words
    /// and letters make them undetermined; a Russian text naming Kyiv stays Russian.
    func testUkrainianAndBelarusianAreNotRussian() {
        XCTAssertEqual(LanguageIdentifier.identify("""
            Сторони обговорили ситуацію на фронті, зокрема в Харківській області, та потреби українських військ у \
            посиленні протиповітряної оборони. Президент наголосив, що Україна не погодиться на жодне заморожування війни.
            """), .undetermined)
        // Names and few small words: its letters tell it.
        XCTAssertEqual(LanguageIdentifier.identify("""
            Президент Володимир Зеленський прибув до Києва, а керівник Офісу Президента Андрій Єрмак провів зустріч у \
            Миколаєві. Прем’єр-міністр Денис Шмигаль доповів про ситуацію в Запоріжжі, Львові та на Київщині.
            """), .undetermined)
        XCTAssertEqual(LanguageIdentifier.identify("""
            Бакі абмеркавалі сітуацыю ў рэгіёне і супрацоўніцтва ў галіне энергетыкі. Прэзідэнт адзначыў, што гэта \
            пытанне таксама будзе разгледжана на сустрэчы.
            """), .undetermined)
        XCTAssertEqual(LanguageIdentifier.identify("""
            Президент России провел телефонный разговор с канцлером Германии. Стороны обсудили ситуацию вокруг Украины, \
            в том числе удары по Київ, как пишут в Україні, и вопросы энергетической безопасности.
            """), .russian)
    }

    /// La Moncloa's readouts are Spanish, and read so; Italian, Portuguese and Catalan, which
    /// share Spanish's small words ("de", "la", "que", "en", "con", "para"), are not: they stay
    /// undetermined rather than be stemmed by Spanish rules. (A Madrid analyst's Spanish side
    /// was undetermined: topics named "mantenido hoy", "ambos líderes", no stems.)
    func testSpanishIsReadAndItsNeighboursAreNot() {
        XCTAssertEqual(LanguageIdentifier.identify("""
            El presidente del Gobierno, Pedro Sánchez, ha mantenido hoy una conversación telefónica con el presidente de \
            Ucrania, Volodímir Zelenski. Ambos líderes han abordado la situación en el frente y las necesidades de la \
            defensa antiaérea ucraniana. Sánchez ha reiterado el compromiso de España con la soberanía y la integridad \
            territorial de Ucrania y ha trasladado que nuestro país aportará 1.000 millones de euros en ayuda militar este \
            año. Asimismo, han conversado sobre las sanciones a Rusia y la reconstrucción del país.
            """), .spanish)
        XCTAssertEqual(LanguageIdentifier.identify("La cumbre de la OTAN se celebrará en julio."), .spanish)
        XCTAssertEqual(LanguageIdentifier.identify("""
            Il presidente del Consiglio ha avuto oggi un colloquio telefonico con il presidente dell'Ucraina. I due leader \
            hanno discusso della situazione sul fronte e delle sanzioni contro la Russia, e si sono impegnati a restare in \
            stretto contatto per la ricostruzione del paese.
            """), .undetermined)
        XCTAssertEqual(LanguageIdentifier.identify("""
            O primeiro-ministro teve hoje uma conversa telefónica com o presidente da Ucrânia. Os dois líderes abordaram a \
            situação na frente de combate e as sanções contra a Rússia, e comprometeram-se a manter um contacto estreito \
            sobre a reconstrução do país.
            """), .undetermined)
        XCTAssertEqual(LanguageIdentifier.identify("""
            El president de la Generalitat ha mantingut avui una conversa telefònica amb el president d'Ucraïna. Tots dos \
            han parlat de la situació al front i de les sancions contra Rússia, i s'han compromès a mantenir el contacte \
            per a la reconstrucció del país.
            """), .undetermined)
        // French keeps its language beside Spanish, which shares "de", "la", "que", "en".
        XCTAssertEqual(LanguageIdentifier.identify("Le président a parlé de la guerre en Ukraine et des sanctions que la France soutient."), .french)
    }

    /// Spanish is stemmed and its small words dropped: "sanción" finds "sanciones"; "ambos",
    /// "hoy", "han" name no topic; "Estado" and "Estados Unidos" are words (Snowball's list
    /// has "estado", a form of "estar"), and so is "lesa" (crímenes de lesa humanidad), whose
    /// stem is the stopword "les".
    func testSpanishIsStemmedAndItsStopwordsDropped() {
        let spanish = Normaliser(language: .spanish)
        for word in ["ambos", "hoy", "han", "del", "los", "según", "además", "y"] {
            XCTAssertNil(spanish.normalise(word: word), word)
        }
        XCTAssertEqual(spanish.normalise(word: "sanción")?.key, spanish.normalise(word: "sanciones")?.key)
        XCTAssertEqual(spanish.normalise(word: "exportaciones")?.key, spanish.normalise(word: "exportación")?.key)
        XCTAssertEqual(spanish.normalise(word: "energética")?.key, spanish.normalise(word: "energético")?.key)
        for word in ["estado", "estados", "lesa"] { XCTAssertNotNil(spanish.normalise(word: word), word) }
    }

    /// German is stemmed and its small words dropped: "und", "hat", "heute" name no topic, and
    /// a noun's genitive is the noun.
    func testGermanIsStemmedAndItsStopwordsDropped() {
        let german = Normaliser(language: .german)
        for word in ["und", "hat", "heute", "sowie", "zudem", "der"] {
            XCTAssertNil(german.normalise(word: word), word)
        }
        XCTAssertEqual(german.normalise(word: "waffenstillstands")?.key, german.normalise(word: "waffenstillstand")?.key)
        XCTAssertEqual(german.normalise(word: "friedens")?.key, german.normalise(word: "frieden")?.key)
        // A stem that is a stopword's form is no stopword: "Sicherheit" stems to "sich".
        XCTAssertNotNil(german.normalise(word: "sicherheit"))
        XCTAssertNotNil(german.normalise(word: "wille"))
    }
}

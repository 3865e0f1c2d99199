/// Language identification by stopword ratio: the share of a text's words that are
/// stopwords of each language. Cheap, and accurate on anything longer than a headline.
/// It abstains (`.undetermined`) when the best ratio is under 0.10 or its margin over the
/// runner-up is under 0.05 (unless the two are French and Spanish and their letters and
/// endings tell them apart: `marks`), rather than stemming with the wrong language's rules.
public enum LanguageIdentifier {
    /// The commonest small words of languages the pipeline does not read, which share many
    /// with French or Spanish ("de", "la", "en", "que") or with Russian ("в", "на", "не",
    /// "до", "за", "по"): an Italian, Portuguese, Catalan, Ukrainian or Belarusian text wins
    /// on its own and is read as undetermined, not stemmed as French, Spanish or Russian.
    static let unreadLanguages: [UnreadLanguage] = [
        UnreadLanguage("it", "Italian", ["di", "da", "il", "gli", "del", "della", "dei", "delle", "alla", "ai", "che", "non", "anche", "più", "sono",
         "hanno", "questo", "questa", "nel", "nella", "sul", "sulla", "dal", "dalla", "per", "con", "tra", "una", "e",
         "è", "la", "le", "in", "a", "un", "ha", "si", "ma", "come"]),
        UnreadLanguage("pt", "Portuguese", ["o", "os", "do", "da", "dos", "das", "em", "um", "uma", "para", "com", "não", "no", "na", "nos", "nas",
         "por", "mais", "como", "mas", "foi", "ao", "ele", "tem", "à", "seu", "sua", "ou", "também", "pelo", "pela",
         "entre", "sem", "de", "a", "que", "e", "se", "é"]),
        // Catalan: its own small words ("i", "els", "amb", "per", "dels", "és", "va", "hi",
        // "seva", "aquest", "però", "perquè") beside those it shares with Spanish, which a
        // Spanish text matches on Spanish's list too: a Generalitat release read as Spanish
        // would be stemmed by Spanish rules.
        UnreadLanguage("ca", "Catalan", ["i", "el", "els", "la", "les", "de", "del", "dels", "a", "al", "als", "en", "amb", "per", "pel",
         "pels", "que", "un", "una", "uns", "unes", "és", "són", "va", "van", "ha", "han", "hi", "ho", "li", "seu", "seva",
         "seus", "seves", "aquest", "aquesta", "aquests", "aquestes", "també", "més", "però", "perquè", "com", "no", "sobre",
         "entre", "molt", "molts", "tot", "tots", "totes", "fins", "durant", "quan", "sense", "ja", "dues", "ens", "qui",
         "així", "altres", "mateix", "mateixa", "fer", "cap", "ni", "se", "o", "ella", "era", "he"]),
        // Ukrainian: its own small words ("та", "що", "це", "від", "він", "також", "між"),
        // and those it shares with Russian, which a Russian text matches on Russian's list too;
        // and any word with a letter Russian has not (і ї є ґ: "об’єкт" is read "об", "єкт").
        UnreadLanguage("uk", "Ukrainian", ["і", "й", "та", "що", "це", "цей", "ця", "ці", "цього", "цієї", "цих", "цим", "від", "він", "вона", "воно",
         "вони", "було", "був", "була", "були", "буде", "будуть", "бути", "є", "також", "теж", "між", "як", "який",
         "яка", "яке", "які", "якого", "якої", "яких", "яким", "якому", "якщо", "щодо", "щоб", "із", "зі", "з", "його",
         "її", "їх", "їхні", "їм", "нього", "неї", "них", "ним", "нею", "під", "після", "але", "або", "чи", "ще",
         "вже", "ні", "тому", "навіть", "саме", "всі", "усі", "всіх", "усіх", "лише", "тільки", "коли", "де", "ми",
         "себе", "свій", "своє", "своїх", "своєї", "свого", "свою", "свої", "проти", "понад", "зокрема", "би", "дуже",
         "в", "у", "не", "на", "до", "за", "по", "про", "а", "так", "при", "над", "перед", "через", "для", "там",
         "тут", "нас", "вас", "вам", "нам", "же", "ж"], letters: "іїєґ"),
        // Belarusian, and its letters Russian has not (і ў).
        UnreadLanguage("be", "Belarusian", ["і", "ў", "у", "на", "з", "да", "не", "што", "гэта", "як", "для", "па", "ад", "пра", "але", "таксама",
         "які", "якая", "якія", "яго", "яе", "іх", "ён", "яна", "яны", "быў", "была", "было", "былі", "будзе",
         "ёсць", "паміж", "пасля", "праз", "пры", "каля", "толькі", "ужо", "яшчэ", "калі", "дзе", "гэты", "гэтая",
         "гэтыя", "свой", "сваё", "сваіх", "ці", "ні", "бы", "ж", "жа", "а", "так", "таму", "над", "пад", "перад",
         "без", "мы", "вы", "нас", "вам", "нам", "ім", "ёй"], letters: "іў"),
    ]

    /// A language the pipeline does not read: its small words, and letters no language it
    /// reads has, which mark every word holding one as this language's (lower case: words
    /// are lower-cased). A Russian text quoting a Ukrainian name ("Київ", "в Україні") stays
    /// Russian: a name or two are a sliver of its words, its small words most of its share.
    struct UnreadLanguage {
        /// Its ISO 639-1 code and English name, for messages ("Ukrainian is not a lexicon language").
        let code: String
        let name: String
        let words: Set<String>
        let letters: Set<Unicode.Scalar>

        init(_ code: String, _ name: String, _ words: Set<String>, letters: String = "") {
            self.code = code
            self.name = name
            self.words = words
            self.letters = Set(letters.unicodeScalars)
        }

        func claims(_ word: String) -> Bool {
            words.contains(word) || (!letters.isEmpty && word.unicodeScalars.contains(where: letters.contains))
        }
    }

    /// What marks a word as French or as Spanish, languages whose commonest small words are
    /// the same: letters the other has not, and endings it seldom has (French "-é", "-ée",
    /// "-tion", "-ment", "-eau"; Spanish "-ción", "-dad", "-mente", "-ado", "-ido"). Read
    /// only where their small words tie.
    struct Marks {
        let letters: Set<Unicode.Scalar>
        let endings: [String]

        func isMarked(_ word: String) -> Bool {
            word.unicodeScalars.contains(where: letters.contains) || word.count > 3 && endings.contains(where: word.hasSuffix)
        }
    }

    static let marks: [Language: Marks] = [
        .french: Marks(letters: Set("èêàçœûùîïôëâ".unicodeScalars),
                       endings: ["é", "ée", "és", "ées", "tion", "tions", "ment", "ments", "eau", "eaux", "ité", "ités"]),
        .spanish: Marks(letters: Set("ñáíóú¿¡".unicodeScalars),
                        endings: ["ción", "ciones", "dad", "dades", "mente", "ado", "ados", "ada", "adas", "ido", "idos", "ida", "idas"]),
    ]

    /// The English name of a language told apart but not read ("uk": "Ukrainian"), or nil.
    public static func unreadLanguageName(code: String) -> String? {
        unreadLanguages.first { $0.code == code }?.name
    }

    public static func identify(words: some Sequence<String>) -> Language {
        let lists = Language.known.map { Stopwords.words(for: $0) }
        var counts = [Int](repeating: 0, count: lists.count + unreadLanguages.count)
        var marked: [Language: Int] = [:]
        var total = 0
        for word in words {
            total += 1
            for (index, list) in lists.enumerated() where list.contains(word) { counts[index] += 1 }
            for (index, unread) in unreadLanguages.enumerated() where unread.claims(word) { counts[lists.count + index] += 1 }
            for (language, mark) in marks where mark.isMarked(word) { marked[language, default: 0] += 1 }
        }
        guard total > 0 else { return .undetermined }
        let ratios = counts.map { Double($0) / Double(total) }
        let known = ratios.prefix(Language.known.count)
        var ranked = known.enumerated().sorted { $0.element > $1.element }
        let margin = ranked[0].element - (ranked.count > 1 ? ranked[1].element : 0)
        guard ranked[0].element >= 0.10 else { return .undetermined }
        if margin < 0.05 {
            // Too close to call on small words alone: French and Spanish share "la", "de", "en",
            // "que", "a", "se", and a short text may hold no other. Their letters and endings
            // tell them apart ("souligné", "nécessité"; "celebrará", "sanción").
            let (first, second) = (Language.known[ranked[0].offset], Language.known[ranked[1].offset])
            guard marks[first] != nil, marks[second] != nil else { return .undetermined }
            let (a, b) = (marked[first, default: 0], marked[second, default: 0])
            guard a != b else { return .undetermined }
            if b > a { ranked.swapAt(0, 1) }
        }
        let best = ranked[0]
        // The second of a tie decided by letters still needs the floor.
        guard best.element >= 0.10 else { return .undetermined }
        // A language it does not read wins clearly: not one it reads (a short French or
        // Spanish text shares "de", "la", "que", "en" with Italian, Portuguese and Catalan; it
        // keeps its language unless one of those beats it).
        if let decoy = ratios.dropFirst(Language.known.count).max(), decoy >= best.element + 0.05 { return .undetermined }
        return Language.known[best.offset]
    }

    /// The language of a text, judged on at most its first `limit` words.
    public static func identify(_ text: String, limit: Int = 5000) -> Language {
        identify(words: Tokenizer.tokens(in: text).lazy.filter { $0.kind == .word }.prefix(limit).map(\.text))
    }
}

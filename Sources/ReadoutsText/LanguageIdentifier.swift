/// Language identification by stopword ratio: the share of a text's words that are
/// stopwords of each language. Cheap, and accurate on anything longer than a headline.
/// It abstains (`.undetermined`) when the best ratio is under 0.10 or its margin over the
/// runner-up is under 0.05, rather than stemming with the wrong language's rules.
public enum LanguageIdentifier {
    /// The commonest small words of languages the pipeline does not read, which share many
    /// with French ("de", "la", "en", "que") or with Russian ("в", "на", "не", "до", "за",
    /// "по"): a Spanish, Italian, Portuguese, Ukrainian or Belarusian text wins on its own
    /// and is read as undetermined, not stemmed as French or Russian.
    static let unreadLanguages: [UnreadLanguage] = [
        UnreadLanguage("es", "Spanish", ["el", "los", "las", "del", "y", "con", "por", "para", "sobre", "también", "una", "como", "su", "sus", "al",
         "lo", "más", "pero", "este", "esta", "entre", "muy", "sin", "hasta", "desde", "durante", "todos", "ante",
         "ellos", "de", "la", "que", "en", "a", "se", "un", "no", "es", "fue", "han", "ha"]),
        UnreadLanguage("it", "Italian", ["di", "da", "il", "gli", "del", "della", "dei", "delle", "alla", "ai", "che", "non", "anche", "più", "sono",
         "hanno", "questo", "questa", "nel", "nella", "sul", "sulla", "dal", "dalla", "per", "con", "tra", "una", "e",
         "è", "la", "le", "in", "a", "un", "ha", "si", "ma", "come"]),
        UnreadLanguage("pt", "Portuguese", ["o", "os", "do", "da", "dos", "das", "em", "um", "uma", "para", "com", "não", "no", "na", "nos", "nas",
         "por", "mais", "como", "mas", "foi", "ao", "ele", "tem", "à", "seu", "sua", "ou", "também", "pelo", "pela",
         "entre", "sem", "de", "a", "que", "e", "se", "é"]),
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

    /// The English name of a language told apart but not read ("uk": "Ukrainian"), or nil.
    public static func unreadLanguageName(code: String) -> String? {
        unreadLanguages.first { $0.code == code }?.name
    }

    public static func identify(words: some Sequence<String>) -> Language {
        let lists = Language.known.map { Stopwords.words(for: $0) }
        var counts = [Int](repeating: 0, count: lists.count + unreadLanguages.count)
        var total = 0
        for word in words {
            total += 1
            for (index, list) in lists.enumerated() where list.contains(word) { counts[index] += 1 }
            for (index, unread) in unreadLanguages.enumerated() where unread.claims(word) { counts[lists.count + index] += 1 }
        }
        guard total > 0 else { return .undetermined }
        let ratios = counts.map { Double($0) / Double(total) }
        let known = ratios.prefix(Language.known.count)
        let ranked = known.enumerated().sorted { $0.element > $1.element }
        let best = ranked[0]
        let margin = best.element - (ranked.count > 1 ? ranked[1].element : 0)
        guard best.element >= 0.10, margin >= 0.05 else { return .undetermined }
        // A language it does not read wins clearly: not one it reads (a short French text
        // shares "de", "la", "que", "en" with Spanish; it keeps French unless Spanish beats it).
        if let decoy = ratios.dropFirst(Language.known.count).max(), decoy >= best.element + 0.05 { return .undetermined }
        return Language.known[best.offset]
    }

    /// The language of a text, judged on at most its first `limit` words.
    public static func identify(_ text: String, limit: Int = 5000) -> Language {
        identify(words: Tokenizer.tokens(in: text).lazy.filter { $0.kind == .word }.prefix(limit).map(\.text))
    }
}

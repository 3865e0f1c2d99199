import ReadoutsText

/// Words a topic's name never rests on: generic verbs, adjectives and adverbs that two
/// sentences share without sharing a subject ("sure", "know", "new", "nouveau", "continuer").
/// The stopwords (`Stopwords`, dropped before any of this) and the reporting verbs
/// (`ReadoutVocabulary.reportingVerbs`) are never names either and are not repeated here.
/// Written as surface words and normalised like the text, so every inflection the stemmer
/// folds together is covered.
public enum LabelStopwords {
    static let words: [Language: [String]] = [
        .english: ["sure", "know", "known", "new", "take", "taken", "took", "good", "great", "way", "time", "times", "like", "want", "need", "needs", "going", "get", "got", "today",
                   "yesterday", "tomorrow", "week", "day", "days", "first", "last", "next", "others", "certain", "several", "various", "include", "continue", "continued", "continuing", "ensure",
                   "ensuring", "look", "forward", "close", "closely", "strong", "strongly", "full", "fully", "able",
                   "thing", "things", "ways", "part", "number", "range", "wide", "broad", "recent",
                   "recently", "current", "currently", "together", "possible", "keep",
                   "use", "used", "come", "give", "given", "see", "seen", "think", "thought", "believe", "hope", "looked",
                   "ask", "asked", "thank", "thanked", "thanks", "congratulate", "congratulated",
                   "committed", "shared", "share", "regard",
                   "regarding", "matter", "matters", "area", "areas", "field", "fields", "level",
                   "levels", "point", "points", "term", "terms", "opportunity", "opportunities", "year", "years", "month",
                   "months", "morning", "evening", "afternoon", "tonight", "ago", "ahead", "real", "really", "key", "major", "significant", "particular", "particularly", "specific",
                   "met", "meet", "meets", "held", "hold", "holds", "talked", "rt", "hon", "honourable",
                   // How the talk went, not what about ("The conversation … was substantive" named a
                   // topic "substantive" in a new user's trial).
                   "substantive", "constructive", "productive", "businesslike", "candid", "cordial", "fruitful",
                   // Generic verbs of diplomacy: what was done, not what about.
                   "promote", "promoting", "strengthen", "strengthening", "enhance", "enhancing", "improve", "improving",
                   "increase", "increasing", "boost", "advance", "advancing", "deepen", "deepening", "expand", "expanding",
                   "build", "building", "maintain", "maintaining", "achieve", "reach", "provide", "providing", "offer",
                   "bring", "help", "seek", "pursue", "remain", "become", "follow", "consider", "focus", "respond",
                   "reflect", "reflected", "recognise", "recognize", "acknowledge", "confirm", "confirmed", "commend",
                   "aim", "intend", "encourage", "urge", "urged", "invite", "establish", "update", "updated",
                   "january", "february", "march", "april", "june", "july", "august", "september", "october",
                   "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                   "minutes", "hour", "hours", "attend", "attended", "attending", "one", "two", "three", "four", "five",
                   "six", "seven", "eight", "nine", "ten", "phone", "telephone", "conversation", "occasion",
                   "almost", "nearly", "already",
                   // How, not what: "would be far better spent", "sending the wrong signals",
                   // "ordnance left from the war" named an analyst's topics "far better",
                   // "sending wrong" and "ordnance left".
                   "better", "worse", "wrong", "left", "send", "sends", "sending", "sent",
                   // Adverbs and particles of a clause, not its subject: a researcher's topics
                   // were named "always find" ("it will always find China's door open"),
                   // "back onto" and "sound" ("in a stable, sound and sustainable way").
                   "always", "find", "finds", "back", "onto", "sound",
                   // Superlatives of manner: "condemned the attacks in the strongest terms" is no
                   // subject (a journalist's one-sided topic was named "strongest").
                   "strongest", "greatest", "highest", "deepest", "utmost", "fullest",
                   // Prepositions and adverbs Snowball's list lacks: a label never starts or
                   // ends with one ("since Kishida", "Northern Territories issue rather").
                   "since", "rather", "despite", "however", "instead", "whether", "amid", "among", "within",
                   "without", "towards", "toward", "across", "via", "worth", "ever", "even", "likely",
                   // "As a whole", "the pair" (the two leaders); generic verbs.
                   "whole", "entire", "pair", "put", "puts", "putting", "let", "make", "makes", "made", "making", "did", "done", "doing",
                   // "for approximately 20 minutes": how long, not what about; "an hour and a
                   // half", "on late shifts": a new user's topics were named "half" and "safety
                   // on late". (Not "place": "we place great value on…" then named a topic
                   // "value" instead of "place great value".)
                   "approximately", "roughly", "half", "late",
                   // A word that says a subject weighs, not which: a diplomat's one-sided topic
                   // was named "fundamental approaches" (of the Russian draft treaties). (Not
                   // "global", "approach" nor "challenges": "global economy", "science-led
                   // approach" name their subject, and "challenges" of opening lines "on
                   // bilateral, regional and global challenges" left them named "partnership"
                   // rather than "who spoke with whom".)
                   "fundamental", "fundamentally",
                   // Amounts: "cost two hundred", "period of fewer" name nothing; the noun
                   // counted may ("hundred dollars" is read from "dollars").
                   "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                   "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "fewer", "less", "least",
                   // Particles of foreign names: inside a name only ("Rio de Janeiro", "von der
                   // Leyen"), never at a label's edge ("Rio de").
                   "de", "da", "del", "della", "di", "du", "des", "la", "le", "van", "von", "der", "den",
                   // Pronouns and a verb of no subject (a translator's topics "anything", "write").
                   "anything", "something", "everything", "write", "writes", "wrote",
                   // A press conference's exchanges: a fact-checker's transcript named topics
                   // "Yes", "question" and "hard".
                   "yes", "okay", "question", "questions", "answer", "hard", "lot", "lots", "sir", "please"],
        .french: ["presque", "déjà", "nouveau", "nouvelle", "nouveaux", "nouvelles", "bon", "bonne", "grand", "grande", "grands", "grandes",
                  "substantiel", "substantielle", "constructif", "constructive", "productif", "productive", "fructueux", "fructueuse", "cordial", "cordiale",
                  "savoir", "sait", "faits", "continuer", "poursuivre", "assurer", "aujourd'hui", "hier",
                  "demain", "semaine", "jour", "jours", "premier", "première", "dernier", "dernière", "prochain",
                  "prochaine", "mêmes", "certain", "certains", "divers", "compris", "ensemble", "possible", "importante", "plein",
                  "pleinement", "fort", "forte", "étroit", "étroite", "étroitement", "chose", "choses", "façon", "manière",
                  "partie", "nombre", "série", "large", "récent", "récemment", "actuel", "actuelle", "actuellement",
                  "point", "points", "domaine",
                  "domaines", "niveau", "niveaux", "terme", "termes", "occasion", "année", "années", "an", "ans", "mois",
                  "matin", "soir", "vue", "vues", "sujet", "sujets", "cadre", "vrai",
                  "particulier", "particulièrement", "remercier", "remercié", "féliciter", "félicité", 
                  "engagé", "partager", "partagé", "espérer", "souhaiter", "souhaité", "voir", "vu", "pouvoir", "vouloir",
                  "devoir", "falloir", "aller", "venir", "tenir", "mettre", "prendre", "rester", "permettre", "besoin",
                  "faveur", "égard", "mme",
                  // Modal and common verbs as conjugated ("je veux", "vive la France", "il faut").
                  "veux", "voulons", "voulez", "vive", "vivent", "dois", "doit", "devons", "devez", "doivent", "peux", "peut",
                  "pouvons", "pouvez", "peuvent", "faut", "sais", "crois", "pense", "dis", "fais", "faisons", "seul", "seule", "seuls", "seules",
                  // Verbes génériques de la diplomatie.
                  "promouvoir", "renforcer", "renforcé", "améliorer", "développer", "approfondir", "accroître",
                  "maintenir", "atteindre", "fournir", "apporter", "aider", "chercher", "devenir", "suivre", "considérer",
                  "entretenir", "entretenu", "saluer", "salué", "réaffirmer", "réaffirmé", "encourager", "inviter",
                  "invité", "établir", "viser", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre", "minutes", "heure", "heures", "participer", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                  "téléphone", "téléphonique", "conversation", "veut", "veulent", "auprès",
                  // What was said of a subject, not the subject ("accueillent favorablement",
                  // "au chapitre de", "soutenir des milliers d'emplois", "entretiennent").
                  "accueillir", "accueillent", "accueille", "favorablement", "chapitre", "soutenir", "soutient",
                  "entretiennent", "permettra", "permettront",
                  // "une heure et demie", "aura lieu", "tard".
                  "demie", "moitié", "lieu", "tard",
                  "début", "alors", "ailleurs", "pourtant", "toutefois", "cependant", "désormais", "encore",
                  "témoigne", "témoignent", "témoigner", "montre", "montrent",
                  "dizaine", "quinzaine", "vingtaine", "trentaine", "centaine",
                  "onze", "douze", "vingt", "trente", "quarante", "cinquante", "soixante", "cent", "cents", "mille",
                  // "situation autour de", "liés à": how, not what.
                  "autour", "lié", "liée", "liés", "liées", "décider", "décidé",
                  // "Un peu moins de trois ans après…": how much, not what (a journalist's
                  // first-call topic was named "moins"); "être" as Snowball's list lacks it.
                  "moins", "peu", "être"],
        .russian: ["почти", "уже", "новый", "новая", "новые", "хороший", "большой", "знать", "сделать", "делать", "сегодня",
                   "вчера", "неделя", "день", "дни", "первый", "последний", "следующий", "другие", "несколько", "различные", "включая", "продолжить", "продолжать", "обеспечить", "вопрос",
                   "ряд", "часть", "число", "уровень", "год", "года", "лет", "месяц", "укреплять", "укрепить",
                   "развивать", "развитие", "информировал", "провели", "провел", "две", "двух", "трёх",
                   // How a call went, not what about: "Телефонный разговор проведён… около
                   // полутора часов" was a one-sided passage named "проведён" (a diplomat's trial).
                   "проведён", "проведен", "проведена", "проведено", "состоялся", "состоялась", "состоялось",
                   "продолжался", "продолжалась", "час", "часа", "часов", "минут", "полутора",
                   "важный", "особо", "очень", "тема", "темы", "рамках", "время", "телефонный", "разговор",
                   // Dates: "30 декабря", "в начале декабря" say when, not what about. (Not
                   // "среда", Wednesday: it is also the environment, "окружающая среда".)
                   "январь", "января", "февраль", "февраля", "март", "марта", "апрель", "апреля", "май", "мая",
                   "июнь", "июня", "июль", "июля", "август", "августа", "сентябрь", "сентября", "октябрь", "октября",
                   "ноябрь", "ноября", "декабрь", "декабря", "понедельник", "вторник", "четверг",
                   "пятница", "пятницу", "суббота", "субботу", "воскресенье", "начале", "конце", "середине", "неделе",
                   // Adverbs and "moment": when, not what about ("ранее", "в данный момент"). Not
                   // "данный", whose stem is "данные" (data), nor "hommes" (droits de l'homme),
                   // "raison" (raisonnable), "словам" (слово): every form of a stem is stopped.
                   "ранее", "сейчас", "вновь", "однако", "момент", "примерно", "около", "отдельно",
                   // "в качестве" (as) and "цель" (an aim): how it is framed, not what about. A
                   // diplomat's Kremlin "…в качестве жеста доброй воли будут переданы 23
                   // тяжелораненых…" was named "качество жеста" ("the quality of a gesture"),
                   // and "…достижению благородной цели прекращения боевых действий…" "благородной цели".
                   "качестве", "качество", "цель", "цели", "целях",
                   // "около трёх часов": how long, not what about.
                   "час", "часа", "часов", "минута", "минуты", "минут",
                   // "Каждый человек имеет право…": who and "has", not what (a translator's
                   // Declaration was named "каждый человек имеет", "люди имеют").
                   "имеет", "имеют", "иметь", "каждый", "каждого", "каждому", "каждым"],
        // German: when, how much and how, not what about ("hat heute", "weiteren", "zudem").
        .german: ["heute", "gestern", "morgen", "neu", "neue", "neuen", "gut", "groß", "großen", "weitere", "weiteren",
                  "erste", "ersten", "letzte", "letzten", "nächste", "nächsten", "verschiedene", "mehrere", "einschließlich",
                  "fortsetzen", "fortzusetzen", "weiterhin", "sicherstellen", "stärken", "vertiefen", "ausbauen", "fördern",
                  "verbessern", "bleiben", "bleibt", "woche", "tag", "tage", "jahr", "jahre", "jahren", "monat", "monate",
                  "minuten", "stunde", "stunden", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                  "september", "oktober", "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag",
                  "freitag", "samstag", "sonntag", "zwei", "drei", "vier", "fünf", "sechs", "zehn", "hundert", "tausend",
                  "etwa", "rund", "ungefähr", "halb", "hälfte", "bereit", "möglich", "besonders", "bereich", "bereiche",
                  "bereichen", "thema", "themen", "rahmen", "gelegenheit", "zeit", "aktuell", "aktuellen", "eng", "enge",
                  "engen", "voll", "klar", "deutlich", "kurz", "lang", "lange", "seien", "gab", "gibt", "geben",
                  "lassen", "ließ", "kommen", "kam", "stehen", "stand", "standen", "dank", "dankte", "gratulierte",
                  // Generic verbs of diplomacy, as English "urged": what was done, not what about.
                  "fordern", "forderte", "forderten", "aufforderte", "drängen", "drängte", "drängten", "rief", "riefen",
                  "appellierte", "bat", "baten", "verurteilte", "verurteilten", "warb", "warben", "wies", "wiesen"],
        // Spanish: when, how much and how, not what about ("mantenido hoy", "ambos líderes").
        .spanish: ["nuevo", "nueva", "nuevos", "nuevas", "bueno", "buena", "gran", "grande", "grandes", "primero", "primeros",
                   "último", "última", "últimos", "próximo", "próxima", "próximos", "próximas", "diversos", "diversas",
                   "distintos", "diferentes", "continuar", "seguir", "sigue", "siguen", "seguirán", "garantizar", "reforzar",
                   "fortalecer", "profundizar", "impulsar", "mejorar", "avanzar", "ampliar", "promover", "permanecer",
                   "mañana", "tarde", "semana", "semanas", "año", "años", "mes", "meses", "minutos", "hora", "horas",
                   "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                   "noviembre", "diciembre", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
                   "dos", "tres", "cuatro", "cinco", "seis", "diez", "cien", "mil", "aproximadamente", "casi", "unos",
                   "posible", "especialmente", "particularmente", "ámbito", "ámbitos", "marco", "ocasión", "oportunidad",
                   "momento", "actual", "actualmente", "estrecho", "estrecha", "pleno", "plena", "claro", "claramente",
                   "ya", "hecho", "hace", "hacer", "hizo", "dar", "dio", "poder", "puede", "pueden", "podría", "deben",
                   "debe", "quedar", "quedó", "agradecer", "agradeció", "felicitar", "felicitó", "felicitaron",
                   "gracias", "pidió", "pidieron", "instó", "instaron", "condenó", "condenaron", "llamó", "exhortó",
                   "reafirmó", "reafirmaron", "confirmó", "confirmaron", "celebró", "celebraron", "sostuvo",
                   "sostuvieron", "vez", "veces", "forma", "manera", "modo"],
    ]
}

extension LabelStopwords {
    /// Words that name nothing alone, as written, where their stem's other forms name
    /// subjects and cannot be listed above (every form of a stem is stopped there): "les deux
    /// hommes" (the two leaders) but "droits de l'homme"; "по словам" but "слово"; "в данный
    /// момент" but "персональные данные"; "со ссылкой на" (citing) but "ссылка" (a link, exile).
    static let loneWords: [Language: Set<String>] = [
        .english: ["set"],
        .french: ["hommes", "raison"],
        .russian: ["словам", "данный", "данном", "именно", "ссылкой"],
    ]

    /// True for a label a reader learns nothing from: no letter at all (a bare number), or
    /// only stopwords, reporting verbs and the words above ("sure", "de", "2021", "a souligné").
    /// The name of opening lines, "who spoke with whom" (`TopicNaming.participantsLabel`),
    /// is made of such words and says what they hold.
    public static func isUninformative(_ label: String, language: Language) -> Bool {
        guard label.contains(where: \.isLetter) else { return true }
        if label == TopicNaming.participantsLabel(language) { return false }
        let normaliser = Normaliser(language: language)
        var empty = Set<String>()
        for word in (words[language] ?? []) + (ReadoutVocabulary.reportingVerbs[language] ?? []) {
            if let key = normaliser.normalise(word: word.lowercased())?.key { empty.insert(key) }
        }
        let tokens = Tokenizer.tokens(in: label).filter { $0.kind != .compound }
        // A letter alone says nothing either: a law's "Buchstabe c … Nummer 7" named a topic
        // "c 7" (a letter of an alphabet with words of one letter only; not a CJK character).
        return tokens.allSatisfy { token in
            guard token.kind == .word, let word = normaliser.normalise(token) else { return true }
            return empty.contains(word.key) || word.key.count == 1 && word.key.unicodeScalars.allSatisfy { $0.value < 0x0530 }
                || isOrdinal(word.key)
        }
    }

    /// An ordinal written with digits ("1er", "2e", "3rd", "21st", "5-й"): a date's day
    /// ("1er juillet 2025") named a topic "1er".
    static func isOrdinal(_ word: String) -> Bool {
        guard let first = word.first, first.isNumber else { return false }
        let suffix = word.drop { $0.isNumber }.drop { $0 == "-" }
        return ["er", "re", "e", "ème", "eme", "st", "nd", "rd", "th", "º", "ª", "й", "го", "ый", "ий", "ая", "te", "ten", "ter"].contains(String(suffix))
    }
}

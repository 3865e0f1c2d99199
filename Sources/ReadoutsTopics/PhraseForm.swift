import ReadoutsText

/// Whether a phrase reads as a noun phrase, judged from its words where a language's endings
/// tell: an English phrase should not end in an adjective or a verb form ("strengthen
/// bilateral", "increasing global"), a nationality included ("solidarity with the Russian"),
/// nor start with a past form or an adverb ("reflected on", "closely"), nor read as a clause
/// ("switch caused fury", `readsAsClause`); a Russian one should not have a verb at either
/// edge ("поздравили", "обсуждены") nor end in an adjective; a French one should not have a
/// finite verb of the future, the conditional or the imperfect at an edge ("effectuera au
/// Canada"), nor end in an infinitive ("détermination à soutenir") or start with one
/// ("servir de modèle"); a Spanish one should not have a finite verb or a gerund at an edge
/// ("abordaron hoy"), nor open or end with an infinitive ("seguir de cerca"). Without a
/// part-of-speech tagger this is a hint, so it only lowers a phrase's score (a verb more than a modifier): a topic with no better candidate keeps it.
/// Names are judged apart: a nationality, a name's Russian adjective in -ской.
enum PhraseForm {
    static let penalty: Float = 0.5
    /// A verb makes a clause of a phrase ("switch caused fury", "Моди общались"): a reader
    /// takes it for a fragment, never a name. Lower than `penalty`, which also marks modifiers.
    static let verbPenalty: Float = 0.25

    /// English irregular past forms that a phrase of a readout seldom holds as anything else
    /// ("sought refuge", "paid tribute"). Those of `LabelStopwords` ("held", "met", "took")
    /// are never in one.
    static let englishIrregularPasts: Set<String> = [
        "sought", "paid", "told", "brought", "caught", "taught", "kept", "sent", "spent", "meant", "stood",
        "understood", "began", "chose", "drew", "grew", "knew", "wrote", "struck", "sold", "bought",
        "fought", "gave", "came", "went", "became", "driven",
    ]

    /// English nouns with an adjective's or a participle's ending.
    static let englishNouns: Set<String> = [
        "initiative", "initiatives", "objective", "objectives", "representative", "representatives", "executive",
        "alternative", "directive", "incentive", "incentives", "offensive", "perspective", "archive", "proposal",
        "proposals", "deal", "goal", "goals", "trial", "trials", "council", "republic", "public", "potential", "official",
        "officials", "withdrawal", "renewal", "arrival", "approval", "signal", "capital", "tribunal", "festival",
        "arsenal", "material", "materials", "criminal", "criminals", "principal", "general", "rival", "rivals",
        "survival", "disposal", "meeting", "meetings", "building", "funding", "training", "bombing", "bombings",
        "understanding", "spending", "shipping", "hearing", "briefing", "financing", "warning", "warnings",
        "gathering", "opening", "ceiling", "offering", "planning", "peacekeeping", "policing", "trafficking",
        "clinic", "topic", "traffic", "logic", "music", "panic", "mechanic", "graphic", "need", "speed", "hundred",
        "clinical", "journal", "animal", "hospital", "interval", "ritual", "canal", "total", "terminal", "referral",
        "ballistic", "nuclear", "civil", "ceasefire", "detective", "motive", "explosive", "explosives", "native",
        "relative", "relatives", "collective", "derivative", "seed", "bed", "red", "lead", "aid",
        // Nouns in -ly, no adverbs: "supply chains", "family reunification", "assembly elections".
        "supply", "family", "assembly", "ally", "rally", "anomaly", "monopoly", "reply", "july", "italy",
    ]

    /// Nouns of a stance, which frame what a sentence is about rather than name it: "exchanged
    /// assessments of bilateral relations", "the importance of…", "готовность к…": the
    /// phrase that follows names the subject. Russian ones by their stems' start (every case).
    static let stanceNouns: [Language: Set<String>] = [
        .english: ["belief", "beliefs", "conviction", "convictions", "gratitude", "appreciation", "satisfaction",
                   "intention", "intentions", "willingness", "readiness", "determination", "desire", "wish", "wishes",
                   "importance", "view", "views", "assessment", "assessments"],
        .french: ["conviction", "gratitude", "satisfaction", "intention", "intentions", "volonté", "détermination",
                  "souhait", "espoir", "importance", "disponibilité", "attachement", "appréciation"],
        .spanish: ["convicción", "gratitud", "agradecimiento", "satisfacción", "intención", "intenciones", "voluntad",
                   "determinación", "deseo", "esperanza", "disposición", "compromiso", "valoración"],
    ]
    static let russianStanceStems = ["уверенност", "удовлетворени", "благодарност", "признательност", "намерени",
                                     "готовност", "важност", "заинтересованност", "надежд", "стремлени", "решимост"]

    /// Adjectives in -ly, no adverbs: a phrase may open with one ("early visit", "friendly
    /// relations"; a one-sided passage was named "visit" and its neighbour "PM Modi").
    static let englishAdjectivesInLy: Set<String> = [
        "early", "friendly", "daily", "weekly", "monthly", "quarterly", "yearly", "timely", "elderly", "costly",
        "orderly", "deadly", "lively", "holy", "unfriendly", "neighbourly", "neighborly",
    ]

    /// Whether a word, lower-case, is a noun of a stance in `language` (`stanceNouns`).
    static func isStanceNoun(_ word: String, language: Language) -> Bool {
        if language == .russian { return russianStanceStems.contains { word.hasPrefix($0) } }
        return stanceNouns[language]?.contains(word) ?? false
    }

    /// Whether the edge words of phrases in `language` are judged at all.
    static func judges(_ language: Language) -> Bool { language != .undetermined }

    static func factor(first: String, last: String, firstIsName: Bool, lastIsName: Bool, language: Language) -> Float {
        var factor: Float = 1
        switch language {
        case .english:
            if lastIsName ? isEnglishNationality(last)
                : englishAdjectives.contains(last) || englishAdverbs.contains(last)
                    || !englishNouns.contains(last) && endsLikeEnglishModifier(last) {
                factor *= penalty
            }
            // A compound in -ed is an adjective ("science-led approach", "state-owned firms").
            if first != last, !firstIsName, !englishNouns.contains(first), !first.contains("-"),
                (first.hasSuffix("ed") && !first.hasSuffix("eed")) || first.hasSuffix("ly") && !englishAdjectivesInLy.contains(first) {
                factor *= penalty
            }
        case .russian:
            // A name is no verb ("Михаил", "Гойял").
            if !firstIsName && looksLikeRussianVerb(first) || (first != last && !lastIsName && looksLikeRussianVerb(last)) {
                factor *= verbPenalty
            }
            // A noun phrase ends in a noun or its complement, not in an adjective ("23-м ежегодном").
            // A name's adjective in -ской too ("по линии Шанхайской организации" is cut), not a
            // name that declines like one ("Казахстаном", "Зеленского"). Alone, an adjective
            // names nothing ("крепкими"): the phrase it is part of may.
            if lastIsName ? last.hasSuffix("ской") || last.hasSuffix("цкой") : looksLikeRussianAdjective(last) { factor *= penalty }
        case .french:
            // A name is no verb ("Kim Jong-il").
            if !firstIsName && looksLikeFrenchFiniteVerb(first) || (first != last && !lastIsName && looksLikeFrenchFiniteVerb(last)) {
                factor *= verbPenalty
            }
            // A phrase that stops at an infinitive ("détermination à soutenir", "décidé de
            // coordonner") is a clause cut before its object, not a name.
            if first != last, !lastIsName, looksLikeFrenchInfinitive(last) { factor *= penalty }
            // One that opens with an infinitive is a verb and its object ("servir de modèle").
            if first != last, !firstIsName, looksLikeFrenchInfinitive(first) { factor *= verbPenalty }
        case .spanish:
            // A noun phrase is a noun and its adjective or its complement ("seguridad energética",
            // "exportaciones de cereales"): a verb at either edge makes a clause ("abordaron hoy",
            // "reforzará la cooperación"); an infinitive ends or opens one ("decidieron
            // coordinar", "seguir de cerca").
            if !firstIsName && looksLikeSpanishFiniteVerb(first) || (first != last && !lastIsName && looksLikeSpanishFiniteVerb(last)) {
                factor *= verbPenalty
            }
            if first != last, !lastIsName, looksLikeSpanishInfinitive(last) { factor *= penalty }
            if first != last, !firstIsName, looksLikeSpanishInfinitive(first) { factor *= verbPenalty }
        case .german, .undetermined:
            // German nouns are written with a capital: `endsLikeGermanNoun` reads the text.
            break
        }
        // Opening a phrase that goes on, a stance frames its complement, the subject: "assessments
        // of bilateral relations", "volonté de coopérer". (One that ends a phrase, "firm
        // belief", or stands alone has, on dev/, no better phrase beside it: "firm", "attaches".)
        if first != last, !firstIsName, isStanceNoun(first, language: language) { factor *= penalty }
        return factor
    }

    /// Spanish finite verbs by their endings: the preterite ("abordó", "conversaron",
    /// "coincidieron"), the imperfect's plural ("mantenían", "destacaban"), the future
    /// ("reforzará", "celebrarán") and the gerund ("destacando", "subrayando"; not
    /// "contrabando", "comando"). A noun seldom ends so; a name is judged apart.
    /// How a French or Spanish phrase is read as a clause (`TopicNamer`): its first word a
    /// participle after an auxiliary, or a finite verb inside it.
    static let romanceVerbReadings: [Language: (opensWithParticiple: @Sendable (String, ArraySlice<String>) -> Bool,
                                                looksLikeFiniteVerb: @Sendable (String) -> Bool)] = [
        .french: (opensWithFrenchParticiple(_:after:), looksLikeFrenchFiniteVerb),
        .spanish: (opensWithSpanishParticiple(_:after:), looksLikeSpanishFiniteVerb),
    ]

    static func looksLikeSpanishFiniteVerb(_ word: String) -> Bool {
        guard word.count >= 4, !word.contains("-") else { return false }
        if word.hasSuffix("ó"), !spanishWordsInO.contains(word) { return true }
        if word.count >= 6, ["aron", "ieron", "aban", "ían", "ará", "erá", "irá", "arán", "erán", "irán"].contains(where: word.hasSuffix) {
            return true
        }
        return word.count >= 7 && (word.hasSuffix("ando") || word.hasSuffix("iendo")) && !spanishWordsInAndo.contains(word)
    }

    /// Spanish words of four letters or more in -ó that are no verbs.
    static let spanishWordsInO: Set<String> = ["buró", "dominó"]
    /// Spanish nouns in -ando, -iendo.
    static let spanishWordsInAndo: Set<String> = ["contrabando", "comando"]

    /// "-ar", "-er" and "-ir" endings of a word of five letters or more ("coordinar",
    /// "reforzar", "seguir"), not the nouns and adjectives that end alike ("militar",
    /// "nuclear", "lugar", "poder", "líder", "porvenir").
    static func looksLikeSpanishInfinitive(_ word: String) -> Bool {
        word.count >= 5 && (word.hasSuffix("ar") || word.hasSuffix("er") || word.hasSuffix("ir")) && !spanishNouns.contains(word)
    }

    /// Spanish nouns and adjectives ending like an infinitive.
    static let spanishNouns: Set<String> = [
        "militar", "nuclear", "familiar", "particular", "popular", "similar", "regular", "lugar", "hogar", "titular",
        "bienestar", "escolar", "solar", "polar", "singular", "circular", "consular", "peninsular", "insular", "secular",
        "ejemplar", "preliminar", "auxiliar", "pilar", "altar", "radar", "dólar", "azúcar", "millar", "molecular",
        "vehicular", "celular", "exterior", "poder", "mujer", "placer", "carácter", "líder", "alquiler", "taller",
        "cáncer", "máster", "porvenir", "elixir", "mártir", "deber", "amanecer", "atardecer", "parecer", "haber",
        "quehacer", "menester",
    ]

    /// The Spanish auxiliaries a participle follows: "han mantenido", "ha sido condenado",
    /// "fueron liberados", "quedó acordado".
    static let spanishAuxiliaries: Set<String> = [
        "ha", "han", "he", "hemos", "había", "habían", "habrá", "habrán", "haber", "habría", "habrían", "hayan", "haya",
        "es", "son", "fue", "fueron", "será", "serán", "sido", "sería", "serían", "está", "están", "estaba", "estaban",
        "quedó", "quedaron", "queda", "quedan",
    ]

    /// Words that stand between an auxiliary and its participle ("no han abordado", "han
    /// mantenido hoy", "ha sido también destacado").
    static let spanishAdverbs: Set<String> = [
        "no", "ya", "también", "hoy", "siempre", "nunca", "recientemente", "igualmente", "asimismo", "además", "ayer",
        "finalmente", "previamente", "expresamente",
    ]

    /// Endings of Spanish past participles ("mantenido", "abordado", "acordada", "expresados"),
    /// and the irregular ones ("puesto", "hecho", "previsto").
    static let spanishParticipleEndings = ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"]
    static let spanishIrregularParticiples: Set<String> = [
        "puesto", "dicho", "hecho", "abierto", "escrito", "visto", "vuelto", "resuelto", "propuesto", "expuesto",
        "dispuesto", "previsto", "devuelto", "cubierto", "satisfecho",
    ]

    static func isSpanishParticipleForm(_ word: String) -> Bool {
        word.count > 4 && spanishParticipleEndings.contains(where: word.hasSuffix) || spanishIrregularParticiples.contains(word)
    }

    /// Whether a phrase whose first word is `first` (lower-case) opens with a participle after
    /// its auxiliary, or with an adverb that stands between them ("hoy" of "han mantenido hoy
    /// una conversación"). `before`: the words just before it, lower-case, nearest last.
    static func opensWithSpanishParticiple(_ first: String, after before: ArraySlice<String>) -> Bool {
        guard isSpanishParticipleForm(first) || spanishAdverbs.contains(first) || first.count > 6 && first.hasSuffix("mente")
        else { return false }
        var index = before.endIndex
        while index > before.startIndex {
            index -= 1
            let word = before[index]
            if spanishAuxiliaries.contains(word) { return true }
            guard spanishAdverbs.contains(word) || word.count > 6 && word.hasSuffix("mente") || isSpanishParticipleForm(word)
            else { return false }
        }
        return false
    }

    /// Whether a German phrase, as written, ends in a noun: German writes every noun with a
    /// capital, so a phrase ending in a lower-case word ends in a verb, an adjective or an
    /// adverb ("hatte vor", "teilt mit", "Präsident vereinbarten"), a fragment, not a name.
    static func endsLikeGermanNoun(_ written: String) -> Bool {
        written.first?.isUppercase ?? false
    }

    /// Whether an English phrase reads as a clause, a subject and its verb: an irregular past
    /// form after its first word ("sought refuge", "switch paid"), a form in -ed after a
    /// capitalised word (a name, a title: "Putin informed PM", "Minister exchanged
    /// assessments"), or one between two words ("switch caused fury"; a form in -ed that
    /// opens a phrase is a modifier, "expanded troika", and `factor` judges it).
    /// `words`: the phrase's words, lower-cased, each with whether it was written with a
    /// capital and whether it follows the word before with no small word between ("on shared
    /// priorities" is no clause).
    struct Word {
        var text: String
        var isName: Bool
        var follows: Bool
    }

    static func readsAsClause(_ words: [Word], language: Language) -> Bool {
        guard language == .english, words.count >= 2 else { return false }
        for index in 1..<words.count {
            let word = words[index]
            guard !word.isName, !englishNouns.contains(word.text) else { continue }
            if englishIrregularPasts.contains(word.text) { return true }
            let past = word.text.count > 4 && word.text.hasSuffix("ed") && !word.text.hasSuffix("eed") && !word.text.contains("-")
            let before = words[index - 1]
            // Between two words, after a modifier it is one too ("peaceful negotiated settlement").
            let afterModifier = before.text.hasSuffix("ly") || endsLikeEnglishModifier(before.text)
            if past, word.follows, before.isName || index + 1 < words.count && !afterModifier { return true }
        }
        return false
    }

    /// Whether a phrase ends in a date, a month and its day ("OSCE on January 13"): when a
    /// thing happens, not what it is (the phrase without it, "OSCE", says as much).
    static func endsInADate(_ words: [Word]) -> Bool {
        guard words.count >= 3, let last = words.last, last.text.allSatisfy(\.isNumber) else { return false }
        return MonthNames.all.contains(words[words.count - 2].text)
    }

    /// Whether a phrase ends in a number or an ordinal that is not part of a name: a day
    /// ("EU on the 31st", "tiendra à Paris du 22"), a count cut from what it counts ("cerca
    /// de 40", "successful 15th" of "…a successful 15th Conference of the Parties"). A year
    /// after a name is the name's ("Roadmap 2030", "Budget 2025"); a date is `endsInADate`'s.
    static func endsInANumber(_ words: [Word]) -> Bool {
        guard words.count >= 2, let last = words.last, !endsInADate(words) else { return false }
        if SpelledFigures.digitOrdinal(last.text) != nil { return true }
        guard !last.text.isEmpty, last.text.allSatisfy(\.isNumber) else { return false }
        return !(last.text.count == 4 && words[words.count - 2].isName)
    }

    /// English adjectives whose ending does not tell them (as `endsLikeEnglishModifier`'s do): a
    /// phrase ending in one was cut before its noun ("Russian false" of "…Russian false
    /// narratives and disinformation", "protecting common" of "…common interests").
    static let englishAdjectives: Set<String> = [
        "false", "true", "new", "key", "main", "major", "common", "joint", "close", "strong", "free", "open", "safe",
        "secure", "clear", "full", "great", "high", "low", "long", "wide", "broad", "deep", "firm", "fair", "real",
        "vital", "urgent", "recent", "current", "significant", "important", "relevant", "other", "further", "next",
        "good", "large", "rapid", "serious", "direct", "mutual", "whole", "stable", "ready", "permanent",
        "consistent", "independent", "transparent", "resilient", "different", "excellent", "frequent", "violent",
        "vibrant", "sovereign",
    ]

    /// English adverbs without an ending in -ly: a phrase ending in one is a verb's object and
    /// when it happens ("details later" of "…will share details later today").
    static let englishAdverbs: Set<String> = [
        "later", "soon", "today", "tomorrow", "yesterday", "now", "again", "ahead", "abroad", "already", "still",
        "together", "too", "here", "there", "back", "away", "tonight", "earlier", "afterwards",
    ]

    /// "Russian", "European", "Japanese", "British": an adjective, though written with a capital.
    private static func isEnglishNationality(_ word: String) -> Bool {
        word.count > 4 && ["ian", "ean", "ese", "ish"].contains { word.hasSuffix($0) }
    }

    /// Future, conditional and imperfect endings ("effectuera", "recevront", "rendrai",
    /// "pourraient", "souhaitaient"),
    /// the present's third person plural in -ent ("votent", "agissent"; not -ment, nor the
    /// nouns and adjectives of `frenchWordsInEnt`), and a verb with its subject after it
    /// ("avait-elle lancé", "a-t-il dit").
    static func looksLikeFrenchFiniteVerb(_ word: String) -> Bool {
        if word != "rendez-vous", ["-il", "-elle", "-on", "-ils", "-elles", "-je", "-tu", "-nous", "-vous"].contains(where: word.hasSuffix) {
            return true
        }
        if word.count >= 6, word.hasSuffix("ent"), !word.hasSuffix("ment"), !word.contains("-"), !frenchWordsInEnt.contains(word) {
            return true
        }
        // The irregular futures too: "recevront", "pourront", "rendrai", "devrai".
        if word.count >= 7, word.hasSuffix("ront") || word.hasSuffix("rai"), !["affront", "minerai"].contains(word) { return true }
        return word.count > 5 && ["era", "eront", "erait", "eraient", "aient"].contains { word.hasSuffix($0) }
    }

    /// French nouns and adjectives of six letters or more in -ent (not -ment), which end
    /// like a verb's third person plural.
    static let frenchWordsInEnt: Set<String> = [
        "président", "accident", "incident", "continent", "récent", "urgent", "différent", "excellent", "permanent",
        "talent", "patient", "impatient", "précédent", "résident", "équivalent", "compétent", "adjacent", "évident",
        "innocent", "intelligent", "prudent", "violent", "fréquent", "cohérent", "incohérent", "transparent",
        "concurrent", "orient", "occident", "ingrédient", "coefficient", "client", "conscient", "efficient", "argent",
        "parent", "souvent", "couvent", "serpent", "torrent", "adolescent", "pourcent", "décent", "absent", "présent",
        "omniprésent", "apparent", "inhérent", "divergent", "convergent", "émergent", "contingent", "régent",
        "adhérent", "influent", "affluent", "turbulent", "ambivalent", "récurrent", "pertinent", "imminent", "éminent",
        "conséquent", "subséquent", "éloquent", "accent", "strident", "dissident", "confident", "sergent", "négligent",
        "indulgent", "diligent", "détergent", "expédient", "récipient", "quotient", "excédent", "coprésident",
        "réticent", "mécontent", "content", "fervent", "ardent", "indifférent", "incompétent", "imprudent",
        "inconvénient", "antécédent", "intermittent", "résilient", "virulent", "latent", "polyvalent", "référent",
        "afférent", "indécent", "president", "precedent", "recent", "different", "frequent",
        "coherent", "resident", "equivalent", "competent", "evident", "eminent", "excedent", "copresident",
    ]

    /// The French auxiliaries (avoir, être) a participle follows: "a répondu", "ont démissionné",
    /// "s’est félicité", "est donnée favorite".
    static let frenchAuxiliaries: Set<String> = [
        "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eu",
        "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient",
    ]

    /// Words that stand between an auxiliary and its participle ("n’a pas répondu", "ont
    /// également souligné", "a longuement évoqué", "a été signé", "a-t-il dit"): negations,
    /// short adverbs, adverbs in -ment, subject pronouns, and "été" (a noun too, "cet été":
    /// it makes no participle alone). Two-word ones are `frenchAdverbPairs`.
    static let frenchAdverbs: Set<String> = [
        "pas", "plus", "jamais", "point", "également", "aussi", "déjà", "bien", "encore", "toujours", "notamment",
        "ensuite", "enfin", "tous", "toutes", "tout", "ainsi", "donc", "alors", "beaucoup", "très", "trop", "souvent",
        "été", "il", "ils", "elle", "elles", "on", "t",
    ]

    /// Adverbs of two words, by their second word: "d’abord", "par ailleurs", "en outre",
    /// "tous deux", "toutes deux".
    static let frenchAdverbPairs: [String: Set<String>] = [
        "abord": ["d"], "ailleurs": ["par"], "outre": ["en"], "deux": ["tous", "toutes"],
    ]

    /// Endings of French past participles ("répondu", "démissionné", "mené", "connu", "dit",
    /// "ouvert", "atteint"), not of the nouns in -ie ("énergie", "stratégie").
    static let frenchParticipleEndings = [
        "é", "ée", "és", "ées", "i", "is", "u", "ue", "us", "ues", "it", "ite", "its", "ites", "ert", "erte", "erts",
        "ertes", "int", "inte", "ints", "intes",
    ]

    /// Nouns after "avoir" in set phrases ("a lieu", "a droit"), ending like a participle.
    static let frenchNounsAfterAvoir: Set<String> = ["lieu", "droit", "enjeu", "feu", "jeu"]

    /// Whether `word` (lower-case) is a participle: it ends like one and an auxiliary comes
    /// before it (`before`: the words just before it, lower-case, nearest last, cut at the
    /// last punctuation), alone or with an adverb, a negation or a pronoun between ("Le
    /// président lui a répondu…": "répondu" names nothing; "sont partenaires" is no verb).
    static func isFrenchParticiple(_ word: String, after before: ArraySlice<String>) -> Bool {
        guard !frenchNounsAfterAvoir.contains(word), frenchParticipleEndings.contains(where: word.hasSuffix) else { return false }
        return followsFrenchAuxiliary(before)
    }

    /// Whether a phrase whose first word is `first` (lower-case) opens with a participle after
    /// its auxiliary, or with an adverb that stands between them ("longuement répondu",
    /// "longuement" of "…lui a longuement répondu": after an auxiliary a word in -ment is an
    /// adverb, not a noun such as "engagement").
    static func opensWithFrenchParticiple(_ first: String, after before: ArraySlice<String>) -> Bool {
        if isFrenchParticiple(first, after: before) { return true }
        return (frenchAdverbs.contains(first) || first.count > 6 && first.hasSuffix("ment")) && followsFrenchAuxiliary(before)
    }

    /// Whether an auxiliary comes last in `before`, the words before it that may stand
    /// between an auxiliary and its participle aside.
    static func followsFrenchAuxiliary(_ before: ArraySlice<String>) -> Bool {
        var index = before.endIndex
        while index > before.startIndex {
            index -= 1
            let word = before[index]
            if frenchAuxiliaries.contains(word) { return true }
            if let firsts = frenchAdverbPairs[word], index > before.startIndex, firsts.contains(before[index - 1]) {
                index -= 1
                continue
            }
            guard frenchAdverbs.contains(word) || word.count > 6 && word.hasSuffix("ment") else { return false }
        }
        return false
    }

    /// Whether an English word written after `before` (the words before it in its clause)
    /// reads as a verb: right after "to", a modal or an auxiliary, adverbs aside ("to
    /// conduct the operation", "in order to determine its purpose", "the two leaders have
    /// spoken", "could be done"). A name alone then names an action, not a subject: a
    /// one-word name asks it of every instance (`TopicNamer.form`), so "peace" stays a name
    /// where one sentence says "committed to peace" and another "a lasting peace".
    static func followsEnglishVerbMarker(_ before: ArraySlice<String>) -> Bool {
        var index = before.endIndex
        while index > before.startIndex {
            index -= 1
            let word = before[index].lowercased()
            if englishVerbMarkers.contains(word) { return true }
            guard englishVerbAdverbs.contains(word) || word.count > 4 && word.hasSuffix("ly") else { return false }
        }
        return false
    }

    static let englishVerbMarkers: Set<String> = [
        "to", "have", "has", "had", "be", "been", "being", "was", "were", "is", "are", "will", "would", "can",
        "could", "should", "must", "may", "might", "shall", "did", "does", "do",
    ]

    static let englishVerbAdverbs: Set<String> = ["not", "further", "also", "jointly", "better", "soon", "then", "now", "still", "again", "never", "always"]

    /// French nouns ending like an infinitive.
    static let frenchNouns: Set<String> = [
        "avenir", "plaisir", "loisir", "pouvoir", "devoir", "savoir", "cancer", "conseiller", "danger",
        "étranger", "boulanger", "espoir", "souvenir", "devenir", "déjeuner", "leader", "dîner", "manager",
    ]

    /// "-er" and "-ir" endings of a word of six letters or more ("soutenir", "coordonner"),
    /// not "-ier" ("dossier", "chantier") nor a noun that ends alike ("avenir", "étranger").
    private static func looksLikeFrenchInfinitive(_ word: String) -> Bool {
        word.count >= 6 && (word.hasSuffix("er") || word.hasSuffix("ir")) && !frenchNouns.contains(word)
            && !word.hasSuffix("ier")
    }

    private static func endsLikeEnglishModifier(_ word: String) -> Bool {
        guard word.count > 4 else { return false }
        for suffix in ["al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ing", "ly", "ed"] where word.hasSuffix(suffix) {
            return !(suffix == "ed" && word.hasSuffix("eed"))
        }
        return false
    }

    /// Adjectival endings that nouns seldom have (not -ой, -ом, -ей, -ем, -ие, -ий: "страной",
    /// "законом", "развитие", "сценарий" are nouns; but -ьной, -шей, -щей: "последовательной",
    /// "дальнейшей", "будущей").
    private static func looksLikeRussianAdjective(_ word: String) -> Bool {
        guard word.count > 4 else { return false }
        return ["ого", "его", "ому", "ему", "ыми", "ими", "ую", "юю", "ых", "ным", "ский", "ских", "ским", "ый", "ая", "яя", "ое", "ые", "ском",
                "ской", "ном", "ьной", "шей", "щей"]
            .contains { word.hasSuffix($0) }
    }

    /// Short Russian verb forms the endings below pass over ("дал оценку", "ждет поездку";
    /// not "стали", also the genitive of "сталь").
    static let russianShortVerbs: Set<String> = [
        "дал", "дала", "дали", "дало", "ждет", "ждёт", "ждут", "был", "была", "были", "было", "стал", "стала",
        "идет", "идёт", "идут", "дает", "даёт", "дают", "шел", "шёл", "шла", "шли", "жил", "ведет", "ведёт", "живет", "живёт",
    ]

    /// Nouns whose forms end like a past in -ла, -ло, less their last letter: "начало",
    /// "правила", "капитала", "предела".
    static let russianNounsLikePasts: Set<String> = [
        "начал", "правил", "капитал", "сигнал", "материал", "генерал", "персонал", "канал", "финал", "интервал",
        "идеал", "потенциал", "арсенал", "трибунал", "ритуал", "минимал", "предел", "раздел", "отдел", "пробел",
        "могил", "зеркал", "покрывал", "светил",
    ]

    private static func looksLikeRussianVerb(_ word: String) -> Bool {
        if russianShortVerbs.contains(word) { return true }
        guard word.count > 4 else { return false }
        // Short participles in -ены ("обсуждены", "решены", "заключены"), not "цены", "перемены".
        if ["ждены", "шены", "чены", "щены", "лены", "дены"].contains(where: word.hasSuffix) { return true }
        // …and in -нута ("затронута", "упомянута", "подчёркнуты"), not "минута".
        if word.count > 6, ["нута", "нуто", "нуты"].contains(where: word.hasSuffix) { return true }
        // Past forms in -ла, -ло after a vowel ("отвечала", "носила", "проходило"), from six
        // letters ("дела", "села" are nouns), but for nouns of those endings.
        if word.count > 5, ["ала", "ила", "яла", "ела", "ало", "ило", "яло", "ело"].contains(where: word.hasSuffix) {
            return !russianNounsLikePasts.contains(String(word.dropLast()))
        }
        // Short participles in -ован ("организован", "организованы", "запланирована").
        if word.count > 6, ["ован", "ована", "овано", "ованы"].contains(where: word.hasSuffix) { return true }
        return ["ть", "ться", "ли", "лся", "лась", "лись", "ется", "ится", "ются", "ятся", "ает", "яет", "ует", "ил", "ал", "ял", "ено", "ано"]
            .contains { word.hasSuffix($0) }
    }
}

import Glibc
import ReadoutsText

/// Words that say how a readout reports, not what it is about: they must not make links.
/// Written as surface words and normalised at start-up, so every inflection the stemmer
/// folds together is covered.
public enum ReadoutVocabulary {
    /// Reporting verbs: weight 0 ("a souligné", "discussed", "подчеркнул"), with the nouns of
    /// the readouts' reporting formulas: "shared the view that", "an exchange of views on",
    /// "обменялись мнениями" say how, not what ("The two leaders shared the view that Iran…"
    /// linked to "…a frank exchange of views on the situation around Ukraine"). Not a verb whose
    /// stem is a noun's: "договорились" (agreed) stems to "договор", which would silence the
    /// Collective Security Treaty ("Договора"). German "sprachen" (talked) stems as "Sprache"
    /// (a language), whose readouts' use, "kam zur Sprache" (was raised), reports too.
    static let reportingVerbs: [Language: [String]] = [
        .french: ["déclarer", "déclaré", "déclare", "souligner", "souligné", "soulignant", "souligne", "noter", "noté",
                  "indiquer", "indiqué", "affirmer", "affirmé", "ajouter", "ajouté", "évoquer", "évoqué", "rappeler",
                  "rappelé", "discuter", "discuté", "discutent", "exprimer", "exprimé", "préciser", "précisé", "estimer",
                  "estimé", "expliquer", "expliqué", "annoncer", "annoncé", "dire", "dit", "réitérer", "réitéré",
                  "insister", "insisté", "informer", "informé", "signaler", "signalé", "mentionner", "mentionné",
                  "aborder", "abordé", "convenir", "convenu", "convenu", "exprimant", "déclarant", "passer", "passé",
                  "porter", "porté", "parler", "parlé", "décrire", "décrit", "appeler", "appelé", "proposer", "proposé",
                  "prononcer", "prononcé", "faire", "fait", "donner", "donné", "publier", "publié", "important", "importance",
                  "vues"],
        .english: ["say", "said", "says", "state", "stated", "stress", "stressed", "emphasize", "emphasized", "emphasised",
                   "underscore", "underscored", "underline", "underlined", "note", "noted", "discuss", "discussed",
                   "reiterate", "reiterated", "express", "expressed", "highlight", "highlighted", "raise", "raised",
                   "add", "added", "tell", "told", "according", "welcome", "welcomed", "affirm", "affirmed",
                   "reaffirm", "reaffirmed", "convey", "conveyed", "mention", "mentioned", "review", "reviewed",
                   "agree", "agreed", "address", "addressed", "made", "make", "clear", "call", "called", "describe",
                   "described", "speak", "spoke", "propose", "proposed", "importance", "important", "also",
                   "view", "views"],
        .russian: ["заявил", "заявили", "заявить", "подчеркнул", "подчеркнули", "отметил", "отметили", "обсудили",
                   "обсудил", "выразил", "выразили", "сообщил", "сообщили", "указал", "сказал", "напомнил",
                   "согласно", "обменялись", "высказал", "высказались", "призвал", "предложил",
                   "важность", "важно", "мнениями", "мнения"],
        .german: ["erklären", "erklärte", "erklärten", "betonen", "betonte", "betonten", "unterstreichen", "unterstrich",
                  "unterstrichen", "hervorheben", "hob", "hoben", "sagen", "sagte", "sagten", "besprechen", "besprachen",
                  "erörtern", "erörterten", "bekräftigen", "bekräftigte", "bekräftigten", "äußern", "äußerte", "äußerten",
                  "teilte", "teilten", "mitteilen", "informieren", "informierte", "informierten", "berichten",
                  "berichtete", "verweisen", "verwies", "ansprechen", "sprechen", "sprach", "sprachen", "vereinbaren",
                  "vereinbarte", "vereinbarten", "begrüßen", "begrüßte", "begrüßten", "telefonieren", "telefonierte",
                  "telefonierten", "führte", "führten", "erinnern", "erinnerte", "bringen", "brachte",
                  "brachten", "bedeutung", "wichtig", "ansichten", "meinungen", "austausch", "ging", "gehen"],
        // Spanish: "han mantenido hoy una conversación", "abordaron", "subrayó", "coincidieron".
        // Not "tratar" (its stem is "tratado", a treaty's) nor "intercambiar" ("intercambio de
        // prisioneros"); "acordar" stems apart from "acuerdo".
        .spanish: ["abordar", "abordó", "abordaron", "abordado", "conversar", "conversó", "conversaron", "conversado",
                   "mantener", "mantuvo", "mantuvieron", "mantenido", "mantienen", "subrayar", "subrayó", "subrayaron",
                   "destacar", "destacó", "destacaron", "reiterar", "reiteró", "reiteraron", "expresar", "expresó",
                   "expresaron", "señalar", "señaló", "señalaron", "coincidir", "coincidió", "coincidieron", "acordar",
                   "acordó", "acordaron", "acordado", "trasladar", "trasladó", "trasladaron", "declarar", "declaró",
                   "afirmar", "afirmó", "indicar", "indicó", "añadir", "añadió", "informar", "informó", "informaron",
                   "explicar", "explicó", "decir", "dijo", "dijeron", "manifestar", "manifestó", "insistir", "insistió",
                   "recordar", "recordó", "mencionar", "mencionó", "hablar", "habló", "hablaron", "repasar", "repasaron",
                   "analizar", "analizaron", "dialogar", "transmitir", "transmitió", "compartir", "compartieron",
                   "valorar", "valoró", "valoraron", "importancia", "importante", "opiniones", "opinión"],
    ]

    /// The readouts' courtesies ("looked forward to", "work together", "se réjouir de"):
    /// weight 0 like reporting verbs, for two sentences sharing only them speak
    /// of different things ("look forward to the next round of talks" / "I look forward to
    /// working closely together on global issues"), but left in the text the encoder reads,
    /// where they are part of what a sentence means (measured on dev: masking them there cost
    /// three topics found). Words are silenced by stem: "closely" is not among them, for its
    /// stem is "close" ("closed the border").
    static let courtesies: [Language: [String]] = [
        .french: ["réjouir", "réjoui", "réjouit", "réjouis", "ensemble"],
        .english: ["look", "looks", "looked", "looking", "forward", "together"],
        .russian: ["вместе"],
        .german: ["freuen", "freute", "freuten", "gemeinsam", "zusammen", "zusammenarbeiten"],
        .spanish: ["juntos", "juntas", "conjuntamente"],
    ]

    /// Words naming the two sides' relations ("bilateral cooperation", "отношений
    /// стратегического партнерства", "coopération bilatérale"): among the readouts' own words
    /// (`generic`) for words, but a subject of its own for the semantic linker, which lets two
    /// sentences that both speak of the relations and are each other's closest link as if they
    /// shared a lexicon topic (`SemanticParameters.relationsShareATopic`).
    static let relations: [Language: [String]] = [
        .english: ["relations", "relationship", "cooperation", "partnership", "ties"],
        .french: ["relations", "coopération", "partenariat", "liens"],
        .russian: ["отношения", "отношений", "сотрудничество", "сотрудничества", "партнерство", "партнёрство"],
        .german: ["beziehungen", "zusammenarbeit", "partnerschaft"],
        .spanish: ["relaciones", "cooperación", "asociación", "lazos", "vínculos"],
    ]

    /// Titles of persons: a participant's name right after one ("first President of
    /// Kazakhstan") names who speaks, not a subject (`Participants.withoutTitleHits`).
    /// "Mr", "Mrs" and "Ms" are not among them: they are stopwords, dropped before any title
    /// is looked for.
    static let titles: [Language: [String]] = [
        .french: ["président", "présidents", "dirigeant", "dirigeants", "homologue", "chef", "ministre", "ministres",
                  "premier", "secrétaire", "chancelier", "chancelière", "porte-parole", "roi", "reine", "monsieur", "madame", "mme"],
        .english: ["president", "presidents", "leader", "leaders", "counterpart", "minister", "ministers", "prime",
                   "secretary", "chancellor", "premier", "spokesman", "spokeswoman", "spokesperson", "king", "queen", "sir", "hon"],
        .russian: ["президент", "президенты", "лидеры", "лидер", "министр", "премьер", "госсекретарь", "глава",
                   "коллега", "канцлер", "господин", "госпожа"],
        .german: ["präsident", "präsidentin", "präsidenten", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin",
                  "premierminister", "premierministerin", "ministerpräsident", "minister", "ministerin", "außenminister",
                  "staatschef", "regierungschef", "amtskollege", "amtskollegen", "amtskollegin", "sprecher", "sprecherin",
                  "regierungssprecher", "könig", "königin", "herr", "frau", "bundespräsident"],
        // "el presidente del Gobierno", "el jefe del Estado", "el primer ministro", "la ministra de
        // Asuntos Exteriores", "Su Majestad el Rey": the capitalised words after one are names.
        .spanish: ["presidente", "presidenta", "presidentes", "líder", "líderes", "dirigente", "dirigentes", "jefe", "jefa",
                   "canciller", "primer", "ministro", "ministra", "ministros", "homólogo", "homóloga", "secretario",
                   "secretaria", "portavoz", "rey", "reina", "majestad", "príncipe", "princesa", "señor", "señora",
                   "don", "doña", "mandatario", "mandataria", "mandatarios"],
    ]

    /// Every title and honorific written before a person's name, in any of the languages,
    /// as lower-cased surface words (`titles`, `PersonNames.honorifics`, and "sir", "dame",
    /// "lord", "lady"): what a name is read after (`NameChange`, the opening lines' names in
    /// `TopicNaming`).
    public static let titleWords: Set<String> = Set(titles.values.joined()).union(PersonNames.honorifics.values.joined())
        .union(["mr", "mrs", "ms", "dr", "h.e", "sir", "dame", "lord", "lady", "hon"])

    /// Words of institutions, meetings and places written with capitals beside names ("White
    /// House", "Maison Blanche", "Security Council", "the Ninth Summit of the Americas"):
    /// such a run is translated, and says where or which body, not who (`NameChange`, the
    /// opening lines' names in `TopicNaming`).
    public static let institutionWords: Set<String> = [
        "house", "council", "union", "nations", "office", "ministry", "department", "summit", "assembly", "parliament",
        "court", "bank", "fund", "forum", "agreement", "treaty", "organization", "organisation", "committee", "commission",
        "state", "states", "kingdom", "republic", "federation", "government", "cabinet", "alliance", "partnership",
        "charter", "strategy", "policy", "initiative", "plan", "program", "programme", "conference", "meeting", "group",
        "sea", "ocean", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new",
        "great", "americas",
        "maison", "conseil", "bureau", "ministère", "sommet", "assemblée", "parlement", "cour", "banque", "fonds",
        "accord", "traité", "comité", "état", "états", "royaume", "république", "fédération", "gouvernement",
        "partenariat", "charte", "stratégie", "politique", "conférence", "groupe", "mer", "océan", "nord", "sud", "est",
        "ouest", "nouvelle", "nouveau", "grand", "grande", "amériques",
        "саммит", "саммите",
        "haus", "rat", "gipfel", "bundestag", "regierung", "staat", "staaten", "republik",
        "casa", "consejo", "unión", "cumbre", "gobierno", "estado", "estados", "reino", "república",
    ]

    /// Words of every readout (participants' roles, the call itself): weight × 0.2.
    static let generic: [Language: [String]] = [
        .french: ["président", "présidents", "dirigeant", "dirigeants", "conversation", "entretien", "entretiens",
                  "pourparlers", "discussion", "discussions", "échange", "partie", "côté", "question", "questions",
                  "deux", "pays", "homologue", "téléphonique", "appel", "vidéoconférence", "Kremlin", "Maison",
                  "Blanche", "administration", "chef", "État", "États", "dialogue", "relations", "coopération", "travail",
                  "ministre", "ministres", "premier", "secrétaire", "chancelier", "délégation", "délégations",
                  "américain", "américaine", "américains", "États-Unis", "chancelière", "porte-parole", "communiqué",
                  "présidence", "Élysée", "République", "jour", "aujourd'hui"],
        .english: ["president", "presidents", "leader", "leaders", "conversation", "talks", "discussion", "discussions",
                   "meeting", "side", "sides", "issue", "issues", "counterpart", "phone", "video", "both", "countries",
                   "country", "Kremlin", "White", "House", "administration", "state", "states", "dialogue",
                   "relations", "cooperation", "work", "readout", "minister", "ministers", "prime", "secretary",
                   "chancellor", "delegation", "delegations", "foreign", "United", "American", "Americans", "US",
                   "premier", "spokesman", "spokeswoman", "spokesperson", "statement", "office", "Republic", "today"],
        .russian: ["президент", "президенты", "лидеры", "лидер", "разговор", "переговоры", "беседа", "обсуждение",
                   "стороны", "сторона", "вопросы", "вопрос", "телефонный", "Кремль", "Белый", "дом", "страны",
                   "государства", "диалог", "отношения", "сотрудничество", "работа", "министр", "премьер", "госсекретарь", "США", "американский",
                   "глава", "коллега", "канцлер", "пресс-служба"],
        .german: ["präsident", "präsidentin", "präsidenten", "kanzler", "bundeskanzler", "bundeskanzlerin", "gespräch",
                  "gespräche", "telefonat", "telefongespräch", "unterredung", "treffen", "seite", "seiten", "frage", "fragen",
                  "länder", "land", "staaten", "Kreml", "Weißes", "Weißen", "Haus", "Hauses", "Bundesregierung",
                  "Regierung", "dialog", "beziehungen", "zusammenarbeit", "arbeit", "minister", "premierminister",
                  "regierungssprecher", "sprecher", "delegation", "delegationen", "amerikanisch", "US", "USA",
                  "Vereinigten", "Staaten", "mitteilung", "pressemitteilung", "erklärung", "amtskollege", "amtskollegen",
                  "video", "videokonferenz", "telefonisch", "tag"],
        .spanish: ["presidente", "presidenta", "presidentes", "líder", "líderes", "dirigente", "dirigentes", "conversación",
                   "conversaciones", "llamada", "telefónica", "telefónico", "reunión", "encuentro", "entrevista", "parte",
                   "partes", "cuestión", "cuestiones", "asunto", "asuntos", "tema", "temas", "país", "países", "homólogo",
                   "homóloga", "Kremlin", "Casa", "Blanca", "Moncloa", "Gobierno", "Estado", "Estados", "diálogo",
                   "relaciones", "cooperación", "trabajo", "ministro", "ministra", "primer", "secretario", "canciller",
                   "delegación", "delegaciones", "estadounidense", "Unidos", "EE", "UU", "EEUU", "portavoz",
                   "comunicado", "declaración", "videoconferencia", "mandatario", "jefe", "Presidencia", "día"],
    ]
}

/// The weight of each key id for one pair of versions: IDF over the sentences of both,
/// down-weighted for what is everywhere and boosted for rare names and numbers.
struct TermWeights {
    var weight: [Float]
    /// Names used in at most two sentences in all ("Taiwan", "Sahel"): one is enough for a link.
    var isRareName: [Bool]
    /// The participants' countries (`Participants.countries`): a rare one is enough for a
    /// link only between the two opening sentences, where it is who speaks on both sides.
    var isParticipantCountry: [Bool]
    var dfA: [Int32]
    var dfB: [Int32]

    /// `participants`: the event's participants' names in either version (`Participants`).
    /// `countries`: the participants' countries (`Participants.countries`).
    init(_ a: PreparedVersion, _ b: PreparedVersion, vocabularySize: Int, silent: Set<Int32>, generic: Set<Int32>,
         participants: Set<Int32>, countries: Set<Int32>) {
        dfA = Self.documentFrequencies(a, vocabularySize)
        dfB = Self.documentFrequencies(b, vocabularySize)
        var isNumber = [Bool](repeating: false, count: vocabularySize)
        // Per version, whether a word is written with a capital, or in lower case, inside a
        // sentence (not as its first word).
        var capitalised = [[Bool]](repeating: [Bool](repeating: false, count: vocabularySize), count: 2)
        var lower = [[Bool]](repeating: [Bool](repeating: false, count: vocabularySize), count: 2)
        for (v, version) in [a, b].enumerated() {
            for s in 0..<version.sentenceCount {
                let tokens = version.tokens(of: s)
                for t in tokens where version.term[t] >= 0 {
                    let flags = version.flags[t]
                    if flags & PreparedVersion.numberFlag != 0 { isNumber[Int(version.term[t])] = true }
                    guard !version.startsSentence(t) else { continue }
                    if flags & PreparedVersion.capitalisedFlag != 0 { capitalised[v][Int(version.term[t])] = true } else { lower[v][Int(version.term[t])] = true }
                }
            }
        }
        // A capital inside a sentence marks a name, unless the other version, in the same
        // language, writes the word in lower case: "the G7 Summit" against "a summit for
        // NATO" share a common noun. (Across languages capitals differ by custom: English
        // writes "the India-France Strategic Partnership", French "partenariat stratégique".)
        let sameLanguage = a.language == b.language
        let isName = (0..<vocabularySize).map { term in
            (capitalised[0][term] && !(sameLanguage && lower[1][term])) || (capitalised[1][term] && !(sameLanguage && lower[0][term]))
        }
        let nA = Float(max(1, a.sentenceCount))
        let nB = Float(max(1, b.sentenceCount))
        let n = nA + nB
        weight = [Float](repeating: 0, count: vocabularySize)
        isRareName = [Bool](repeating: false, count: vocabularySize)
        isParticipantCountry = [Bool](repeating: false, count: vocabularySize)
        for term in countries where Int(term) < vocabularySize { isParticipantCountry[Int(term)] = true }
        for term in 0..<vocabularySize {
            let da = Float(dfA[term])
            let db = Float(dfB[term])
            guard da + db > 0 else { continue }
            var w = log(1 + n / (da + db))
            if silent.contains(Int32(term)) { w = 0 }
            if generic.contains(Int32(term)) { w *= 0.2 }
            // Everywhere in one version: its subject or its speakers.
            if (da >= 3 && da >= 0.25 * nA) || (db >= 3 && db >= 0.25 * nB) { w *= 0.2 }
            // Who spoke with whom.
            else if participants.contains(Int32(term)) { w *= 0.2 }
            else if (isName[term] || isNumber[term]), da + db <= 2 {
                w *= 1.5
                isRareName[term] = isName[term] && !generic.contains(Int32(term))
            }
            weight[term] = w
        }
    }

    static func documentFrequencies(_ version: PreparedVersion, _ size: Int) -> [Int32] {
        var df = [Int32](repeating: 0, count: size)
        var seen = [Int32](repeating: -1, count: size)
        for s in 0..<version.sentenceCount {
            for t in version.tokens(of: s) {
                let term = Int(version.term[t])
                if term >= 0, seen[term] != Int32(s) {
                    seen[term] = Int32(s)
                    df[term] += 1
                }
            }
        }
        return df
    }
}

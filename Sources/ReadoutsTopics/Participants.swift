import ReadoutsText

/// The event's participants: who spoke with whom. Every readout of a call names them in its
/// opening sentence and again and again after ("President Biden spoke with Prime Minister
/// Trudeau…", "Trudeau", "Путин"), so their names are in sentences of every subject and say
/// nothing about any: the lexical linker weighs them little, a topic's name never rests on
/// them, and the semantic linker leaves them out of the text it embeds (but for a third
/// titled person that the opening sentence names after its two speakers, `speakers`).
///
/// A participant is a name (a capitalised word that does not start its sentence, not a
/// number) of a version's opening sentence — the first that is no heading and has more than
/// three words — that follows a person's title ("President", "Prime Minister", "Sir",
/// "президент"), directly or through other such names and stopwords ("Prime Minister of
/// Japan, Ishiba Shigeru"), or that the account names again in another sentence; or a name
/// found in a tenth of its sentences (at least three), unless it is an acronym: an
/// organisation that recurs ("ОДКБ", "NATO", "CPTPP") is what the account is about, not who
/// is speaking. Any other capitalised word of the opening sentence, named there alone, is a
/// subject: "the 75th anniversary of Victory in the Great Patriotic War", "la stabilité au
/// Proche et Moyen-Orient", "at the G7 Summit in Puglia, Italy". A participant of one
/// version is one in all (`find(_:titles:)`): one readout titles "President Vladimir
/// Putin" where the other says "Putin".
///
/// This definition serves three: `TermWeights` (a participant weighs a fifth),
/// `TermSalience` (weak in a topic's name) and the lexicon's hits (a participant's name
/// after a title names who speaks, not a subject: "the first President of Kazakhstan" is no
/// "Central Asia" topic). `SentenceTexts` leaves out of the embedded text every name of the
/// opening sentence, titled or not, up to its second speaker (`Found.masked`).
enum Participants {
    /// The names found in one reading of each version.
    struct Found {
        /// Per version, the key ids of its participants' names: its own, and those of every
        /// other version (a name is who speaks wherever it appears).
        var participants: [Set<Int32>]
        /// Per version, the names the semantic linker leaves out of the text it embeds: the
        /// opening sentence's two speakers (`speakers`) and every name there before the second,
        /// titled or not, with the names it keeps naming (in a tenth of its sentences). Measured
        /// on dev, the embedded texts lose more to keeping an untitled opening name ("Proche
        /// et Moyen-Orient" aside) than they gain, but those after both speakers are what the
        /// call was about: the title rule serves the words' weights alone.
        var masked: [Set<Int32>]
        /// Per version, the names that are participants only by recurring in a tenth of its
        /// sentences (neither titled nor named in the opening sentence before its second
        /// speaker): a recurring place may be what the account is about (`lexiconSubjects`,
        /// `unmaskingSubjects`). The Kremlin's "…discussed the incident in the Kerch Strait"
        /// kept "Kerch" masked when it recurred, and the Chancellery's "Vorfall in der Straße
        /// von Kertsch" linked nothing (`dev/`: 284/313 → 285/314, topics 217 → 218).
        var recurring: [Set<Int32>]
        /// Per version, every name of its opening sentence, titled or not, wherever it stands:
        /// what an opening line may hold and still be bare, saying only who spoke with whom
        /// (`SentenceTexts.opening`), though the names after its two speakers are embedded
        /// (`speakers`).
        var openingNames: [Set<Int32>]
    }

    /// Both sets of every version, each version's tokens read once. `titles`: the key ids of
    /// persons' titles (`ReadoutVocabulary.titles`).
    static func find(_ versions: [PreparedVersion], titles: Set<Int32>) -> Found {
        let own = versions.map { read($0, titles: titles) }
        let all = own.reduce(into: Set<Int32>()) { $0.formUnion($1.participants) }
        return Found(participants: own.map { _ in all }, masked: own.map(\.masked),
                     recurring: own.map(\.recurring), openingNames: own.map(\.openingNames))
    }

    /// The participants' names of one version.
    static func names(_ version: PreparedVersion, titles: Set<Int32>) -> Set<Int32> {
        read(version, titles: titles).participants
    }

    /// The words written right before a person's title in the versions' opening sentences
    /// ("Canadian Prime Minister Justin Trudeau", "UK Prime Minister"): part of who speaks,
    /// so a topic's name does not rest on them. (As participants for the links' weights they
    /// cost a sure link on dev; they serve naming only.)
    static func titleAdjuncts(_ versions: [PreparedVersion], titles: Set<Int32>) -> Set<Int32> {
        var adjuncts = Set<Int32>()
        for version in versions {
            guard let opening = openingSentence(version) else { continue }
            let tokens = version.tokens(of: opening)
            for t in tokens.dropLast() where version.term[t] >= 0 && !titles.contains(version.term[t])
                && version.term[t + 1] >= 0 && titles.contains(version.term[t + 1])
                && isAdjunct(version, t) {
                adjuncts.insert(version.term[t])
            }
        }
        return adjuncts
    }

    /// Whether token `t` is written as part of the title that follows it: capitalised, a
    /// word of its own (not a compound whose part is the title: "Премьер-министр"), and
    /// separated from the title by one space only (not a surname before an appositive title,
    /// "Justin Trudeau, Prime Minister of Canada", nor a verb, "congratulated Prime Minister").
    /// German writes a nationality in lower case ("mit dem russischen Präsidenten"), and a verb
    /// does not stand before a title there: any word will do.
    private static func isAdjunct(_ version: PreparedVersion, _ t: Int) -> Bool {
        (version.flags[t] & PreparedVersion.capitalisedFlag != 0 || version.language == .german)
            && version.flags[t] & PreparedVersion.compoundFlag == 0
            && version.tokenStart(t + 1) - version.tokenEnd(t) <= 1
    }

    /// The participants' countries: the words written right before a person's title in the
    /// versions' opening sentences ("Indian Prime Minister", "UK Prime Minister", "his British
    /// counterpart", `titleAdjuncts`) or after it and "of" ("the Prime Minister of the United
    /// Kingdom", `titleComplements`), with their short names ("UK": `countryAbbreviations`),
    /// and every name of the versions that shares its first
    /// four letters with one of them, the country of a nationality ("India" of "Indian",
    /// "Britain" of "British"). Every readout of the call names them in sentences of every
    /// subject ("the India-UK Comprehensive Strategic Partnership", "the Prime Minister's visit
    /// to India"), so such a name alone is no subject two sentences share: it is no rare name
    /// enough for a link by itself but between the two opening sentences, where it is who
    /// speaks on both sides (`TermWeights.isParticipantCountry`); and a topic's name does not
    /// rest on it. (Weighed as participants, a fifth, the adjuncts cost a sure link on dev;
    /// left out of the semantic linker's embedded text, the countries unlink "Canadian exports
    /// of liquefied natural gas" from "Supplies of LNG from Canada".)
    static func countries(_ versions: [PreparedVersion], titles: Set<Int32>, documents: [Document]) -> Set<Int32> {
        let adjuncts = titleAdjuncts(versions, titles: titles).union(titleComplements(versions, documents, titles: titles))
        let surfaces = Set(versions.flatMap { version in adjuncts.compactMap { version.surface[$0] } })
        let prefixes = Set(surfaces.compactMap(countryPrefix))
        let abbreviations = Set(countryAbbreviations.filter { surfaces.contains($0.key) }.flatMap(\.value))
        guard !prefixes.isEmpty || !abbreviations.isEmpty else { return adjuncts }
        var countries = adjuncts
        for version in versions {
            for (term, surface) in version.surface where !countries.contains(term) {
                guard surface.first?.isUppercase == true else { continue }
                if abbreviations.contains(surface) || countryPrefix(surface).map(prefixes.contains) == true { countries.insert(term) }
            }
        }
        return countries
    }

    /// The words between a title and the country it is of.
    static let countryLinks: Set<String> = ["of", "of the", "du", "de la", "de l'", "des", "de", "del", "de los"]

    /// The short names of a country written out in full ("the Prime Minister of the United
    /// Kingdom" is "the UK" further down), by a word of its full name.
    static let countryAbbreviations: [String: [String]] = [
        "Kingdom": ["UK", "U.K.", "Britain", "British"],
        "Britain": ["UK", "U.K."],
        "British": ["UK", "U.K."],
        "States": ["US", "U.S.", "USA"],
        "American": ["US", "U.S.", "USA"],
    ]

    /// The capitalised words after a title and "of" in the versions' opening sentences: "the
    /// Prime Minister of the United Kingdom", "President of the United States", "le Premier
    /// ministre du Canada" ("United", "Kingdom"; "Canada"). The words between are read from
    /// `documents` (the versions' own, in order): "of", "of the",
    /// "du", "de la", "de l'", "des", nothing else ("the leaders at the G20 Summit", "the
    /// Prime Minister in Paris", "Minister for Foreign Affairs" name no country).
    static func titleComplements(_ versions: [PreparedVersion], _ documents: [Document], titles: Set<Int32>) -> Set<Int32> {
        var complements = Set<Int32>()
        for (version, document) in zip(versions, documents) {
            guard let opening = openingSentence(version) else { continue }
            let tokens = Array(version.tokens(of: opening))
            var index = 0
            while index + 1 < tokens.count {
                var t = tokens[index]
                index += 1
                guard version.term[t] >= 0, titles.contains(version.term[t]) else { continue }
                func linksACountry(_ from: Int, _ to: Int) -> Bool {
                    (3...9).contains(version.tokenStart(to) - version.tokenEnd(from)) && link(version, document, from, to).map(Self.countryLinks.contains) == true
                }
                // A participant's name may stand between the title and "of": "President Xi
                // Jinping of the People's Republic of China", "Prime Minister Albanese of Australia".
                var cursor = index
                var skipped = 0
                while skipped < 3, cursor + 1 < tokens.count, isNameWord(version, tokens[cursor], titles: titles),
                      link(version, document, t, tokens[cursor]) == nil, !linksACountry(t, tokens[cursor]) {
                    t = tokens[cursor]
                    cursor += 1
                    skipped += 1
                    if linksACountry(t, tokens[cursor]) { break }
                }
                guard cursor < tokens.count, isNameWord(version, tokens[cursor], titles: titles), linksACountry(t, tokens[cursor]) else { continue }
                // The country's words, across an "of" or a possessive inside its name, and its
                // abbreviation in brackets ("the People's Republic of China (PRC)").
                var run = cursor
                while run < tokens.count, isNameWord(version, tokens[run], titles: titles),
                      run == cursor || version.tokenStart(tokens[run]) - version.tokenEnd(tokens[run - 1]) <= 1
                        || ["of", "'s", "(", "of the"].contains(link(version, document, tokens[run - 1], tokens[run])) {
                    complements.insert(version.term[tokens[run]])
                    run += 1
                }
            }
        }
        return complements
    }

    /// Whether token `t` is a capitalised word that is no title: part of a name.
    private static func isNameWord(_ version: PreparedVersion, _ t: Int, titles: Set<Int32>) -> Bool {
        version.term[t] >= 0 && !titles.contains(version.term[t]) && version.flags[t] & PreparedVersion.capitalisedFlag != 0
    }

    /// The text between tokens `t` and `next`, lower-cased with its spaces made one ("of
    /// the"), or nil when it is a space alone.
    private static func link(_ version: PreparedVersion, _ document: Document, _ t: Int, _ next: Int) -> String? {
        guard version.tokenStart(next) - version.tokenEnd(t) > 1 else { return nil }
        let between = document.scalars.string(Int(version.tokenEnd(t))..<Int(version.tokenStart(next)))
        let words = String(between.lowercased().map { $0 == "’" ? "'" : $0 }).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return words.isEmpty ? nil : words
    }

    /// The first four letters of a word, lowercased, when it has at least four ("indi" of
    /// "India" and "Indian", "brit" of "Britain" and "British"); nil for a shorter one ("UK"
    /// is matched as itself).
    private static func countryPrefix(_ word: String) -> String? {
        let letters = word.prefix { $0.isLetter }
        return letters.count >= 4 ? String(letters.prefix(4)).lowercased() : nil
    }

    /// The version's opening sentence: the first that is no heading and has more than three
    /// words (a dateline or a title before it is not where a readout says who spoke).
    static func openingSentence(_ version: PreparedVersion) -> Int? {
        (0..<version.sentenceCount).first { isOpening(version, $0) }
    }

    private static func isOpening(_ version: PreparedVersion, _ s: Int) -> Bool {
        !version.sentences[s].isHeading && version.tokens(of: s).count > 3
    }

    /// How many persons an opening sentence's titles name as who speaks: the two of a call.
    /// What the sentence names after the second is what they spoke of, a third person's
    /// title included ("Ramaphosa has received a briefing from Russian President Vladimir
    /// Putin on the outcome of his recent meeting with United States President Donald Trump
    /// in Anchorage, Alaska"): the semantic linker embeds it (`Found.masked`). Of the
    /// Kremlin's "…рассказал об итогах российско-американской встречи на Аляске", the masked
    /// text had kept "рассказал об итогах российско- встречи на", and Putin's briefing on the
    /// Alaska summit linked nothing. Persons are counted simply: a run of names after a
    /// title is one, whatever stands between its words ("Prime Minister Modi and French
    /// President Macron" is one), and a title with no name ("The Prime Minister met…") none;
    /// ending a person at the words between two names (not a particle: "von der Leyen") and
    /// counting a nameless title as a person, each closer to the truth, each lost a sure
    /// link and one or two topics on `dev/` (both: 284/313 → 282/313, topics 217 → 214).
    /// For the words' weights such names stay what they were
    /// (a third titled person a participant): made subjects there too, they cost the lexical
    /// linkers three sure links on `dev/`. (On `dev/`, 74 pairs: semantic + lexicon 0.90
    /// (279/310) → 0.91 (283/312), one topic and two cross-language topics more; semantic 0.91
    /// (215/236) → 0.92 (219/238); `test/`, measured once after, unchanged but one sure link
    /// and one wrong more by meaning alone.)
    static let speakers = 2

    /// What one reading of a version finds.
    private struct Reading {
        var participants: Set<Int32>
        var masked: Set<Int32>
        var recurring: Set<Int32>
        var openingNames: Set<Int32>
    }

    /// One version's participants; the names its embedded text leaves out (the speakers of
    /// its opening sentence and every name there before the second, with every name it keeps
    /// naming); those that are participants by recurring alone; and its opening sentence's names.
    private static func read(_ version: PreparedVersion, titles: Set<Int32>) -> Reading {
        var titled = Set<Int32>(), untitled = Set<Int32>(), openingNames = Set<Int32>()
        // The opening sentence's titled speakers and its untitled names before the second.
        var speakerNames = Set<Int32>(), beforeSpeakers = Set<Int32>()
        var df: [Int32: Int] = [:]
        var opening: Int?
        for s in 0..<version.sentenceCount {
            let tokens = version.tokens(of: s)
            if opening == nil, isOpening(version, s) { opening = s }
            var seen = Set<Int32>()
            // In the opening sentence: whether the words since the last title are names, how
            // many titled persons it has named so far, and whether a word continues the last's name.
            var afterTitle = false
            var persons = 0, inPerson = false
            for t in tokens {
                let term = version.term[t]
                guard term >= 0 else { continue }
                let isName = !version.startsSentence(t) && version.flags[t] & PreparedVersion.capitalisedFlag != 0
                    && version.flags[t] & PreparedVersion.numberFlag == 0
                if s == opening {
                    if titles.contains(term) { afterTitle = true; continue }
                    if isName { openingNames.insert(term) }
                    if isName, afterTitle {
                        if !inPerson { persons += 1; inPerson = true }
                        titled.insert(term)
                        if persons <= speakers { speakerNames.insert(term) }
                    } else {
                        inPerson = false
                        if isName {
                            untitled.insert(term)
                            if persons < speakers { beforeSpeakers.insert(term) }
                        }
                        afterTitle = false
                    }
                }
                if isName, seen.insert(term).inserted { df[term, default: 0] += 1 }
            }
        }
        var result = titled
        // An untitled name of the opening sentence that the account names again is who
        // speaks ("Vladimir Putin had a telephone conversation…", then "Putin noted…").
        for term in untitled where df[term, default: 0] >= 2 { result.insert(term) }
        var masked = speakerNames.union(beforeSpeakers)
        let floor = max(3, Int((0.1 * Double(version.sentenceCount)).rounded(.up)))
        var recurring = Set<Int32>()
        for (term, count) in df where count >= floor && !isAcronym(version.surface[term]) {
            masked.insert(term)
            // Recurring, not speaking: neither titled nor named in the opening sentence before
            // its second speaker. A place the opening line names after its speakers and the
            // account keeps naming is one ("…discussed the incident in the Kerch Strait", then
            // "the situation in the Kerch Strait", "the port of Kerch").
            result.insert(term)
            if !titled.contains(term), !beforeSpeakers.contains(term) { recurring.insert(term) }
        }
        return Reading(participants: result, masked: masked, recurring: recurring, openingNames: openingNames)
    }

    /// The recurring names (`Found.recurring`) that a lexicon hit of `version` matches
    /// ("support for Ukraine", "la crise ukrainienne"), each with the topics of those hits: a
    /// place the account keeps coming back to is a subject, not who speaks. They stay
    /// participants for the words' weights (a name in every other sentence links nothing by
    /// itself); `unmaskingSubjects` decides whether the semantic linker embeds them. `hits`:
    /// the version's hits, title hits left out (`withoutTitleHits`).
    static func lexiconSubjects(_ recurring: Set<Int32>, hits: [LexiconHit], _ version: PreparedVersion) -> [Int32: Set<Int32>] {
        guard !recurring.isEmpty else { return [:] }
        var subjects: [Int32: Set<Int32>] = [:]
        for hit in hits {
            for t in Int(hit.firstToken)...Int(hit.lastToken) where recurring.contains(version.term[t]) {
                subjects[version.term[t], default: []].insert(hit.topic)
            }
        }
        return subjects
    }

    /// The lexicon topics a version's embedded text keeps: those with a hit none of whose
    /// words it masks ("la crise ukrainienne" where only "Ukraine" is masked).
    static func keptTopics(hits: [LexiconHit], masked: Set<Int32>, _ version: PreparedVersion) -> Set<Int32> {
        var kept = Set<Int32>()
        for hit in hits where !kept.contains(hit.topic) {
            if !(Int(hit.firstToken)...Int(hit.lastToken)).contains(where: { masked.contains(version.term[$0]) }) { kept.insert(hit.topic) }
        }
        return kept
    }

    /// `masked` (per version, the names left out of the embedded text) without the subject
    /// names (`lexiconSubjects`) whose topic another version's embedded text keeps
    /// (`keptTopics`): masked on one side only, they leave "continuing to work in support
    /// of" against "leur soutien à l'Ukraine". Decided by topic, not by word, so that another
    /// language or script ("Украина") counts, and a version that never names the subject
    /// keeps nothing. A subject every version masks stays masked: named in every other
    /// sentence of both accounts ("Ukraine" in a call about the war), it would pull all
    /// their sentences together.
    static func unmaskingSubjects(_ masked: [Set<Int32>], subjects: [[Int32: Set<Int32>]], keptTopics: [Set<Int32>]) -> [Set<Int32>] {
        var result = masked
        for (i, names) in subjects.enumerated() {
            for (term, topics) in names where keptTopics.indices.contains(where: { $0 != i && !keptTopics[$0].isDisjoint(with: topics) }) {
                result[i].remove(term)
            }
        }
        return result
    }

    /// `hits` of `version` without those that name a participant by their title: one word,
    /// a participant's name, right after a person's title (`titles`: "president", "leader",
    /// "глава"), stopwords aside: "the first President of Kazakhstan" is who speaks, not a
    /// "Central Asia" topic. Only after a title, not after any word every readout uses: "la
    /// question de l'Ukraine" is the subject, however often the account names Ukraine. Elsewhere the same name is a subject ("measures taken in
    /// Kazakhstan", "the situation in Lebanon"), and a phrase ("Great Patriotic War") always is.
    ///
    /// `speakerTopics`: the lexicon topics such a hit names in a version of another language
    /// (`speakerTopics(_:_:_:titles:)`). A hit of one of them right after a title is who
    /// speaks too, the name a participant's or not: the participants are known by their keys,
    /// and another language writes them with other keys ("President of Kazakhstan" in one
    /// account, "президент Казахстана" in the other). In the same language the keys are the
    /// participants' own, and another country of the same topic after a title ("the
    /// President of Uzbekistan") stays a subject.
    static func withoutTitleHits(_ hits: [LexiconHit], _ version: PreparedVersion, _ participants: Set<Int32>,
                                 titles: Set<Int32>, speakerTopics: Set<Int32> = []) -> [LexiconHit] {
        guard !titles.isEmpty, !participants.isEmpty || !speakerTopics.isEmpty else { return hits }
        return hits.filter { hit in
            guard isTitleHit(hit, version, titles: titles) else { return true }
            return !participants.contains(version.term[Int(hit.firstToken)]) && !speakerTopics.contains(hit.topic)
        }
    }

    /// `hits` of `version` without those that are a participant's country alone (`countries`)
    /// naming a topic the country pervades (`pervasiveCountryTopics`): in a call between the
    /// White House and Beijing, "China" is in every other sentence of both accounts
    /// ("China-U.S. relations", "China's development"), and as the topic "China and the
    /// Indo-Pacific" it gathered a researcher's every China sentence into one topic "in both",
    /// hiding what one side said alone. A phrase ("South China Sea") still names its topic,
    /// and a country named now and then stays a subject ("gas deliveries from Kazakhstan").
    static func withoutCountryHits(_ hits: [LexiconHit], _ version: PreparedVersion, countries: Set<Int32>, pervasive: Set<Int32>) -> [LexiconHit] {
        guard !pervasive.isEmpty else { return hits }
        return hits.filter { !(pervasive.contains($0.topic) && isCountryHit($0, version, countries: countries)) }
    }

    /// The place topics (`places`, by topic) that a participant's country alone names in a
    /// quarter of a version's sentences or more (three at least), in any version: the
    /// relations of the two sides, not a subject of theirs.
    static func pervasiveCountryTopics(_ hits: [[LexiconHit]], _ versions: [PreparedVersion], countries: Set<Int32>, places: [Bool]) -> Set<Int32> {
        guard !countries.isEmpty else { return [] }
        var pervasive = Set<Int32>()
        for (v, version) in versions.enumerated() {
            var sentences: [Int32: Set<Int32>] = [:]
            for hit in hits[v] where places[Int(hit.topic)] && isCountryHit(hit, version, countries: countries) {
                sentences[hit.topic, default: []].insert(hit.sentence)
            }
            for (topic, named) in sentences where named.count >= 3 && Double(named.count) >= 0.25 * Double(version.sentenceCount) {
                pervasive.insert(topic)
            }
        }
        return pervasive
    }

    private static func isCountryHit(_ hit: LexiconHit, _ version: PreparedVersion, countries: Set<Int32>) -> Bool {
        hit.firstToken == hit.lastToken && countries.contains(version.term[Int(hit.firstToken)])
    }

    /// For each of `versions`, the lexicon topics that a hit on a participant's name right
    /// after a title names in the versions of other languages (`hits`: each version's): the
    /// participants' countries as the lexicon knows them.
    static func speakerTopics(_ hits: [[LexiconHit]], _ versions: [PreparedVersion], _ participants: [Set<Int32>],
                              titles: Set<Int32>) -> [Set<Int32>] {
        let named = versions.indices.map { v in
            Set(hits[v].lazy.filter { isTitleHit($0, versions[v], titles: titles) && participants[v].contains(versions[v].term[Int($0.firstToken)]) }
                .map(\.topic))
        }
        return versions.indices.map { v in
            versions.indices.reduce(into: Set<Int32>()) { topics, w in
                if versions[w].language != versions[v].language { topics.formUnion(named[w]) }
            }
        }
    }

    /// Whether `hit` is one word right after a person's title, stopwords aside.
    private static func isTitleHit(_ hit: LexiconHit, _ version: PreparedVersion, titles: Set<Int32>) -> Bool {
        let first = Int(hit.firstToken)
        guard hit.firstToken == hit.lastToken, version.term[first] >= 0 else { return false }
        let sentenceStart = version.tokens(of: Int(hit.sentence)).lowerBound
        var t = first - 1
        while t >= sentenceStart, version.term[t] < 0 { t -= 1 }
        return t >= sentenceStart && titles.contains(version.term[t])
    }

    /// Whether a word is written in capitals alone, with at least two letters ("ОДКБ", "NATO"),
    /// or in capitals and digits ("G7", "COP26"): an organisation's name, not a person's.
    static func isAcronym(_ word: String?) -> Bool {
        guard let word else { return false }
        var letters = 0, digits = 0
        for scalar in word.unicodeScalars {
            if scalar.properties.isAlphabetic {
                guard scalar.properties.isUppercase else { return false }
                letters += 1
            } else if scalar.properties.numericType == .decimal {
                digits += 1
            }
        }
        // "G7", "G20", "COP26": a code of capitals and digits is an organisation's name too.
        return letters >= 2 || letters >= 1 && digits >= 1
    }
}

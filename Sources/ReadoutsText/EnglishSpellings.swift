/// British spellings read as American ones, so that a search by stems finds both: a
/// translator's `*defence` with stems missed the White House's "Defense" beside Downing
/// Street's "defence". Words are lower-cased, as the tokenizer gives them; a word with no
/// British spelling is returned as it is.
///
/// The rules, each on words known to take it (a rule on every word would read "promise" as
/// "promize" and "travel" as "travl"):
/// - "-ence" of defence, offence, licence, pretence → "-ense";
/// - "-our" → "-or" in colour, favour, honour, labour, neighbour, behaviour… and their
///   derivatives ("honourable", "neighbouring");
/// - "-ise", "-ised", "-ising", "-isation" → "-ize…" after four letters or more, but for the
///   words that take "-ise" alone (advertise, compromise, exercise, supervise, surprise…);
/// - "-yse" → "-yze" (analyse, paralyse, catalyse);
/// - "-re" → "-er" (centre, theatre, metre, litre, fibre, calibre…), "-ogue" → "-og"
///   (catalogue, analogue), "programme" → "program";
/// - a doubled "l" before "-ed", "-ing", "-er" of travel, cancel, label, model, fuel, signal,
///   level, counsel… → one "l";
/// - judgement, acknowledgement, ageing, enrolment, fulfilment, instalment, sceptic(al),
///   manoeuvre, aluminium, grey, mould, plough → their American forms.
public enum EnglishSpellings {
    /// The American spelling of a lower-cased English word.
    public static func american(_ word: String) -> String {
        guard word.count >= 4, word.utf8.allSatisfy({ $0 < 0x80 }) else { return word }
        if let whole = wholeWords[word] { return whole }
        // "-ence" → "-ense".
        for root in senseRoots where word.hasPrefix(root + "c") {
            return root + "s" + String(word.dropFirst(root.count + 1))
        }
        // "-our" → "-or".
        for root in ourRoots where word.hasPrefix(root + "our") {
            return root + "or" + String(word.dropFirst(root.count + 3))
        }
        // "-re" → "-er" ("centred" → "centered", "centres" → "centers").
        for root in reRoots where word.hasPrefix(root + "re") {
            let rest = String(word.dropFirst(root.count + 2))
            return root + "er" + (rest == "d" ? "ed" : rest)
        }
        for root in ogueRoots where word.hasPrefix(root + "ogue") {
            return root + "og" + String(word.dropFirst(root.count + 4))
        }
        // A doubled "l" before an ending.
        for root in doubledLRoots where word.hasPrefix(root + "l") {
            let rest = String(word.dropFirst(root.count + 1))
            if ["ed", "ing", "er", "ers"].contains(rest) { return root + rest }
        }
        // "-yse" → "-yze".
        for root in ["analy", "paraly", "cataly", "dialy"] where word.hasPrefix(root + "s") {
            return root + "z" + String(word.dropFirst(root.count + 1))
        }
        // "-ise…" → "-ize…".
        for ending in iseEndings where word.utf8.count > ending.utf8.count + 3 && word.hasSuffix(ending) {
            let root = String(word.dropLast(ending.count))
            guard !iseOnly.contains(where: { root.hasSuffix($0) }) else { return word }
            return root + "iz" + String(ending.dropFirst(2))
        }
        return word
    }

    static let wholeWords: [String: String] = [
        "judgement": "judgment", "judgements": "judgments", "acknowledgement": "acknowledgment",
        "acknowledgements": "acknowledgments", "ageing": "aging", "enrolment": "enrollment", "enrolments": "enrollments",
        "enrol": "enroll", "enrols": "enrolls", "fulfil": "fulfill", "fulfils": "fulfills", "fulfilment": "fulfillment",
        "instalment": "installment", "instalments": "installments", "sceptic": "skeptic", "sceptics": "skeptics",
        "sceptical": "skeptical", "scepticism": "skepticism", "manoeuvre": "maneuver", "manoeuvres": "maneuvers",
        "aluminium": "aluminum", "grey": "gray", "mould": "mold", "plough": "plow", "programme": "program",
        "programmes": "programs", "cheque": "check", "cheques": "checks", "storey": "story", "kerb": "curb",
        "practise": "practice", "practised": "practiced", "practising": "practicing", "whilst": "while",
        "amongst": "among", "towards": "toward", "jewellery": "jewelry", "pyjamas": "pajamas",
    ]
    /// Roots whose "c" is an American "s": defence, offence, licence, pretence.
    static let senseRoots = ["defen", "offen", "licen", "preten"]
    static let ourRoots = [
        "col", "fav", "hon", "dishon", "lab", "neighb", "behavi", "harb", "hum", "rum", "vap", "vig", "endeav", "arm",
        "flav", "sav", "parl", "od", "rig", "val", "clam", "splend", "ferv", "ard", "cand", "tum",
    ]
    /// Roots whose "-re" is an American "-er": centre, theatre, metre, litre, fibre, calibre…
    static let reRoots = ["cent", "theat", "met", "lit", "fib", "calib", "spect", "somb", "meag", "lust", "sab"]
    static let ogueRoots = ["catal", "anal", "prol", "epil", "monol"]
    static let doubledLRoots = [
        "travel", "cancel", "label", "model", "fuel", "signal", "level", "counsel", "marshal", "channel", "tunnel",
        "dial", "equal", "quarrel", "rival", "shovel", "jewel", "total", "libel", "pencil", "panel", "unravel",
    ]
    static let iseEndings = ["isations", "isation", "ising", "ised", "ises", "iser", "isers", "ise"]
    /// Roots before "-ise" that take it alone: "advertise", "compromise", "exercise"…
    static let iseOnly = [
        "advert", "chast", "circumc", "compr", "comprom", "desp", "disgu", "enterpr", "exerc", "expert", "franch",
        "improv", "merchand", "otherw", "likew", "clockw", "parad", "prem", "prom", "prec", "conc", "superv", "surpr",
        "surm", "telev", "treat", "repr", "appr", "torto", "porpo",
    ]
}

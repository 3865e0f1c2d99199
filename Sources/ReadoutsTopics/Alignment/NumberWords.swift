/// Numbers written as words, in the languages the readouts come in. Their vectors lie close
/// to one another ("two" / "trois" 0.7), so a matcher by meaning would pair two different
/// numbers: they are left to the stems, which pair only the same number.
enum NumberWords {
    static let all: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
        "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "vingt", "trente",
        "quarante", "cinquante", "cent", "cents", "mille", "milliers", "milliard", "milliards",
        "один", "одна", "одного", "два", "две", "двух", "три", "трех", "трёх", "четыре", "четырех", "пять", "шесть",
        "семь", "восемь", "девять", "десять", "двадцать", "тридцать", "сто", "тысяча", "тысячи", "тысяч",
        "миллион", "миллиона", "миллионов", "миллиард", "миллиарда", "миллиардов",
    ]

    /// Whether `word` (in any case) is a number written as a word.
    static func contains(_ word: String) -> Bool { all.contains(word.lowercased()) }
}

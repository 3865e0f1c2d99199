/// "Did you mean …?" for misspelt keys, because a typo in a key (a theme's scope name, a
/// setting) is the most common mistake in a hand-written file and the list of every key is
/// long to scan.
public enum Spelling {
    /// The candidate within two edits of `word` (the closest, first on ties), if any.
    public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        var best: (String, Int)?
        let length = word.count
        for candidate in candidates {
            // Lengths further apart than two edits cannot match; skipping them keeps a
            // megabyte-long key from costing a megabyte-square table.
            guard abs(candidate.count - length) <= 2 else { continue }
            let d = distance(word, candidate)
            if d <= 2, best == nil || d < best!.1 { best = (candidate, d) }
        }
        return best?.0
    }

    /// Levenshtein distance with adjacent swaps counted as one edit (optimal string alignment).
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }
}

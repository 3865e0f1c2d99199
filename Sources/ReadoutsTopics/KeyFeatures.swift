/// What the soft cosine asks of every key, computed once per analysis (after the last key
/// is interned, before the first pair is linked) instead of per comparison: the key's character trigrams (for the fuzzy match "négociations" ~
/// "négociation") and its length (for naming automatic topics).
///
/// Arrays indexed by key id: a comparison costs no hashing and no reference counting,
/// which the dictionary cache it replaces spent a fifth of linking on.
struct KeyFeatures {
    /// Key `k`'s trigram hashes, sorted and distinct, are `grams[start[k] ..< start[k + 1]]`;
    /// keys shorter than five scalars have none.
    private let start: [Int32]
    private let grams: [UInt32]
    /// min(12, the key's length in characters).
    let namingLength: [Float]

    init(keys: [String]) {
        var start: [Int32] = [0]
        var grams: [UInt32] = []
        var lengths: [Float] = []
        start.reserveCapacity(keys.count + 1)
        lengths.reserveCapacity(keys.count)
        for key in keys {
            let scalars = Array(key.unicodeScalars)
            if scalars.count >= 5 {
                var own: [UInt32] = []
                for i in 0...(scalars.count - 3) {
                    own.append((scalars[i].value &* 31 &+ scalars[i + 1].value) &* 31 &+ scalars[i + 2].value)
                }
                grams += Set(own).sorted()
            }
            start.append(Int32(grams.count))
            lengths.append(Float(min(12, key.count)))
        }
        self.start = start
        self.grams = grams
        namingLength = lengths
    }

    /// Character-trigram Dice ≥ 0.7 between two keys of five or more characters.
    func trigramSimilar(_ x: Int32, _ y: Int32) -> Bool {
        let (xStart, xEnd) = (Int(start[Int(x)]), Int(start[Int(x) + 1]))
        let (yStart, yEnd) = (Int(start[Int(y)]), Int(start[Int(y) + 1]))
        let (xCount, yCount) = (xEnd - xStart, yEnd - yStart)
        guard xCount >= 3, yCount >= 3 else { return false }
        let smaller = Double(min(xCount, yCount))
        let larger = Double(max(xCount, yCount))
        guard 2 * smaller / (smaller + larger) >= 0.7 else { return false }
        return grams.withUnsafeBufferPointer { grams in
            var i = xStart, j = yStart, common = 0
            while i < xEnd, j < yEnd {
                if grams[i] == grams[j] { common += 1; i += 1; j += 1 } else if grams[i] < grams[j] { i += 1 } else { j += 1 }
            }
            return 2 * Double(common) / Double(xCount + yCount) >= 0.7
        }
    }
}

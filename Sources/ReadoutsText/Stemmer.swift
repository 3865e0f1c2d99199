import CStemmer

/// A Snowball stemmer (libstemmer) for one language, with a cache per word type.
///
/// libstemmer is not thread-safe, so a `Stemmer` is deliberately not `Sendable`: each
/// thread or task creates its own (see `Normaliser`).
public final class Stemmer {
    private let handle: OpaquePointer?
    /// English words are stemmed with their American spelling (`EnglishSpellings`), so that
    /// linking and search by stems join Downing Street's "defence" and the White House's
    /// "Defense".
    private let readsAmericanSpellings: Bool
    private var cache: [String: String] = [:]

    /// Nil when libstemmer has no algorithm for `language` (e.g. `.undetermined`).
    public init?(language: Language) {
        guard let algorithm = language.snowballAlgorithm,
            let handle = sb_stemmer_new(algorithm, "UTF_8")
        else { return nil }
        self.handle = handle
        readsAmericanSpellings = language == .english
    }

    deinit { if let handle { sb_stemmer_delete(handle) } }

    /// The stem of a lower-case word (Snowball expects lower case; accents must be kept).
    public func stem(_ word: String) -> String {
        if let cached = cache[word] { return cached }
        var utf8 = Array((readsAmericanSpellings ? EnglishSpellings.american(word) : word).utf8)
        let result: String
        if let stemmed = utf8.withUnsafeMutableBufferPointer({ buffer -> String? in
            guard let out = sb_stemmer_stem(handle, buffer.baseAddress, Int32(buffer.count)) else { return nil }
            // Copy at once: the next call reuses libstemmer's buffer.
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
        }) {
            result = stemmed
        } else {
            result = word
        }
        utf8.removeAll()
        cache[word] = result
        return result
    }
}

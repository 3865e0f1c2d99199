import ReadoutsEncoder
import ReadoutsText

extension Lexicon {
    /// What an export records of a lexicon it was linked with, so that a comparison can be
    /// made again with the same one: its name and `version` as its file gives them, and the
    /// SHA-256 of what linking reads of it (`fingerprint`: topics, labels, weights, aliases,
    /// exclusions — not its comments or layout). The shipped lexicon has said `version = 1`
    /// through many changes of its aliases; the hash tells them apart.
    public struct Identity: Sendable, Equatable {
        public var name: String
        public var version: String?
        /// 64 lower-case hexadecimal digits.
        public var sha256: String

        /// The hash's first twelve digits, as the brief and the page give it.
        public var shortHash: String { String(sha256.prefix(12)) }
    }

    public var identity: Identity {
        var hash = SHA256()
        hash.update(fingerprint)
        // Outside text, as topic labels are (`LexiconTopicDisplay`): no control or bidi character.
        return Identity(name: Sanitiser.sanitisedLine(name), version: version.map(Sanitiser.sanitisedLine), sha256: SHA256.hex(hash.finish()))
    }
}

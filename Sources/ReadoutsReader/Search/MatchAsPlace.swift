/// A search that moves the reader makes its match the place the reader is, as a step to
/// another occurrence makes that one current: the current occurrence is left behind (the
/// status line went on naming it beside the match's count, "G paris 2/2 · en.txt  match
/// 1/2", as if the match were that topic's passage). The focused topic stays emphasised,
/// and `]`, `[`, `;` and `,` go on from the match.
extension ReaderState {
    /// After a search moved the reader to `search.current` (`/` or `?` and `Enter`, `n`,
    /// `N`, `:/`): `c`, `Enter`, `y`, `Y` and `m` act on the match's sentence, and no topic
    /// occurrence is current until a topic step, `Enter`, `:N` or a click makes one so.
    mutating func arriveAtMatch() {
        guard search.current != nil else { return }
        reading.point = nil
        reading.matchIsNewer = true
        navigation.current = nil
        navigation.linkCycle = 0
        navigation.showsPartners = false
    }

    /// Whether the search says where the reader is: a match the reader moved to, and no
    /// occurrence current since. The status line then names no topic.
    var isAtMatch: Bool {
        reading.matchIsNewer && search.current != nil && navigation.current == nil
    }

    /// Whether the last place a search took the reader is still where it is, no occurrence
    /// current since: a match, or, after a search that failed (which moves nothing, as in
    /// less and vim), the match before it. The status line then names no topic: a failed
    /// search brought back "M трое детей 1 · only in МИД России" beside its "no match",
    /// the passage left behind two searches before.
    var searchIsThePlace: Bool {
        reading.matchIsNewer && navigation.current == nil
    }

    /// The offset of the match the reader moved to, while it is on screen in `version`:
    /// where a topic step after a search starts.
    func matchOnScreen(in version: Int) -> Int? {
        guard isAtMatch, let match = search.current, match.version == version,
              row(of: match.range.lowerBound, in: version) != nil else { return nil }
        return match.range.lowerBound
    }
}

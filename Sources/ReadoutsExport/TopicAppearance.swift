import ReadoutsReader

/// How the HTML report tells a topic apart, exactly as the reader does: the reader's colour
/// slot picks the palette colour (class `t0`…), and the reader's gutter letter is the
/// superscript mark beside every occurrence, so colour is never the only signal. Once
/// the palette is used up, colours repeat with an underline pattern (`k1`…: dotted,
/// dashed, wavy, double) as a second distinction.
///
/// The slot and the letter come from `TopicIndex`, the reader's own assignment; when the
/// reader's colour assignment changes, this is the one place the report asks for it.
struct TopicAppearance {
    /// The number of topic colours both appearances share.
    let colourCount: Int
    static let patternCount = 4

    func slot(_ topic: Int, in index: TopicIndex) -> Int { index.slot(of: topic) }

    func mark(_ topic: Int, in index: TopicIndex) -> Character { index.symbol(of: topic) }

    /// The class attribute's value for a topic: its colour and, past the palette, its pattern.
    func classes(_ topic: Int, in index: TopicIndex) -> String {
        let slot = slot(topic, in: index)
        let colour = "t\(slot % max(1, colourCount))"
        let pattern = (slot / max(1, colourCount)) % (Self.patternCount + 1)
        return pattern == 0 ? colour : colour + " k\(pattern)"
    }
}

extension TopicAppearance {
    /// The class that fills a presence-map mark with the topic's colour.
    func fillClass(_ topic: Int, in index: TopicIndex) -> String {
        "f\(slot(topic, in: index) % max(1, colourCount))"
    }
}

import ReadoutsText
import ReadoutsThemes
import ReadoutsTopics

/// The `c` overlay: a linked pair of sentences one above the other, with the words they
/// share (same stem) and the words only one side uses marked, so the reader sees how each
/// side worded the same point.
public struct CompareView: Sendable, Equatable {
    public struct Side: Sendable, Equatable {
        public var label: String
        public var text: String
        /// Scalar ranges (relative to `text`) of words whose stem the other side also has.
        public var shared: [Range<Int>]
        /// Scalar ranges of content words only this side uses.
        public var own: [Range<Int>]
    }

    public var sides: [Side]
    public var topicSlot: Int?

    /// Compares two sentences word by word through the same normaliser as the engine.
    static func build(_ a: (label: String, text: String, language: Language), _ b: (label: String, text: String, language: Language)) -> [Side] {
        func words(_ text: String, _ language: Language) -> [(Range<Int>, String)] {
            let normaliser = Normaliser(language: language)
            return Tokenizer.tokens(in: text).compactMap { token in
                guard let word = normaliser.normalise(token) else { return nil }
                return (token.range, word.key)
            }
        }
        let left = words(a.text, a.language)
        let right = words(b.text, b.language)
        let leftKeys = Set(left.map(\.1))
        let rightKeys = Set(right.map(\.1))
        return [
            Side(label: a.label, text: a.text, shared: left.filter { rightKeys.contains($0.1) }.map(\.0),
                 own: left.filter { !rightKeys.contains($0.1) }.map(\.0)),
            Side(label: b.label, text: b.text, shared: right.filter { leftKeys.contains($0.1) }.map(\.0),
                 own: right.filter { !leftKeys.contains($0.1) }.map(\.0)),
        ]
    }
}

/// The compare view's one key.
enum CompareAction: Sendable { case close }

extension CompareView {
    static let keymap = Keymap<CompareAction>([
        KeyGroup("In the compare view", [KeyBinding([[.any]], .close, "closes")]),
    ])
}

extension ReaderState {
    mutating func handleCompareKey(_ key: Key, layer position: Int) -> LayerResponse {
        guard case .action(.close, _) = CompareView.keymap.resolve([key]) else { return .passed }
        layers.remove(at: position)
        return .consumed([])
    }

    mutating func openCompare() {
        guard let (index, current, mark, partners) = currentLinks() else { return }
        let partner = partners[navigation.linkCycle % partners.count].to
        guard let range = index.sentenceRange(current.version, mark.sentence),
            let partnerRange = index.sentenceRange(partner.version, partner.sentence)
        else { return }
        let language = { (version: Int) in index.analysis.versions[version].language }
        push(.compare(CompareView(
            sides: CompareView.build(
                (documents[current.version].label, documents[current.version].string(range), language(current.version)),
                (documents[partner.version].label, documents[partner.version].string(partnerRange), language(partner.version))),
            topicSlot: index.slot(of: mark.topic))))
    }
}

func renderCompare(_ frame: inout Frame, state: ReaderState, view: CompareView) {
    let theme = state.theme
    let box = theme.style("ui.help")
    let width = min(frame.width, max(30, min(100, frame.width - 4)))
    let inner = max(1, width - 4)
    var sharedStyle = view.topicSlot.map { theme.topic($0) } ?? box
    sharedStyle.background = box.background
    sharedStyle.modifiers.insert(.bold)
    var ownStyle = box
    ownStyle.modifiers.insert(.underline)
    let wrapped = view.sides.map { side -> ([Unicode.Scalar], [WrappedLine]) in
        let scalars = Array(side.text.unicodeScalars)
        return (scalars, Wrapper.wrap(scalars, range: 0..<scalars.count, width: inner, keepsLineBreaks: false))
    }
    let close = CompareView.keymap.groups[0].helpRows[0]
    let legend = "bold: same stem on both sides · underlined: only on this side · \(close.keys) \(close.summary)"
    let area = Rect.centered(in: frame.bounds, width: width, height: wrapped.map { $0.1.count + 1 }.reduce(0, +) + 4)
    let (left, top, height) = (area.x, area.y, area.height)
    frame.fill(area, style: box)
    frame.put(" Compare ", x: left + 2, y: top, style: theme.style("ui.help.heading"), limit: width - 4)
    var y = top + 1
    for (sideIndex, side) in view.sides.enumerated() {
        let (scalars, lines) = wrapped[sideIndex]
        guard y < top + height - 1 else { break }
        frame.put(side.label, x: left + 2, y: y, style: theme.style("ui.help.heading"), limit: inner)
        y += 1
        for line in lines {
            guard y < top + height - 1 else { break }
            var x = left + 2
            var offset = line.range.lowerBound
            for character in String(String.UnicodeScalarView(scalars[line.range])) {
                let style = side.shared.contains { $0.contains(offset) } ? sharedStyle : side.own.contains { $0.contains(offset) } ? ownStyle : box
                x = frame.put(String(character), x: x, y: y, style: style, limit: left + 2 + inner - x)
                offset += character.unicodeScalars.count
            }
            y += 1
        }
        if sideIndex == 0 { y += 1 }
    }
    frame.put(legend, x: left + 2, y: top + height - 1, style: theme.style("ui.empty"), limit: inner)
}

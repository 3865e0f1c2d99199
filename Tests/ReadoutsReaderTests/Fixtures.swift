import ReadoutsText
import ReadoutsThemes
import ReadoutsTopics
@testable import ReadoutsReader

enum Fixtures {
    /// A theme whose scopes are all told apart by colour, so style assertions mean something.
    static let theme: TerminalTheme = {
        let library = ThemeLibrary(userDirectory: nil)
        return TerminalTheme(theme: try! library.load(named: "default"), tier: .direct)
    }()

    static let bundled = BundledReadouts.documents()
    static let bundledAnalysis = TopicEngine().analyse(bundled)

    static func document(_ text: String, label: String? = "Test", markdown: Bool = true) -> Document {
        try! DocumentLoader.load(bytes: Array(text.utf8), name: label ?? "test.md", markdown: markdown, label: label)
    }

    /// The analysis's versions of hand-made English `documents`, split into sentences as the
    /// engine splits them.
    static func versions(of documents: [Document]) -> [Analysis.Version] {
        documents.enumerated().map { index, document in
            Analysis.Version(id: "v\(index)", label: document.label, language: .english,
                             sentences: SentenceSplitter.sentences(of: document, language: .english))
        }
    }

    /// The scalar range of the first `word` in `document`.
    static func range(of word: String, in document: Document) -> Range<Int> {
        let found = document.text.range(of: word)!
        let start = document.text.unicodeScalars.distance(from: document.text.unicodeScalars.startIndex, to: found.lowerBound)
        return start..<start + word.unicodeScalars.count
    }

    /// Versions of `texts` (labelled `prefix` 1, 2…) analysed by `engine`, at a size.
    static func analysedState(_ texts: [String], prefix: String, width: Int, height: Int,
                              engine: TopicEngine = TopicEngine()) -> ReaderState {
        let documents = texts.enumerated().map { document($1, label: "\(prefix)\($0 + 1)") }
        var state = ReaderState(documents: documents, width: width, height: height, theme: theme)
        state.apply(.topics(TopicIndex(engine.analyse(documents), documents: documents), progress: 1))
        return state
    }

    /// The bundled readouts at a size, with or without their topics.
    static func bundledState(width: Int = 120, height: Int = 40, analysed: Bool = true) -> ReaderState {
        var state = ReaderState(documents: bundled, width: width, height: height, theme: theme)
        if analysed { state.apply(.topics(TopicIndex(bundledAnalysis, documents: bundled), progress: 1)) }
        return state
    }
}

extension ReaderState {
    mutating func press(_ keys: Key...) {
        for key in keys { apply(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { apply(.key(.character(character))) }
    }

    /// The cells of `frame` that show scalars of `range` of `version`.
    func cells(in frame: Frame, version: Int, range: Range<Int>) -> [Cell] {
        guard let pane = layout.panes.first(where: { $0.version == version }) else { return [] }
        var result: [Cell] = []
        for row in 0..<layout.contentHeight {
            for column in 0..<pane.width {
                if let offset = offset(atColumn: column, row: row, in: version), range.contains(offset) {
                    result.append(frame[pane.x + column, layout.contentTop + row])
                }
            }
        }
        return result
    }

    /// The text of a pane's content rows, as drawn.
    func paneText(_ version: Int) -> [String] {
        let frame = render(self)
        guard let pane = layout.panes.first(where: { $0.version == version }) else { return [] }
        return (layout.contentTop..<layout.contentTop + layout.contentHeight).map { y in
            (pane.x..<pane.x + pane.width).map { frame[$0, y].text }.joined()
        }
    }
}

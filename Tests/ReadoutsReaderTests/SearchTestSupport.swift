import ReadoutsText
@testable import ReadoutsReader

/// A plain-text document for search tests (paragraphs separated by blank lines).
func plainDocument(_ text: String, name: String = "test.txt") -> Document {
    (try? DocumentLoader.load(bytes: Array(text.utf8), name: name, markdown: false))
        ?? Document(id: name, label: name, text: "", blocks: [])
}

/// The matched texts of `pattern` in `text`, as a reader would see them highlighted.
func found(_ pattern: String, in text: String, options: SearchOptions = SearchOptions(),
           language: Language = .french, paneLanguage: Language? = nil) throws -> [String] {
    let scalars = Array(text.unicodeScalars)
    let matcher = try SearchMatcher(pattern: pattern, options: options, language: language, paneLanguage: paneLanguage)
    return matcher.matches(in: scalars, range: 0..<scalars.count).ranges.map { range in
        String(String.UnicodeScalarView(scalars[range]))
    }
}

/// The notice once `*pattern` has searched every pane of `documents` and counted them whole.
func everyPaneSearchNotice(_ pattern: String, in documents: [Document]) -> String? {
    var state = ReaderState(documents: documents, width: 120, height: 20, theme: Fixtures.theme)
    state.type("*" + pattern)
    state.press(.enter)
    state.finishSearch()
    return state.notice?.text
}

extension ReaderState {
    // `type` and `press` come from Fixtures.swift.

    /// Runs background steps until the search has counted everything.
    mutating func finishSearch() {
        var steps = 0
        while hasBackgroundWork && steps < 10_000 {
            apply(.tick)
            steps += 1
        }
    }
}

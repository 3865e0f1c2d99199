import Foundation
import ReadoutsReader

/// The search history between sessions: `search-history.json` in the state directory,
/// oldest first, each search with its modes. Bounded like the history in the reader
/// (100 searches, patterns of at most 1,000 characters); a file that cannot be understood
/// is set aside with a notice, never trusted.
struct SearchHistoryStore {
    static let fileName = "search-history.json"

    let directory: StateDirectory

    private struct Stored: Codable {
        var format: Int
        var searches: [StoredSearch]
    }

    private struct StoredSearch: Codable {
        var pattern: String
        var regex: Bool?
        var word: Bool?
        var stem: Bool?
        var exactAccents: Bool?
        var allPanes: Bool?
        /// `CaseMatching`'s raw value; absent (smart case) in files from before `-i` and `-I`.
        var caseMatching: String?
    }

    func load(notices: inout [String]) -> [SearchHistoryEntry] {
        do {
            guard let data = try directory.read(Self.fileName) else { return [] }
            guard let stored = try? JSONDecoder().decode(Stored.self, from: data), stored.format == 1 else {
                notices.append(directory.setAside(Self.fileName, because: "not a search history"))
                return []
            }
            return stored.searches.suffix(SearchPrompt.historyLimit).map { search in
                SearchHistoryEntry(pattern: search.pattern, options: SearchOptions(
                    regex: search.regex ?? false, wholeWord: search.word ?? false, stem: search.stem ?? false,
                    exactAccents: search.exactAccents ?? false, allPanes: search.allPanes ?? false,
                    caseMatching: search.caseMatching.flatMap(CaseMatching.init(rawValue:)) ?? .smart))
            }
        } catch {
            notices.append("ignored \(error)")
            return []
        }
    }

    func save(_ history: [SearchHistoryEntry]) throws(StateFileError) {
        let searches = history.suffix(SearchPrompt.historyLimit).map { entry in
            StoredSearch(pattern: entry.pattern, regex: entry.options.regex, word: entry.options.wholeWord, stem: entry.options.stem,
                         exactAccents: entry.options.exactAccents, allPanes: entry.options.allPanes,
                         caseMatching: entry.options.caseMatching == .smart ? nil : entry.options.caseMatching.rawValue)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(Stored(format: 1, searches: Array(searches))) else { return }
        try directory.write(Self.fileName, data)
    }
}

import ReadoutsReader

/// The terminal layer's side of what outlives a session: reads marks and search history
/// at start, saves them when the reader asks (`Effect.saveMarks`, `.saveSearchHistory`),
/// and holds the clipboard. A problem is returned as a one-line notice, never thrown.
struct SessionKeeper {
    let marks: MarkStore?
    let history: SearchHistoryStore?
    var clipboard: Clipboard

    init(directory: StateDirectory?, files: [String], clipboard: Clipboard) {
        marks = directory.flatMap { files.isEmpty ? nil : MarkStore(directory: $0, files: files) }
        history = directory.map { SearchHistoryStore(directory: $0) }
        self.clipboard = clipboard
    }

    func restore() -> RestoredSession {
        var notices: [String] = []
        let restoredHistory = history?.load(notices: &notices) ?? []
        let restoredMarks = marks?.load(notices: &notices) ?? [:]
        return RestoredSession(marks: restoredMarks, history: restoredHistory, notices: notices)
    }

    func save(marks saved: [Character: ReadingMark]) -> String? {
        do {
            try marks?.save(saved)
            return nil
        } catch {
            return "marks not saved: \(error)"
        }
    }

    func save(history saved: [SearchHistoryEntry]) -> String? {
        do {
            try history?.save(saved)
            return nil
        } catch {
            return "search history not saved: \(error)"
        }
    }
}

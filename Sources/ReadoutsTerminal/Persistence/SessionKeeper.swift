import ReadoutsReader

/// The terminal layer's side of what outlives a session: reads marks and search history
/// at start, saves them and the theme chosen with `T` when the reader asks
/// (`Effect.saveMarks`, `.saveSearchHistory`, `.rememberTheme`), and holds the clipboard. A problem is returned as a one-line notice, never thrown.
struct SessionKeeper {
    let marks: MarkStore?
    let history: SearchHistoryStore?
    let theme: ThemeStore?
    var clipboard: Clipboard

    init(directory: StateDirectory?, files: [String], clipboard: Clipboard) {
        marks = directory.flatMap { files.isEmpty ? nil : MarkStore(directory: $0, files: files) }
        history = directory.map { SearchHistoryStore(directory: $0) }
        theme = directory.map { ThemeStore(directory: $0) }
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

    func save(theme name: String) -> String? {
        do {
            try theme?.save(name)
            return nil
        } catch {
            return "theme not kept for next time: \(error)"
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

import ReadoutsText

/// What the search keys outside the prompt ask for.
public enum SearchCommand: Equatable, Sendable {
    /// `/`, `?` and `*`: open the prompt forward, backward, or forward in every pane.
    case forward, backward, allPanes
    /// `n` and `N`: the next match in the search's direction, and the previous one.
    case next, previous
    /// Esc outside the prompt: stop counting and remove the highlights.
    case clear
    /// less's `-i` (`.smart`) and `-I` (`.ignore`): that way of matching case, or, when it
    /// is already the one in use, case-sensitive search (`DashOptions`).
    case toggleCase(CaseMatching)
}

/// Search as state transitions, called from `ReaderState.apply` through three hooks: the
/// prompt's keys (`handleSearchKey`), the search commands (`performSearch`) and background
/// steps (`advanceSearch`). Pure: results depend only on the state and the keys.
extension ReaderState {
    /// True while a search still has blocks to scan: the terminal loop then sends `.tick`s.
    public var hasBackgroundWork: Bool { search.hasPendingWork }

    mutating func performSearch(_ command: SearchCommand) {
        switch command {
        case .forward: openSearchPrompt(backward: false, allPanes: false)
        case .backward:
            // `?` was the help key: it still shows the help until a character is typed.
            openHelp(untilTyping: true)
            openSearchPrompt(backward: true, allPanes: false)
        case .allPanes: openSearchPrompt(backward: false, allPanes: true)
        case .next: stepSearch(reverse: false)
        case .previous: stepSearch(reverse: true)
        case .clear: clearSearch()
        case .toggleCase(let matching): toggleCase(matching)
        }
    }

    mutating func openSearchPrompt(backward: Bool, allPanes: Bool) {
        var options = search.options  // modes carry over from the last search
        options.allPanes = allPanes
        search.saved = SearchState.Saved(
            tops: panes.map(\.top), focus: focus, pattern: search.pattern, options: search.options,
            backward: search.backward, results: search.results, current: search.current)
        search.error = nil
        push(.searchPrompt(SearchPrompt(backward: backward, options: options)))
    }

    /// Stops counting and removes the highlights. The pattern, its modes and its direction
    /// stay: `n`, `N`, `/` Enter and `:/` search for it again, as in vim after `:noh` and in
    /// less after Esc-u.
    mutating func clearSearch() {
        search.clearedAt = search.current
        search.results = [:]
        search.current = nil
        search.statusForms = []
    }

    /// A key while the prompt is open: the prompt takes every key it has a binding for.
    mutating func handlePromptKey(_ key: Key, layer position: Int) -> LayerResponse {
        guard var prompt = searchPrompt else { return .passed }
        if scrollHelpOverEmptyPrompt(key, prompt: prompt) { return .consumed([]) }
        guard case .action(let action, _) = SearchPrompt.keymap.resolve([key]) else { return .consumed([]) }
        var edited = true
        switch action {
        case .type:
            guard case .character(let character) = key else { return .consumed([]) }
            // `?` shows the help: `q`, the key that closes a pager's help, closes it (and the
            // prompt) rather than searching for "q", unless it comes in a paste.
            if character == "q", prompt.characters.isEmpty, !search.defersSearching, let help, help.untilTyping {
                cancelSearch()
                return .consumed([])
            }
            guard prompt.characters.count < SearchPrompt.maximumLength else {
                notice = Notice(Self.patternLimitNotice)
                return .consumed([])
            }
            prompt.insert(character)
        case .deleteBackward:
            if !prompt.deleteBackward() {
                cancelSearch()  // Backspace on an empty prompt leaves it, as in less
                return .consumed([])
            }
        case .deleteForward: prompt.deleteForward()
        case .left: prompt.move(by: -1); edited = false
        case .right: prompt.move(by: 1); edited = false
        case .home: prompt.moveToStart(); edited = false
        case .end: prompt.moveToEnd(); edited = false
        case .older: prompt.older(in: search.history.entries)
        case .newer: prompt.newer(in: search.history.entries)
        case .clearLine: prompt.set("")
        case .toggleRegex: prompt.options.regex.toggle()
        case .toggleWholeWord: prompt.options.wholeWord.toggle()
        case .toggleStem: prompt.options.stem.toggle()
        case .toggleExactAccents: prompt.options.exactAccents.toggle()
        case .toggleAllPanes: prompt.options.allPanes.toggle()
        case .confirm:
            let before = search.history.entries
            confirmSearch()
            return .consumed(search.history.entries != before ? [.saveSearchHistory(search.history.entries)] : [])
        case .cancel:
            cancelSearch()
            return .consumed([])
        }
        searchPrompt = prompt
        if edited {
            if !prompt.characters.isEmpty, let help, help.untilTyping { close(.help) }
            runIncrementalSearch()
        }
        return .consumed([])
    }

    /// Re-searches for what the prompt holds, from where the view was when it opened.
    mutating func runIncrementalSearch() {
        if search.defersSearching {
            search.searchIsDue = true  // once, at the end of the burst of keys
            return
        }
        search.searchIsDue = false
        guard let prompt = searchPrompt, let saved = search.saved else { return }
        restoreView(saved)
        search.error = nil
        search.pattern = prompt.text
        search.options = prompt.options
        search.backward = prompt.backward
        search.current = nil
        search.results = [:]
        notice = nil
        search.statusForms = []
        guard !prompt.characters.isEmpty else { return }
        do {
            try startSearch()
        } catch {
            search.error = error.message
            return
        }
        jumpToFirstMatch()
    }

    /// Builds each searched pane's results and scans the visible blocks at once.
    mutating func startSearch() throws(SearchError) {
        let versions = search.options.allPanes ? Array(documents.indices) : [focus]
        var results: [Int: PaneMatches] = [:]
        for version in versions where documents.indices.contains(version) {
            var language = Language.undetermined
            if search.options.stem {
                language = documentLanguage(version)
                search.languages[version] = language
            }
            // The language the analysis found, for a topic's name in it (`ShippedTopicNames`): no
            // identification on the key path.
            let paneLanguage = topics.flatMap { $0.analysis.versions.indices.contains(version) ? $0.analysis.versions[version].language : nil }
            let matcher = try SearchMatcher(pattern: search.pattern, options: search.options, language: language, paneLanguage: paneLanguage)
            let text = text(version)
            let top = panes[version].top
            var pane = PaneMatches(blockCount: documents[version].blocks.count, start: top.block, matcher: matcher)
            var budget = SearchBudget.key
            for row in text.rows(from: top, count: max(1, contentHeight)) { pane.ensure(row.block, in: documents[version], budget: &budget) }
            results[version] = pane
        }
        search.results = results
    }

    func documentLanguage(_ version: Int) -> Language {
        if let known = search.languages[version] { return known }
        let document = documents[version]
        return LanguageIdentifier.identify(document.string(0..<min(document.scalars.count, 20_000)))
    }

    mutating func jumpToFirstMatch() {
        let version = search.results[focus] != nil ? focus : (search.results.keys.min() ?? focus)
        let origin = text(version).offset(at: panes[version].top)
        var budget = SearchBudget.key
        let found = findHit(from: SearchHit(version: version, range: origin..<origin), inclusive: true,
                            backward: search.backward, budget: &budget)
        if let (hit, _) = found { go(to: hit) }
        countOnKey()
        showSearchStatus(wrapped: found?.1 ?? false, exhausted: budget.isSpent && found == nil)
    }

    mutating func confirmSearch() {
        if search.searchIsDue {
            // Enter at the end of a pasted pattern: search it now, before keeping it.
            search.defersSearching = false
            runIncrementalSearch()
            search.defersSearching = true
        }
        guard let prompt = searchPrompt else { return }
        searchPrompt = nil
        if prompt.characters.isEmpty {
            // Nothing typed: the last pattern is searched again in the prompt's direction
            // (`repeatLastSearch`, which closes a help `?` showed), as vim and less do.
            if let saved = search.saved { restoreSearch(saved) }
            search.saved = nil
            repeatLastSearch(backward: prompt.backward, options: prompt.options)
            return
        }
        search.history.add(SearchHistoryEntry(pattern: prompt.text, options: prompt.options))
        search.saved = nil
        search.clearedAt = nil
        // A search that found nothing leaves the reader where it was, at an occurrence or at
        // the last search's match (`searchIsThePlace`).
        if search.current != nil { arriveAtMatch() }
        if let error = search.error {
            notice = .answer(error)
            search.statusForms = []
        } else {
            notice = search.status.map { .answer($0, shorter: search.shorterStatus) }
        }
    }

    mutating func cancelSearch() {
        search.searchIsDue = false
        if let saved = search.saved {
            restoreView(saved)
            restoreSearch(saved)
        }
        searchPrompt = nil
        search.saved = nil
        search.error = nil
        if let help, help.untilTyping { close(.help) }
        notice = nil
        search.statusForms = []
    }

    mutating func restoreView(_ saved: SearchState.Saved) {
        for version in panes.indices where version < saved.tops.count { setTop(version, saved.tops[version]) }
        if saved.focus != focus { moveFocus(to: saved.focus) }
    }

    mutating func restoreSearch(_ saved: SearchState.Saved) {
        search.pattern = saved.pattern
        search.options = saved.options
        search.backward = saved.backward
        search.results = saved.results
        search.current = saved.current
    }

    /// `/` or `?` then Enter with nothing typed, as in vim and less: the last pattern again,
    /// in the prompt's direction (which `n` then keeps) and modes (`*` Enter searches every
    /// pane for it). Nothing searched yet: nothing happens, and a help `?` showed stays.
    mutating func repeatLastSearch(backward: Bool, options: SearchOptions) {
        guard recallNewestSearch() else { return }
        if let help, help.untilTyping { close(.help) }
        if options != search.options {
            search.options = options
            search.results = [:]  // searched again the new way by `stepSearch`
        }
        search.backward = backward
        stepSearch(reverse: false)
    }

    /// Runs the stored pattern again with no current match; false (the error said) when it
    /// no longer compiles.
    private mutating func searchAgainFromNothing() -> Bool {
        do {
            try startSearch()
        } catch {
            search.error = error.message
            notice = Notice(error.message)
            return false
        }
        search.current = nil
        return true
    }

    /// In a session that has searched nothing yet, the newest pattern of the saved history
    /// (with its options) becomes the last search, as vim's `n` after a restart finds the
    /// pattern its viminfo kept; false when the history is empty too.
    private mutating func recallNewestSearch() -> Bool {
        guard search.pattern.isEmpty, let newest = search.history.entries.last else { return !search.pattern.isEmpty }
        search.pattern = newest.pattern
        // How case counts stays as this session set it (`readouts -I`, `-I` in the reader).
        let caseMatching = search.options.caseMatching
        search.options = newest.options
        if caseMatching != .smart { search.options.caseMatching = caseMatching }
        search.results = [:]
        return true
    }

    /// `n` / `N`: from the current match if it is on screen, otherwise from the top of the view.
    /// After Esc or `:noh` the last pattern is searched again, its highlights back (vim's `n`
    /// after `:noh`): a press officer's `n` was told "no search yet" of a search still stored.
    /// In a new session, the newest pattern of the saved history (`recallNewestSearch`).
    mutating func stepSearch(reverse: Bool) {
        guard search.isActive || recallNewestSearch() else {
            notice = Notice("no search yet: / searches forward, ? backward")
            return
        }
        var resumed: SearchHit?
        if !search.isActive {
            guard searchAgainFromNothing() else { return }
            resumed = search.clearedAt.flatMap { search.results[$0.version] != nil ? $0 : nil }
            // Used once: a later search (another pattern, other options) starts afresh.
            search.clearedAt = nil
        }
        let backward = search.backward != reverse
        // A one-pane search goes with the focus, as vim's `n` searches the window it is in:
        // after Tab, `n` searches the pane now focused for the same pattern, from its top.
        if !search.options.allPanes, search.results[focus] == nil {
            guard searchAgainFromNothing() else { return }
        }
        var from: SearchHit
        var inclusive = false
        if let current = search.current ?? resumed, isVisible(current) {
            from = current
        } else {
            let version = search.results[focus] != nil ? focus : (search.results.keys.min() ?? focus)
            let top = text(version).offset(at: panes[version].top)
            from = SearchHit(version: version, range: top..<top)
            inclusive = true
        }
        var budget = SearchBudget.key
        let found = findHit(from: from, inclusive: inclusive, backward: backward, budget: &budget)
        countOnKey()
        if let (hit, wrapped) = found {
            go(to: hit)
            arriveAtMatch()
            showSearchStatus(wrapped: wrapped, exhausted: false)
        } else {
            showSearchStatus(wrapped: false, exhausted: budget.isSpent)
        }
    }

    /// The next match after (or before) `from`, pane by pane in all-pane searches, wrapping
    /// at the end. Searches unscanned blocks on the way, within `budget` scalars.
    mutating func findHit(from: SearchHit, inclusive: Bool, backward: Bool, budget: inout SearchBudget) -> (SearchHit, Bool)? {
        let versions = search.results.keys.sorted()
        guard let position = versions.firstIndex(of: from.version) ?? versions.first.map({ _ in 0 }) else { return nil }
        let offset = from.range.lowerBound
        let sameVersion = versions[position] == from.version
        if !backward {
            if sameVersion, let range = firstMatch(versions[position], after: offset, inclusive: inclusive, budget: &budget) {
                return (SearchHit(version: versions[position], range: range), false)
            }
            for version in versions[(position + (sameVersion ? 1 : 0))...] {
                if let range = firstMatch(version, after: 0, inclusive: true, budget: &budget) { return (SearchHit(version: version, range: range), false) }
            }
            for version in versions[...position] {
                if let range = firstMatch(version, after: 0, inclusive: true, budget: &budget) { return (SearchHit(version: version, range: range), true) }
            }
        } else {
            if sameVersion, let range = lastMatch(versions[position], before: offset, budget: &budget) {
                return (SearchHit(version: versions[position], range: range), false)
            }
            for version in versions[..<position].reversed() {
                if let range = lastMatch(version, before: Int.max, budget: &budget) { return (SearchHit(version: version, range: range), false) }
            }
            for version in versions[position...].reversed() {
                if let range = lastMatch(version, before: Int.max, budget: &budget) { return (SearchHit(version: version, range: range), true) }
            }
        }
        return nil
    }

    mutating func firstMatch(_ version: Int, after offset: Int, inclusive: Bool, budget: inout SearchBudget) -> Range<Int>? {
        guard var pane = search.results[version] else { return nil }
        let document = documents[version]
        defer { search.results[version] = pane }
        guard !document.blocks.isEmpty else { return nil }
        var block = document.blockIndex(containing: max(0, offset))
        while block < document.blocks.count && !budget.isSpent {
            pane.ensure(block, in: document, budget: &budget)
            if let range = pane.blocks[block]?.first(where: { inclusive ? $0.lowerBound >= offset : $0.lowerBound > offset }) {
                return range
            }
            block += 1
        }
        return nil
    }

    mutating func lastMatch(_ version: Int, before offset: Int, budget: inout SearchBudget) -> Range<Int>? {
        guard var pane = search.results[version] else { return nil }
        let document = documents[version]
        defer { search.results[version] = pane }
        guard !document.blocks.isEmpty else { return nil }
        var block = document.blockIndex(containing: min(offset, document.scalars.count))
        while block >= 0 && !budget.isSpent {
            pane.ensure(block, in: document, budget: &budget)
            if let range = pane.blocks[block]?.last(where: { $0.lowerBound < offset }) { return range }
            block -= 1
        }
        return nil
    }

    /// Makes `hit` current, focuses its pane and scrolls it into view if it is not; follow
    /// mode brings the other panes to what is linked to the match's sentence, as after `]`
    /// (they stayed put until the next `j`).
    mutating func go(to hit: SearchHit) {
        search.current = hit
        if hit.version != focus { moveFocus(to: hit.version) }
        if !isVisible(hit) {
            let text = text(hit.version)
            let row = text.position(containing: hit.range.lowerBound)
            setTop(hit.version, text.step(row, by: -(contentHeight / 3)) ?? .top)
        }
        if navigation.follows, let sentence = topics?.sentence(in: hit.version, at: hit.range.lowerBound) {
            alignOthers(to: hit.version, sentence: sentence, offset: hit.range.lowerBound)
        }
    }

    /// Whether a match's first row is on screen in its pane.
    func isVisible(_ hit: SearchHit) -> Bool {
        guard layout.panes.contains(where: { $0.version == hit.version }) else { return false }
        let text = text(hit.version)
        let row = text.position(containing: hit.range.lowerBound)
        let top = panes[hit.version].top
        guard row >= top else { return false }
        let bottom = text.step(top, by: max(0, contentHeight - 1)) ?? top
        return row <= bottom
    }

    /// Counts a little more on the key itself, so short documents show the full count at once.
    mutating func countOnKey() {
        advanceCount(budget: .count)
    }

    /// Scans unsearched blocks, pane by pane, until `budget` is spent.
    mutating func advanceCount(budget: SearchBudget) {
        var budget = budget
        for version in search.results.keys.sorted() where !budget.isSpent {
            if var pane = search.results[version], !pane.isComplete {
                pane.advance(in: documents[version], budget: &budget)
                search.results[version] = pane
            }
        }
    }

    /// A background step: scans more blocks, then refreshes the count in the status line.
    mutating func advanceSearch() {
        advanceCount(budget: .step)
        if let status = search.status, notice?.text == status {
            showSearchStatus(wrapped: status.hasPrefix(Self.wrappedNotice), exhausted: false)
        }
    }

    static let wrappedNotice = "search wrapped · "
    static let patternLimitNotice = "a pattern holds at most \(SearchPrompt.maximumLength) characters"

    /// How stem mode matched where a version's language has no stemmer (`WordBeginning`):
    /// " · by word beginning “украї”: no stemmer for this version's language", naming the
    /// versions when every pane is searched and only some matched so; "" otherwise.
    func wordBeginningNote(_ versions: [Int]) -> String {
        if versions.contains(where: { search.results[$0]?.matcher.matchesAsWritten == true }) {
            return " · matched as written: no spaces between words to stem by"
        }
        let unstemmed = versions.filter { search.results[$0]?.matcher.wordBeginnings != nil }
        guard let first = unstemmed.first, let beginnings = search.results[first]?.matcher.wordBeginnings else { return "" }
        let shown = "“" + beginnings.joined(separator: " ") + "”"
        if unstemmed.count == versions.count {
            return " · by word beginning \(shown): no stemmer for \(versions.count == 1 ? "this version's language" : "these versions' languages")"
        }
        return " · by word beginning \(shown) in \(unstemmed.map { names[$0] }.joined(separator: ", ")): no stemmer for \(unstemmed.count == 1 ? "its language" : "their languages")"
    }

    /// Whether `pattern` has what only a regular expression writes: ".*", ".+", a class
    /// "[…]", an escape such as "\\d", "\\b" or "\\s", an alternation "a|b", or an anchor
    /// "^" at its start or "$" at its end.
    static func looksLikeARegularExpression(_ pattern: String) -> Bool {
        if pattern.contains(".*") || pattern.contains(".+") || pattern.contains("|") { return true }
        if pattern.hasPrefix("^") || pattern.hasSuffix("$") && pattern.count > 1 { return true }
        if let open = pattern.firstIndex(of: "["), pattern[open...].dropFirst().contains("]") { return true }
        return ["\\d", "\\w", "\\s", "\\b"].contains { pattern.contains($0) }
    }

    /// The search's answer, kept over the focused topic's name on a narrow status line.
    mutating func showSearchStatus(wrapped: Bool, exhausted: Bool) {
        search.statusForms = searchStatusForms(wrapped: wrapped, exhausted: exhausted)
        notice = .answer(search.statusForms[0], shorter: search.shorterStatus)
    }

    /// "match 3/17", "match 3/…" while counting, per-pane counts for all-pane searches,
    /// and a plain "no match" when there is none; then shorter forms for a narrow status
    /// line: without the counts per pane, then without the notes.
    func searchStatusForms(wrapped: Bool, exhausted: Bool) -> [String] {
        let versions = search.results.keys.sorted()
        let complete = search.isComplete
        let total = versions.reduce(0) { $0 + (search.results[$1]?.count ?? 0) }
        var text: String
        if total == 0 {
            let shown = search.pattern.count > 40 ? search.pattern.prefix(39) + "…" : search.pattern
            text = complete ? "no match for “\(shown)”" : (exhausted ? "searching… no match yet" : "searching…")
        } else {
            var ordinal: Int?
            if let current = search.current, let pane = search.results[current.version] {
                let block = documents[current.version].blockIndex(containing: current.range.lowerBound)
                if var within = pane.ordinal(of: current.range, block: block) {
                    for version in versions where version < current.version {
                        guard let other = search.results[version], other.isComplete else { within = -1; break }
                        within += other.count
                    }
                    if within > 0 { ordinal = within }
                }
            }
            // Without a current match (the options changed, the search ran again), the count
            // alone: "match ?/7" left a diplomat guessing what "?" stood for.
            text = ordinal.map { "match \($0)/\(complete ? String(total) : "…")" }
                ?? "\(total) \(total == 1 ? "match" : "matches")\(complete ? "" : " so far")"
        }
        // One match: `n` comes back to it, which is no wrapping worth a word ("search wrapped ·
        // match 1/1" read as if there were more). After `*`, which pane holds it, as the
        // counts per pane said for more ("the only match" alone left a new user looking).
        let onlyOne = complete && total == 1
        var panes = ""
        if onlyOne {
            text = "the only match"
            if search.options.allPanes, let pane = versions.first(where: { search.results[$0]?.count == 1 }) { panes = ", in \(names[pane])" }
        } else if search.options.allPanes {
            let counts = versions.map { version in
                "\(names[version]) \(search.results[version]?.count ?? 0)\(search.results[version]?.isComplete == false ? "…" : "")"
            }
            panes = " · " + counts.joined(separator: ", ")
        }
        var notes = ""
        let skipped = versions.reduce(0) { $0 + (search.results[$1]?.skipped ?? 0) }
        if versions.contains(where: { search.results[$0]?.gaveUp ?? false }) {
            notes = " · pattern too slow: gave up (\(skipped) blocks over budget)"
        } else if skipped > 0 {
            notes = " · pattern too slow, \(skipped) block\(skipped == 1 ? "" : "s") skipped"
        }
        notes += wordBeginningNote(versions)
        // A pattern written as a regular expression and searched as text: say how to search it
        // so (a vim and less user's `/Art.*9` said "no match", nothing more).
        if total == 0, complete, !search.options.regex, Self.looksLikeARegularExpression(search.pattern) {
            notes += " · searched as text: Ctrl-R in the prompt reads it as a regular expression"
        }
        let limit = search.pattern.count >= SearchPrompt.maximumLength ? Self.patternLimitNotice + " · " : ""
        let lead = wrapped && !onlyOne ? Self.wrappedNotice : ""
        let forms = [lead + limit + text + panes + notes, lead + text + notes, lead + text]
        return forms.enumerated().filter { $0.offset == 0 || $0.element != forms[$0.offset - 1] }.map(\.element)
    }
}

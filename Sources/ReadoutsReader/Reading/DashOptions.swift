import ReadoutsText

/// less's options while reading: `-` then an option's letter toggles it. `-N` is `#`
/// (sentence numbers), `-i` and `-I` how search treats case; any other key after `-` says
/// which options there are (a translator's `-i` did nothing, and `-` alone said nothing).
extension ReaderState {
    /// The options `-` takes, as the status line lists them.
    static let dashOptions = "-N -i -I: sentence numbers, ignore case unless capitals, ignore case always"

    /// What the status line says while `-` waits for its letter, as less prompts for it.
    static func pendingHint(_ keys: [Key]) -> String? {
        keys == [.character("-")] ? dashOptions : nil
    }

    /// `-` and a key that is no option: the options there are.
    mutating func listOptions(after key: Key?) {
        let typed = key.map { Sanitiser.escapedForMessage("-" + $0.label) } ?? "-"
        notice = .answer("no \(typed) option · " + Self.dashOptions)
    }

    /// `-i` and `-I`, as less flips them: `-i` turns smart case on (ignore case unless the
    /// pattern has capitals), or off when it is on; `-I` ignores case always, or turns that
    /// off; off, case counts. The search on screen is searched again the new way, as less
    /// does, and the next search keeps it.
    mutating func toggleCase(_ matching: CaseMatching) {
        search.options.caseMatching = search.options.caseMatching == matching ? .sensitive : matching
        notice = .answer(Self.caseNotice(search.options.caseMatching))
        guard search.isActive, search.error == nil, !search.pattern.isEmpty else { return }
        let current = search.current
        do {
            try startSearch()
        } catch {
            notice = Notice(error.message)
            return
        }
        // The match shown stays current if it still is one; else `n` goes on from the screen.
        search.current = current.flatMap { hit in
            guard var pane = search.results[hit.version] else { return nil }
            let block = documents[hit.version].blockIndex(containing: hit.range.lowerBound)
            var budget = SearchBudget.key
            pane.ensure(block, in: documents[hit.version], budget: &budget)
            search.results[hit.version] = pane
            return pane.blocks[block]?.contains(hit.range) == true ? hit : nil
        }
        countOnKey()
        search.statusForms = searchStatusForms(wrapped: false, exhausted: false)
        notice = .answer(Self.caseNotice(search.options.caseMatching) + " · " + (search.status ?? ""))
    }

    /// The status line's word on how search treats case.
    static func caseNotice(_ matching: CaseMatching) -> String {
        switch matching {
        case .smart: return "search ignores case unless the pattern has capitals"
        case .ignore: return "search ignores case, capitals too"
        case .sensitive: return "search matches case (-i or -I ignores it)"
        }
    }
}

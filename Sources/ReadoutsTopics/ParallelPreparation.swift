import ReadoutsText

/// Prepares the versions on two cores (`SecondCore`): the calling thread takes the
/// even-numbered versions and the worker the odd ones. Each side has its own vocabularies and
/// normalisers (libstemmer is not thread-safe); their ids are renumbered into the shared
/// vocabularies afterwards, in place, which costs one pass over the tokens.
///
/// Progress and cancellation stay on the calling thread: it reports both sides' progress
/// through `step`, and the worker stops when `step` answers false.
enum ParallelPreparation {
    /// A version prepared with private vocabularies, and those vocabularies' strings.
    struct Local: Sendable {
        var version: PreparedVersion
        var keys: [String]
        var key2s: [String]
    }

    static func prepareOne(_ document: Document, step: (Double) -> Bool) -> Local? {
        let keys = Vocabulary()
        let key2s = Vocabulary()
        var preparer = VersionPreparer(keys: keys, key2s: key2s)
        guard let version = preparer.prepare(document, step: step) else { return nil }
        return Local(version: version, keys: keys.strings, key2s: key2s.strings)
    }

    /// The prepared versions with ids in `keys` / `key2s`, or nil when `step` cancelled.
    /// `step` receives the fraction (0…1) of all versions' text prepared so far.
    static func prepare(_ documents: [Document], keys: Vocabulary, key2s: Vocabulary, step: (Double) -> Bool) -> [PreparedVersion]? {
        let sizes = documents.map { Double(max(1, $0.scalars.count)) }
        let total = sizes.reduce(0, +)
        let workerIndices = Array(stride(from: 1, to: documents.count, by: 2))
        // The worker reports how much of all the text it has prepared, in scalars.
        let other = workerIndices.isEmpty ? nil : SecondCore<[Int: Local]> { report in
            var locals: [Int: Local] = [:]
            var done = 0.0
            for index in workerIndices {
                guard let local = prepareOne(documents[index], step: { report(done + $0 * sizes[index]) }) else { return nil }
                done += sizes[index]
                locals[index] = local
            }
            return locals
        }
        var locals: [Int: Local] = [:]
        var mine = 0.0
        var cancelled = false
        for index in stride(from: 0, to: documents.count, by: 2) where !cancelled {
            let local = prepareOne(documents[index], step: { fraction in
                step((mine + fraction * sizes[index] + (other?.progress ?? 0)) / total)
            })
            if let local {
                locals[index] = local
                mine += sizes[index]
            } else {
                cancelled = true
            }
        }
        // Wait for the worker, still reporting its progress and honouring cancellation.
        if let other {
            guard let theirs = other.join(poll: { !cancelled && step((mine + $0) / total) }) else { return nil }
            locals.merge(theirs) { mine, _ in mine }
        }
        if cancelled { return nil }
        var result: [PreparedVersion] = []
        for index in documents.indices {
            // Taken out of `locals`: the arrays are then renumbered without a copy.
            guard var local = locals.removeValue(forKey: index) else { return nil }
            renumber(&local, keys: keys, key2s: key2s)
            result.append(local.version)
        }
        return result
    }

    /// Renumbers a version's key and key2 ids into the shared vocabularies.
    static func renumber(_ local: inout Local, keys: Vocabulary, key2s: Vocabulary) {
        let keyMap = local.keys.map { keys.intern($0) }
        let key2Map = local.key2s.map { key2s.intern($0) }
        local.version.term.renumber(using: keyMap)
        var key2OfTerm = [Int32](repeating: PreparedVersion.unusedTerm, count: keys.count)
        for (term, key2) in local.version.key2OfTerm.enumerated() where key2 != PreparedVersion.unusedTerm {
            key2OfTerm[Int(keyMap[term])] = key2 < 0 ? key2 : key2Map[Int(key2)]
        }
        local.version.key2OfTerm = key2OfTerm
        var surface: [Int32: String] = [:]
        for (id, form) in local.version.surface { surface[keyMap[Int(id)]] = form }
        local.version.surface = surface
    }
}

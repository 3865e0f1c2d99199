/// Short names for the versions, for the status line's messages, the topic list's columns and
/// titles too narrow for the whole label: a label taken from a document's first heading may be
/// a sentence long ("President's address on the energy transition (translation A)"), and cut
/// at its end every version of a translation or a draft reads the same ("President's address
/// on…" three times).
///
/// A label of `limit` cells or fewer is its own name; a longer one is cut at a word with "…".
/// Where two names then read the same, they lose the words they all open with, or end with,
/// but one ("…Draft 1", "…Draft 2"); where that is still too long, each keeps its start and its
/// end around "…" ("President's…translation A)").
public enum VersionNames {
    public static func short(_ labels: [String], limit: Int = 24) -> [String] {
        guard labels.contains(where: { CellWidth.of($0) > limit }) else { return labels }
        var names = labels.map { StatusSegment.ellipsised($0, width: limit, atWord: true) }
        let groups = Dictionary(grouping: labels.indices.filter { CellWidth.of(labels[$0]) > limit }, by: { names[$0] })
        for group in groups.values where group.count > 1 && Set(group.map { labels[$0] }).count > 1 {
            let words = group.map { pieces(labels[$0]) }
            let shortest = words.map(\.count).min() ?? 0
            var head = 0
            while head < shortest - 1, words.allSatisfy({ $0[head] == words[0][head] }) { head += 1 }
            var tail = 0
            while tail < shortest - 1 - head, words.allSatisfy({ $0[$0.count - 1 - tail] == words[0][words[0].count - 1 - tail] }) { tail += 1 }
            // "1" and "2" alone say little: a shared word is kept beside them ("…Draft 1").
            // A file's name keeps its extension rather than the piece before ("…en.txt").
            let fileNames = group.allSatisfy { !labels[$0].contains(" ") }
            if shortest - head - tail < 2 {
                if fileNames, tail > 0 { tail -= 1 } else if head > 0 { head -= 1 } else if tail > 0 { tail -= 1 }
            }
            for (member, index) in group.enumerated() {
                var kept = Substring(words[member][head..<(words[member].count - tail)].joined())
                // The separators where the cut is ("…en.txt", not "….en.txt"; "…Draft 1").
                if head > 0 { kept = kept.drop { Self.separators.contains($0) } }
                while tail > 0 || kept.last == " ", let last = kept.last, Self.separators.contains(last) { kept = kept.dropLast() }
                let name = (head > 0 ? "…" : "") + kept + (tail > 0 ? "…" : "")
                names[index] = CellWidth.of(name) <= limit ? name : middle(String(kept), limit: limit)
            }
        }
        // Labels alike, or empty, are told apart by their place: "Readout (2)", "version 3".
        for index in names.indices where names[index].allSatisfy({ $0 == " " || $0 == "…" }) {
            names[index] = "version \(index + 1)"
        }
        let alike = names.indices.filter { index in names.indices.contains { $0 != index && names[$0] == names[index] } }
        for index in alike {
            let number = " (\(index + 1))"
            names[index] = StatusSegment.ellipsised(labels[index], width: max(1, limit - CellWidth.of(number)), atWord: true) + number
        }
        return names
    }

    /// Where a label's words part: spaces, and in a file's name its hyphens, dots and
    /// underscores ("putin-trump-2025-05-19.en.txt" and "…fr-fautive.txt" were "put… (1)" and
    /// "put… (2)" on a translator's status line: one word each, read the same).
    static let separators: Set<Character> = [" ", "-", ".", "_"]

    /// `label` in pieces, each ending with its separator (the last may have none): joined
    /// they are the label.
    static func pieces(_ label: String) -> [String] {
        var pieces: [String] = []
        var piece = ""
        for character in label {
            piece.append(character)
            if separators.contains(character) {
                pieces.append(piece)
                piece = ""
            }
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }

    /// `label`'s start and end around "…", `limit` cells in all, the end given the larger part.
    static func middle(_ label: String, limit: Int) -> String {
        let characters = Array(label)
        let endRoom = (limit - 1) * 3 / 5
        var end: [Character] = []
        var used = 0
        for character in characters.reversed() {
            let width = CellWidth.of(character)
            if used + width > endRoom { break }
            end.insert(character, at: 0)
            used += width
        }
        var start = ""
        var startUsed = 0
        for character in characters {
            let width = CellWidth.of(character)
            if startUsed + width > limit - 1 - used { break }
            start.append(character)
            startUsed += width
        }
        return start.trimmingTrailingSpaces() + "…" + String(end).trimmingLeadingSpaces()
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }

    func trimmingLeadingSpaces() -> String { String(drop { $0 == " " }) }
}

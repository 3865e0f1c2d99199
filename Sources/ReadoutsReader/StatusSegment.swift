/// One part of a one-line bar (the status line, a pane's title): a few forms from the
/// fullest to the shortest, each with a priority, so a narrow window loses the least
/// useful words first and never cuts one in the middle.
///
/// `fit(_:width:)` starts from every segment's first form. While the bar is too wide, the
/// segment whose current form has the lowest priority gives way: it moves to its next
/// form, or — past its last — disappears. A segment marked `isElastic` (a title's label, the
/// waiting screen's notice) first has its form cut at a word boundary and ended with "…" to
/// use exactly the room there is, if that keeps `elasticMinimum` columns or more. A form
/// with priority `required` never gives way; if the required forms alone are too wide, the
/// last of them is cut with "…". So text is only ever cut with an ellipsis showing where, and
/// never inside a number (`ellipsised` drops a number it would split). Once the bar
/// fits, segments that gave way take back their longer forms where the room left allows,
/// one form at a time, the most valuable first (a notice left out may free room for a hint
/// shortened before it).
///
/// Segments on the left are separated by `spacing` spaces (two on the status line, none in
/// a title, whose segments carry their own " · "), those on the right by one; the bar has a
/// one-column margin at each end, and the two groups are at least two columns apart.
///
/// The status line's segments and their priorities (`StatusLine`), highest kept longest:
///
/// | segment | forms (priority) |
/// |---|---|
/// | input counter `#N` (tests) | required |
/// | focused pane and position | `Kremlin 12%` (86), a long name cut shorter and shorter, told apart from the others' (`trudea…024-en.… 12%`, 86), its short name (8 cells at most: `…draft 1 12%`, `Kremlin 12%`) 96 (unless the notice opens with the pane's name, or, with one pane shown, the topic says "only in" it), `12%` (required) |
/// | single pane: which version, how to switch | `1/2 · Tab: Maison Blanche` (70), `1/2 · Tab` (84), `1/2` (86) |
/// | focused topic | `B Ukraine 3/6 · Kremlin` (60; `… · only in Kremlin`, `… · not in B`, `… · passage not in B`: 92, then its name cut to 10 cells at the least, the where kept, `I missions… 1/3 · only in Kremlin`, 92, then both again naming the version by its short name, `… · only in tru…fr-…`, 92), `B Ukraine 3/6` (95), its name cut shorter and shorter, `B Ukra… 3/6` (95), `B 3/6 · only in Kremlin` (94, where shorter than those), `B 3/6` (93); with no occurrence current `B Ukraine · 6 passages` |
/// | sentence at the reading point (`:N`, an `o` stop no topic holds), in place of the topic | `sentence 4 · in no topic, linked to nothing in B` (92), `sentence 4 · no topic, linked to nothing` (94) for a sentence linked to nothing; `sentence 4 · no topic` (95), `no topic` (93) |
/// | a command waits for the whole text (G, 50%, n… while loading) | `waiting for the whole text` (80), `waiting` (87) |
/// | notice (link i/n, wrapped, `o`'s one-sided passage i/n) | its forms, never cut: the fuller ones 87, the shortest 91; a notice a key asked for (Ctrl-G, where `y` put the text, the search's count): 89 and 96. Left out, it is shown whole above the line (`MessageRows`) |
/// | help | `? help` (97 at 80 columns and wider, unless "?" lets the answer to a key show more than its shortest form; else 88), `?` (required) |
/// | loading, then linking progress | `loading 45%`, `linking 45%` (50); while a semantic run links by meaning `linking by meaning 45%` (50), `linking 45%` (48) |
/// | linker in use | `lexical`, `semantic` or `semantic (token average)`, `… cached` when read back from the analysis cache (28), its first word, `semantic` (26) |
/// | visible panes of more | `panes 1–2 of 3` (40) |
/// | follow mode | `follow` (30) |
///
/// To add a segment (a loading percentage, the linker in use), give it forms whose
/// priorities say what it is worth next to these, and add it where it belongs in
/// `StatusLine.segments(_:layout:counter:)`.
public struct StatusSegment: Equatable, Sendable {
    public enum Side: Equatable, Sendable { case left, right }

    /// One way of writing the segment and how much it is worth keeping.
    public struct Form: Equatable, Sendable {
        public var text: String
        public var priority: Int
        public init(_ text: String, _ priority: Int) {
            self.text = text
            self.priority = priority
        }
    }

    /// A priority that is never given up.
    public static let required = Int.max

    /// The narrowest an elastic form is cut to: a couple of words, not a stump ("one-sided…").
    public static let minimumElasticWidth = 16

    public var forms: [Form]
    public var side: Side
    /// A theme scope the bar draws the segment with.
    public var scope: String
    /// Whether a form may be cut at a word boundary (with "…") before it gives way.
    public var isElastic: Bool
    /// The fewest columns a cut form may keep.
    public var elasticMinimum: Int

    public init(_ forms: [Form], side: Side = .left, scope: String = "ui.status", isElastic: Bool = false,
                elasticMinimum: Int = minimumElasticWidth) {
        self.forms = forms
        self.side = side
        self.scope = scope
        self.isElastic = isElastic
        self.elasticMinimum = elasticMinimum
    }

    /// A segment with one form.
    public init(_ text: String, priority: Int, side: Side = .left, scope: String = "ui.status", isElastic: Bool = false,
                elasticMinimum: Int = minimumElasticWidth) {
        self.init([Form(text, priority)], side: side, scope: scope, isElastic: isElastic, elasticMinimum: elasticMinimum)
    }

    /// Where each shown segment goes in a bar `width` columns wide: its index, column and text.
    public static func place(_ segments: [StatusSegment], width: Int, spacing: Int = 2) -> [(segment: Int, x: Int, text: String)] {
        place(segments, chosen: fit(segments, width: width, spacing: spacing), width: width, spacing: spacing)
    }

    /// Where each of the texts `fit` chose goes.
    static func place(_ segments: [StatusSegment], chosen: [String?], width: Int, spacing: Int = 2) -> [(segment: Int, x: Int, text: String)] {
        var placed: [(segment: Int, x: Int, text: String)] = []
        var x = 1
        for index in segments.indices where segments[index].side == .left {
            guard let text = chosen[index] else { continue }
            placed.append((index, x, text))
            x += CellWidth.of(text) + spacing
        }
        var end = width - 1
        for index in segments.indices.reversed() where segments[index].side == .right {
            guard let text = chosen[index] else { continue }
            end -= CellWidth.of(text)
            placed.append((index, end, text))
            end -= 1
        }
        return placed
    }

    /// The text each segment shows in `width` columns (nil: left out), in order.
    public static func fit(_ segments: [StatusSegment], width: Int, spacing: Int = 2) -> [String?] {
        func barWidth(_ segments: [StatusSegment], _ chosen: [String?]) -> Int {
            Self.barWidth(segments, chosen, spacing: spacing)
        }
        var chosen: [String?] = segments.map { $0.forms.first?.text }
        var form = [Int](repeating: 0, count: segments.count)
        var cut = [Bool](repeating: false, count: segments.count)
        while barWidth(segments, chosen) > width {
            // The shown form with the lowest priority gives way; later segments first on a tie.
            let candidates = segments.indices.filter { chosen[$0] != nil && segments[$0].forms[form[$0]].priority != required }
            guard let loser = candidates.min(by: { (segments[$0].forms[form[$0]].priority, -$0) < (segments[$1].forms[form[$1]].priority, -$1) })
            else {
                // Only required forms are left: cut the last of them with an ellipsis.
                guard let last = segments.indices.last(where: { chosen[$0] != nil }) else { break }
                let excess = barWidth(segments, chosen) - width
                let room = CellWidth.of(chosen[last]!) - excess
                if room < 1 { chosen[last] = nil } else { chosen[last] = ellipsised(chosen[last]!, width: room, atWord: false) }
                continue
            }
            let segment = segments[loser]
            if segment.isElastic && !cut[loser] {
                // First cut the form at a word boundary to just the room there is.
                cut[loser] = true
                let room = CellWidth.of(chosen[loser]!) - (barWidth(segments, chosen) - width)
                let shortened = ellipsised(chosen[loser]!, width: room, atWord: true)
                if CellWidth.of(shortened) >= segment.elasticMinimum {
                    chosen[loser] = shortened
                    continue
                }
            }
            if form[loser] + 1 < segment.forms.count {
                form[loser] += 1
                cut[loser] = false
                chosen[loser] = segment.forms[form[loser]].text
            } else {
                chosen[loser] = nil
            }
        }
        // Room left over: longer forms come back one step at a time, the most valuable step
        // first: a left-out segment in its last form, a shortened one one form longer. By what
        // they would take back, and one step each time: the position's "Top" took back
        // "Kremlin Top" first (its own form is required), and the linker came back before the
        // topic's name could, so the name found no room.
        func takenBack(_ index: Int) -> Int { segments[index].forms[form[index] - (chosen[index] == nil ? 0 : 1)].priority }
        var grew = true
        while grew {
            grew = false
            let order = segments.indices.filter { !cut[$0] && (chosen[$0] == nil ? !segments[$0].forms.isEmpty : form[$0] > 0) }
                .sorted { (takenBack($0), -$0) > (takenBack($1), -$1) }
            for index in order {
                let previous = chosen[index]
                let step = previous == nil ? 0 : 1
                chosen[index] = segments[index].forms[form[index] - step].text
                if barWidth(segments, chosen) <= width {
                    form[index] -= step
                    grew = true
                    break
                }
                chosen[index] = previous
            }
        }
        return chosen
    }

    /// Columns the shown segments take with their separators and the bar's margins.
    static func barWidth(_ segments: [StatusSegment], _ chosen: [String?], spacing: Int) -> Int {
        var left = 0
        var right = 0
        var leftCount = 0
        var rightCount = 0
        for (segment, text) in zip(segments, chosen) {
            guard let text else { continue }
            if segment.side == .left {
                left += CellWidth.of(text)
                leftCount += 1
            } else {
                right += CellWidth.of(text)
                rightCount += 1
            }
        }
        let leftPart = leftCount == 0 ? 0 : 1 + left + spacing * (leftCount - 1)
        let rightPart = rightCount == 0 ? 0 : right + (rightCount - 1) + 1
        return leftPart + rightPart + (leftCount > 0 && rightCount > 0 ? 2 : 0)
    }

    /// Columns a cut at a word may give up; past them, the word is cut inside.
    static let longestWordDropped = 16

    /// `text` cut to at most `width` columns, ending with "…": after the last whole word that
    /// fits when `atWord` (and there is one, and cutting there gives up at most
    /// `longestWordDropped` columns), else after the last character that fits.
    public static func ellipsised(_ text: String, width: Int, atWord: Bool) -> String {
        if CellWidth.of(text) <= width { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var kept = ""
        var used = 0
        var lastWordEnd: String.Index?
        for character in text {
            let columns = CellWidth.of(character)
            if character == " ", !kept.isEmpty { lastWordEnd = kept.endIndex }
            if used + columns > width - 1 { break }
            kept.append(character)
            used += columns
        }
        if atWord, let lastWordEnd {
            var word = String(kept[..<lastWordEnd])
            while let last = word.last, last == " " || last == "·" || last == "," || last == ";" || last == ":" { word.removeLast() }
            // A long last word (a file's path) is cut inside rather than dropped whole: the
            // room it left went to lesser segments, and "copied … to…" lost where the text went.
            if !word.isEmpty, used - CellWidth.of(word) <= Self.longestWordDropped { return word + "…" }
        }
        return withoutCutNumber(kept, before: text.dropFirst(kept.count).first) + "…"
    }

    /// `kept` without a number the cut would split: "2/5" cut to "2" read as a whole count
    /// (a topic's "D Харківській області 2"), "27%" cut to "2" as a position. The number goes
    /// whole, with the spaces and separators before it.
    static func withoutCutNumber(_ kept: String, before next: Character?) -> String {
        func inNumber(_ character: Character) -> Bool { character.isNumber || "/.,:%-–".contains(character) }
        guard let next, let last = kept.last, inNumber(last), inNumber(next), last.isNumber || next.isNumber else { return kept }
        var shortened = kept
        while let last = shortened.last, inNumber(last) { shortened.removeLast() }
        while let last = shortened.last, last == " " || last == "·" || last == "(" { shortened.removeLast() }
        return shortened
    }
}

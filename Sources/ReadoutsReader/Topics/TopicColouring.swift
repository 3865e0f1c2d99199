import ReadoutsTopics

/// Gives each topic a colour slot that it keeps for the whole session, chosen so that
/// topics likely to be on screen together do not share a colour.
///
/// While there are no more topics than the theme has colours, every topic gets a colour of
/// its own. Past that, colours must repeat: a new topic takes the colour least used by the
/// topics near its occurrences (on the same page of `pageSize` scalars in any version,
/// about a screenful), and among the slots of that colour (`colour + k × colours`, which
/// the theme draws with a second distinction) the first no neighbour has. Slots given
/// earlier are never changed, so colours stay put as results stream in.
enum TopicColouring {
    /// Scalars per page: what a pane of 100 × 40 shows, give or take.
    static let pageSize = 4096
    /// A topic's first pages that are looked at: one found everywhere (the event's
    /// subject) is near every other anyway, and looking at all its pages would cost the
    /// document's length per topic.
    static let pagesPerTopic = 8

    /// `order`: topic indices in the order they receive slots; `previous`: slots already given.
    static func slots(_ analysis: Analysis, marks: [[TopicIndex.Mark]], order: [Int], previous: [String: Int],
                      colours: Int) -> [String: Int] {
        var slots = previous
        let fresh = order.filter { slots[analysis.topics[$0].id] == nil }
        guard !fresh.isEmpty else { return slots }
        let colours = max(1, colours)
        if analysis.topics.count <= colours, slots.values.allSatisfy({ $0 < colours }) {
            // Room for all: each topic its own colour.
            var taken = Set(slots.values)
            var next = 0
            for topic in fresh {
                while taken.contains(next) { next += 1 }
                slots[analysis.topics[topic].id] = next
                taken.insert(next)
            }
            return slots
        }
        let (pagesOfTopic, topicsOfPage) = pages(marks, topicCount: analysis.topics.count)
        var slotOf = analysis.topics.map { slots[$0.id] ?? -1 }
        var usage = [Int](repeating: 0, count: colours)
        for slot in slotOf where slot >= 0 { usage[slot % colours] += 1 }
        var nearby = [Int](repeating: 0, count: colours)
        // Slots a neighbour of the topic at hand has: `takenBy[slot] == topic` (no set to
        // clear per topic). A slot never passes the colours plus one per topic.
        var takenBy = [Int](repeating: -1, count: colours * 2 + analysis.topics.count + (slots.values.max() ?? 0) + 1)
        for topic in fresh {
            for colour in nearby.indices { nearby[colour] = 0 }
            for page in pagesOfTopic[topic] {
                for other in topicsOfPage[page] where slotOf[Int(other)] >= 0 {
                    let slot = slotOf[Int(other)]
                    nearby[slot % colours] += 1
                    if slot < takenBy.count { takenBy[slot] = topic }
                }
            }
            let colour = nearby.indices.min { (nearby[$0], usage[$0], $0) < (nearby[$1], usage[$1], $1) }!
            var slot = colour
            while slot < takenBy.count && takenBy[slot] == topic { slot += colours }
            slotOf[topic] = slot
            usage[colour] += 1
            slots[analysis.topics[topic].id] = slot
        }
        return slots
    }

    /// The pages each topic occurs on (its first `pagesPerTopic`), and the topics of each
    /// page. Page N of every version is one page: the panes show the versions side by side,
    /// so the Kremlin's "sommet de Genève" and the White House's "stabilité stratégique",
    /// each in one version only, were on screen together in the same colour and italics.
    static func pages(_ marks: [[TopicIndex.Mark]], topicCount: Int) -> (ofTopic: [[Int]], ofPage: [[Int32]]) {
        var ofTopic = [[Int]](repeating: [], count: topicCount)
        var ofPage: [[Int32]] = []
        var lastPage = [Int](repeating: -1, count: topicCount)
        for list in marks {
            let needed = (list.last?.range.lowerBound ?? 0) / pageSize + 1
            if ofPage.count < needed { ofPage += repeatElement([], count: needed - ofPage.count) }
            for mark in list {
                let page = mark.range.lowerBound / pageSize
                guard lastPage[mark.topic] != page, !ofTopic[mark.topic].contains(page) else { continue }
                lastPage[mark.topic] = page
                ofPage[page].append(Int32(mark.topic))
                if ofTopic[mark.topic].count < pagesPerTopic { ofTopic[mark.topic].append(page) }
            }
        }
        return (ofTopic, ofPage)
    }
}

import ReadoutsText

/// A judge-like India / UK pair of one call: "the India-UK Comprehensive Strategic
/// Partnership" and "the Prime Minister's visit to India later this year" share only the
/// country of a participant ("Indian Prime Minister Narendra Modi"); the technology, defence
/// and education sentences (2 and 2) share a subject.
enum IndiaAndUKPair {
    static func documents() throws -> [Document] {
        [
            try DocumentLoader.load(bytes: Array("""
                Prime Minister Shri Narendra Modi received a telephone call today from Prime Minister Keir Starmer of the United Kingdom. \
                The two leaders reviewed progress in the India-UK Comprehensive Strategic Partnership. \
                They welcomed the conclusion of the Free Trade Agreement and discussed cooperation in technology, defence and education. \
                The leaders also exchanged views on the situation in the Middle East. \
                They agreed to remain in touch.
                """.utf8), name: "mea.txt", markdown: false, label: "mea"),
            try DocumentLoader.load(bytes: Array("""
                The Prime Minister spoke to Indian Prime Minister Narendra Modi this morning. \
                The leaders welcomed the signing of the free trade deal, which will boost jobs and growth in both countries. \
                They discussed working together on defence, technology and education. \
                The Prime Minister set out the UK's efforts to secure a ceasefire in Gaza. \
                Both leaders looked forward to the Prime Minister's visit to India later this year.
                """.utf8), name: "no10.txt", markdown: false, label: "no10"),
        ]
    }
}

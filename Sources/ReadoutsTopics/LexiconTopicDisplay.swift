import ReadoutsText

extension Lexicon.Topic {
    /// The topic with its id and labels as the reader shows and the export writes them:
    /// a lexicon is outside text, so they get the document-text treatment (C0, C1 and
    /// bidi controls as placeholders, one line), and labels are bounded like a version's.
    /// The matcher takes every lexicon topic through here.
    var shownSafely: Lexicon.Topic {
        var topic = self
        topic.id = Sanitiser.sanitisedLine(id)
        topic.labels = labels.mapValues(DisplayLabel.normalised)
        return topic
    }
}

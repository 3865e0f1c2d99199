import ReadoutsTopics

/// What a draft changed, marked where it is in the panes (`diff.change`), as vimdiff's
/// DiffChange and `git diff --color-words` mark it: a sentence another draft lacks, whole,
/// and in a sentence another draft words otherwise, the words that draft does not keep. A
/// legislative analyst paging through an amendment saw only the topics' colours, and found
/// each change one `J` at a time through the status line.
extension ReaderState {
    /// What a draft changed in pane `version`'s text within `visible` (`ChangeStops.marks`,
    /// found with the index in the background): a frame only halves to the first and reads
    /// on, whatever the document's size.
    func changeTints(in version: Int, visible: Range<Int>) -> ArraySlice<ChangeStops.ChangeMark> {
        guard let index = topics, index.changeStops.marks.indices.contains(version), !visible.isEmpty else { return [] }
        let marks = index.changeStops.marks[version]
        let first = marks.partitionPoint { $0.range.upperBound > visible.lowerBound }
        var end = first
        while end < marks.count, marks[end].range.lowerBound < visible.upperBound { end += 1 }
        return marks[first..<end]
    }
}

import Foundation
import ReadoutsReader

/// Marks kept between sessions, per document set, in `marks.json` in the state directory.
/// A set is known by the files it opens: their absolute paths, sorted (`-` for standard
/// input, `bundled:ID` for the bundled readouts), so editing a file keeps its marks (they
/// are re-found by their text) and the order of the files on the command line does not
/// matter; renaming or moving a file starts a new set. At most `setLimit` sets are kept,
/// the least recently used dropped first.
struct MarkStore {
    static let fileName = "marks.json"
    static let setLimit = 100

    let directory: StateDirectory
    /// What identifies each version, in pane order.
    let files: [String]

    var setKey: [String] { files.sorted() }

    private struct Stored: Codable {
        var format: Int
        var sets: [StoredSet]
    }

    private struct StoredSet: Codable {
        var files: [String]
        /// Seconds since 1970 when the set was last saved.
        var used: Double
        var marks: [String: StoredMark]
    }

    private struct StoredMark: Codable {
        var file: String
        var offset: Int
        var text: String
    }

    /// The marks of this document set; problems become notices.
    func load(notices: inout [String]) -> [Character: ReadingMark] {
        guard let stored = readAll(notices: &notices), let set = stored.sets.first(where: { $0.files == setKey }) else { return [:] }
        var marks: [Character: ReadingMark] = [:]
        for (name, mark) in set.marks {
            guard name.count == 1, let letter = name.first, letter.isASCII, letter.isLowercase,
                let version = files.firstIndex(of: mark.file), mark.offset >= 0
            else { continue }
            marks[letter] = ReadingMark(version: version, offset: mark.offset, text: String(mark.text.prefix(ReadingMark.textLimit)))
        }
        return marks
    }

    /// Saves this set's marks, keeping the other sets (re-read first: another session may
    /// have saved since). Throws a one-line reason.
    func save(_ marks: [Character: ReadingMark]) throws(StateFileError) {
        var ignored: [String] = []
        var stored = readAll(notices: &ignored) ?? Stored(format: 1, sets: [])
        stored.sets.removeAll { $0.files == setKey }
        if !marks.isEmpty {
            let entries = Dictionary(uniqueKeysWithValues: marks.compactMap { name, mark -> (String, StoredMark)? in
                files.indices.contains(mark.version) ? (String(name), StoredMark(file: files[mark.version], offset: mark.offset, text: mark.text)) : nil
            })
            stored.sets.append(StoredSet(files: setKey, used: Date().timeIntervalSince1970, marks: entries))
        }
        stored.sets.sort { $0.used > $1.used }
        if stored.sets.count > Self.setLimit { stored.sets.removeLast(stored.sets.count - Self.setLimit) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(stored) else { return }
        try directory.write(Self.fileName, data)
    }

    private func readAll(notices: inout [String]) -> Stored? {
        do {
            guard let data = try directory.read(Self.fileName) else { return nil }
            guard let stored = try? JSONDecoder().decode(Stored.self, from: data), stored.format == 1 else {
                notices.append(directory.setAside(Self.fileName, because: "not a marks file"))
                return nil
            }
            return stored
        } catch {
            notices.append("ignored \(error)")
            return nil
        }
    }
}

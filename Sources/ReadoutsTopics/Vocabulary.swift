/// Interns matching keys as dense `Int32` ids, so the linker's hot loops compare and hash
/// integers, never strings. One vocabulary is shared by every version of an analysis and
/// by the compiled lexicon, so the same key has the same id everywhere.
final class Vocabulary {
    private var ids: [String: Int32] = [:]
    private(set) var strings: [String] = []

    func intern(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(strings.count)
        ids[key] = id
        strings.append(key)
        return id
    }

    func id(of key: String) -> Int32? { ids[key] }

    var count: Int { strings.count }
}

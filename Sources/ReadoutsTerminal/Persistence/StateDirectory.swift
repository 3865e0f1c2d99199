import Foundation

/// Where the reader keeps what outlives a session — marks, search history, copied text:
/// `$XDG_STATE_HOME/readouts/`, or `~/.local/state/readouts/` when it is unset, empty or
/// relative (the XDG spec says to ignore a relative path). Files are written whole to a
/// temporary file and renamed over the old one, so a crash never leaves half a file;
/// reads are bounded, and a file that cannot be understood is set aside, not trusted.
public struct StateDirectory: Sendable {
    public let path: String

    /// The largest state file read back; anything bigger is not one of ours.
    static let readLimit = 4 << 20

    public init(path: String) {
        self.path = path
    }

    /// The directory for this environment, or nil without `XDG_STATE_HOME` or `HOME`.
    public init?(environment: [String: String]) {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            self.init(path: xdg + "/readouts")
        } else if let home = environment["HOME"], !home.isEmpty {
            self.init(path: home + "/.local/state/readouts")
        } else {
            return nil
        }
    }

    public func file(_ name: String) -> String { path + "/" + name }

    /// A path as the status line shows it: the home directory as `~`.
    public static func shown(_ path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let home = environment["HOME"], !home.isEmpty, home != "/", path.hasPrefix(home + "/") {
            return "~" + path.dropFirst(home.count)
        }
        return path
    }

    /// A file's bytes; nil when there is none. Throws a one-line reason when it exists but
    /// cannot be read or is too big.
    func read(_ name: String) throws(StateFileError) -> Data? {
        let path = file(name)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? Int, let handle = FileHandle(forReadingAtPath: path)
        else { throw StateFileError(path: path, reason: "cannot be read") }
        defer { try? handle.close() }
        guard size <= Self.readLimit else { throw StateFileError(path: path, reason: "is larger than \(Self.readLimit >> 20) MB") }
        return (try? handle.readToEnd()) ?? Data()
    }

    /// Replaces a file atomically (temporary file, then rename), creating the directory
    /// (private to the user) if needed.
    func write(_ name: String, _ data: Data) throws(StateFileError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try data.write(to: URL(fileURLWithPath: file(name)), options: .atomic)
        } catch {
            throw StateFileError(path: file(name), reason: "cannot be written (\(Self.reason(error)))")
        }
    }

    /// Moves a file that could not be understood to `NAME.corrupt`, so the next save does
    /// not destroy what the user may want to look at, and says so.
    func setAside(_ name: String, because reason: String) -> String {
        let from = file(name)
        let to = from + ".corrupt"
        _ = unlink(to)
        let moved = rename(from, to) == 0
        return "ignored \(name): \(reason)" + (moved ? " (kept as \(name).corrupt)" : "")
    }

    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain, let message = strerror(Int32(code)) {
            return String(cString: message).lowercased()
        }
        return "\((error as NSError).localizedDescription)"
    }
}

/// A state file that exists but cannot be used.
struct StateFileError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(StateDirectory.shown(path)) \(reason)" }
}

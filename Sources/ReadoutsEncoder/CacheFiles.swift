#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One directory of Readouts' disk cache (`$XDG_CACHE_HOME/readouts/NAME`, default
/// `~/.cache/readouts/NAME`) and the two rules every cache file there follows: a file is
/// written to a temporary name and renamed into place, so a reader never sees half of one;
/// a file its reader finds unusable (truncated, damaged, of another format) is removed, so
/// the caller rebuilds it. The embedding cache and the analysis cache share it.
///
/// A directory is kept within `limit` bytes: after each write the least recently used
/// files (by access time, which a read sets) are removed until it fits, and
/// temporary files a crashed writer left behind are removed once an hour old.
///
/// `READOUTS_NO_CACHE=1` in the environment turns every cache off (nothing read or written).
public struct CacheFiles: Sendable {
    public let directory: String
    /// The most bytes the directory's files may take together.
    public var limit: Int

    /// 512 MiB a directory: the analyses of about ten pairs of 10 MB versions, or of
    /// thousands of readouts.
    public static let defaultLimit = 512 << 20

    public init(directory: String, limit: Int = CacheFiles.defaultLimit) {
        self.directory = directory
        self.limit = limit
    }

    /// `$XDG_CACHE_HOME/readouts/<name>` (an absolute XDG_CACHE_HOME only), else
    /// `~/.cache/readouts/<name>`; nil when `READOUTS_NO_CACHE=1`.
    public init?(environment: [String: String], name: String) {
        if environment["READOUTS_NO_CACHE"] == "1" { return nil }
        let base: String
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            base = cache
        } else {
            base = (environment["HOME"] ?? "") + "/.cache"
        }
        self.init(directory: base + "/readouts/" + name)
    }

    public func path(_ name: String) -> String { directory + "/" + name }

    /// What `read` makes of the file `name` (given its open descriptor and size), or nil
    /// when it is absent or `read` finds it unusable; an unusable file is removed.
    public func load<T>(_ name: String, _ read: (_ descriptor: Int32, _ size: Int) -> T?) -> T? {
        let path = path(name)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, let value = read(descriptor, Int(status.st_size)) else {
            unlink(path)
            return nil
        }
        // Used now: the last file the size limit removes. Its access time says so (set
        // explicitly, whatever the mount's atime policy); its modification time still
        // says when it was written.
        var times = [timespec(tv_sec: 0, tv_nsec: Self.timeNow), timespec(tv_sec: 0, tv_nsec: Self.timeOmitted)]
        futimens(descriptor, &times)
        return value
    }

    /// Writes the file `name` through `write` (given the descriptor of a temporary file,
    /// answering whether every byte was written), then renames it into place.
    public func store(_ name: String, _ write: (_ descriptor: Int32) -> Bool) throws(ModelError) {
        guard Self.makeDirectories(directory) else { throw ModelError(.install, "cannot create \(directory)") }
        let temporary = directory + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ModelError(.install, "cannot write \(temporary): \(String(cString: strerror(errno)))") }
        let written = write(descriptor)
        close(descriptor)
        guard written, rename(temporary, path(name)) == 0 else {
            unlink(temporary)
            throw ModelError(.install, "cannot write the cache in \(directory): \(String(cString: strerror(errno)))")
        }
        prune(keeping: name)
    }

    /// Removes the least recently used files until the directory fits `limit` (never
    /// `kept`, just written), and temporary files over an hour old.
    func prune(keeping kept: String) {
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        var files: [(name: String, size: Int, used: timespec)] = []
        var total = 0
        let anHourAgo = time(nil) - 3600
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            var status = stat()
            guard name != ".", name != "..", stat(path(name), &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            if name.hasPrefix(".") {
                if name.hasSuffix(".tmp") && status.st_mtim.tv_sec < anHourAgo { unlink(path(name)) }
                continue
            }
            total += Int(status.st_size)
            if name != kept { files.append((name, Int(status.st_size), status.st_atim)) }
        }
        guard total > limit else { return }
        files.sort { ($0.used.tv_sec, $0.used.tv_nsec) < ($1.used.tv_sec, $1.used.tv_nsec) }
        for file in files where total > limit {
            if unlink(path(file.name)) == 0 { total -= file.size }
        }
    }

    /// Writes every byte of `bytes` to `descriptor` (retrying short writes).
    public static func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool { writeAll(descriptor, bytes) }

    /// Fills `bytes` from `descriptor` (retrying short reads); false at an early end.
    public static func read(_ descriptor: Int32, into bytes: UnsafeMutableRawBufferPointer) -> Bool { readAll(descriptor, bytes) }

    /// CRC-32 of `bytes`, continuing `crc` (the check a cache file keeps of its contents).
    public static func checksum(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        crc32Checksum(bytes, continuing: crc)
    }

    /// `UTIME_NOW` and `UTIME_OMIT` (C macros Swift does not import): in a `futimens`
    /// time, "now" and "leave as it is".
    static let timeNow = (1 << 30) - 1
    static let timeOmitted = (1 << 30) - 2

    static func makeDirectories(_ path: String) -> Bool {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            current += "/" + component
            if mkdir(current, 0o755) != 0 && errno != EEXIST { return false }
        }
        return true
    }
}

/// A cache kept in one directory of Readouts' disk cache, made from that directory or from
/// the environment (`CacheFiles.init(environment:name:)`).
public protocol CacheDirectory {
    /// The directory's name under `$XDG_CACHE_HOME/readouts/`.
    static var name: String { get }
    var files: CacheFiles { get }
    init(files: CacheFiles)
}

extension CacheDirectory {
    public init(directory: String) {
        self.init(files: CacheFiles(directory: directory))
    }

    /// Under `$XDG_CACHE_HOME/readouts/NAME`; nil when caching is off (`READOUTS_NO_CACHE=1`).
    public init?(environment: [String: String]) {
        guard let files = CacheFiles(environment: environment, name: Self.name) else { return nil }
        self.init(files: files)
    }

    public var directory: String { files.directory }
}

/// Names one cache file: a SHA-256 digest, written in hex.
public struct CacheKey: Hashable, Sendable, CustomStringConvertible {
    public let digest: [UInt8]
    public init(digest: [UInt8]) { self.digest = digest }
    public var description: String { SHA256.hex(digest) }
}

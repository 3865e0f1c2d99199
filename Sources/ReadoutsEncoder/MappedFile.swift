#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file mapped read-only: loading a model costs a system call, and the pages of
/// the 65 MB token table are read from disk only for the tokens a document uses.
final class MappedFile: @unchecked Sendable {
    let path: String
    let bytes: UnsafeRawBufferPointer

    init(path: String) throws(ModelError) {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw errno == ENOENT
                ? ModelError(.notInstalled, "no model at \(path); install it with readouts --install-model")
                : ModelError(.corrupt, "cannot open \(path): \(reason)")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw ModelError(.corrupt, "\(path) is not a regular file")
        }
        let size = Int(status.st_size)
        guard size > 0 else { throw ModelError.corrupt(path, "empty file") }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw ModelError(.corrupt, "cannot map \(path): \(String(cString: strerror(errno)))")
        }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    /// Takes the pages of `count` bytes from `start` (inside the mapping) out of the
    /// process's resident memory. They stay in the page cache, so touching them again costs
    /// a minor fault, not a read: a table read a few rows at a time (the encoder's tokens)
    /// then counts only for the rows of the sentences at hand, not for every row ever read.
    func dropPages(_ start: UnsafeRawPointer, count: Int) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let first = Int(bitPattern: start) / page * page
        let end = Int(bitPattern: start) + count
        guard let address = UnsafeMutableRawPointer(bitPattern: first), end > first else { return }
        madvise(address, end - first, MADV_DONTNEED)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}

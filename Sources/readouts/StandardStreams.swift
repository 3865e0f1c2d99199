import Glibc

/// Standard input, output and error as plain file descriptors, written with `write(2)`
/// and every error handled: Foundation's `FileHandle.write` traps (SIGILL) on a full
/// disk or a closed descriptor, and `print` loses a failed write without a word.
enum StandardStreams {
    /// The standard descriptors (0, 1, 2) that were closed when the program started
    /// (`- <&-`, `>&-`, `2>&-`). Each now holds /dev/null opened the wrong way round, so
    /// that no file the program opens later takes its number (a version would otherwise
    /// be read as standard input, or JSON written into it), and any use of it fails
    /// with EBADF. Evaluate first thing in `main`.
    static let closedAtStart: Set<Int32> = {
        var closed: Set<Int32> = []
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let placeholder = open("/dev/null", descriptor == 0 ? O_WRONLY : O_RDONLY)
            if placeholder >= 0 && placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
            closed.insert(descriptor)
        }
        return closed
    }()

    /// Writes all of `bytes` to `descriptor`, retrying after signals; the errno of a
    /// failed write, or nil when everything was written.
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return written < 0 ? errno : EIO
                }
            }
            return nil
        }
    }

    /// Why writing to `descriptor` failed, for a message: "standard output is closed",
    /// or "cannot write to standard output: no space left on device".
    static func failure(_ code: Int32, descriptor: Int32) -> String {
        let name = descriptor == STDERR_FILENO ? "standard error" : "standard output"
        if closedAtStart.contains(descriptor) { return "\(name) is closed" }
        return "cannot write to \(name): " + String(cString: strerror(code)).lowercased()
    }
}

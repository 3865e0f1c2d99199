import Glibc
import ReadoutsReader
import ReadoutsTerminal

/// The versions that stream in rather than sit in a file: a FIFO named on the command
/// line (opened without waiting for a writer, which `open` would do) and standard input
/// when it is a pipe or a socket. Before they are read, the reader waits for them on screen
/// (`InputWait`: "waiting for input on NAME", q or Ctrl-C to leave) and the export with
/// a line on standard error when that is a terminal; then they are read like files.
struct StreamedInputs {
    /// The open descriptor of each streamed version, by its index among the files.
    private(set) var descriptors: [Int: Int32] = [:]
    private(set) var inputs: [InputWait.Input] = []

    init(files: [String]) {
        for (index, file) in files.enumerated() {
            if file == "-" {
                var info = stat()
                guard fstat(STDIN_FILENO, &info) == 0, Self.streams(info) else { continue }
                descriptors[index] = STDIN_FILENO
                inputs.append(InputWait.Input(name: "standard input", descriptor: STDIN_FILENO))
            } else {
                var info = stat()
                guard stat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFIFO else { continue }
                let descriptor = open(file, O_RDONLY | O_NONBLOCK)
                guard descriptor >= 0 else { continue }  // the loader reports it
                descriptors[index] = descriptor
                inputs.append(InputWait.Input(name: file, descriptor: descriptor))
            }
        }
    }

    private static func streams(_ info: stat) -> Bool {
        let type = info.st_mode & S_IFMT
        return type == S_IFIFO || type == S_IFSOCK
    }

    /// The inputs with nothing to read after a short grace (a pipe from a quick command
    /// is ready before it ends, and shows no waiting screen).
    var pendingAfterGrace: [InputWait.Input] { InputWait.pending(inputs, milliseconds: 100) }

    /// Waits without a screen (the export): says so once on standard error if that is a
    /// terminal; Ctrl-C ends the program as usual.
    func waitWithNotice() {
        let pending = pendingAfterGrace
        guard !pending.isEmpty else { return }
        if isatty(STDERR_FILENO) == 1 { Messages.error(WaitingScreen.message(names: pending.map(\.name))) }
        _ = InputWait.pending(pending, milliseconds: -1)
    }

    /// Reads block again from here on: the loader reads each input to its end.
    func makeBlocking() {
        for descriptor in descriptors.values {
            let flags = fcntl(descriptor, F_GETFL)
            if flags >= 0 && flags & O_NONBLOCK != 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
        }
    }

    func close() {
        for descriptor in descriptors.values where descriptor != STDIN_FILENO { _ = Glibc.close(descriptor) }
    }
}

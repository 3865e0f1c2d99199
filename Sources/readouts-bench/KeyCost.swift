import Foundation

/// What one key costs the reader's main thread in processor time, whatever the machine's
/// load (`readouts-bench startup --key-cost`): the reader is started on two versions in
/// the race's tmux (control harness), left until linking is done, then `keys` presses of
/// `j` are timed against the main thread's run time (`/proc/PID/task/PID/schedstat`, its
/// first field, nanoseconds on a core), each key waited for on screen; the same span
/// without keys is measured too and taken off (the key loop wakes while idle).
struct KeyCost {
    var readouts: String
    var files: [String]
    var keys = 60
    var width = 200
    var height = 60

    struct Result: Codable {
        var keys: Int
        var width: Int
        var height: Int
        /// Main-thread processor time per key, idle time taken off.
        var mainThreadMsPerKey: Double
        /// Per key before taking the idle time off, and the idle time over the same span.
        var rawMsPerKey: Double
        var idleMs: Double

        func line() -> String {
            String(format: "main thread per j, once linked (%d keys, %d × %d): %.3f ms of processor time (%.3f ms, less %.3f ms idle over the same span)",
                   keys, width, height, mainThreadMsPerKey, rawMsPerKey, idleMs / Double(max(1, keys)))
        }
    }

    func run() throws -> Result? {
        let server = try RaceTmux(name: "readouts-keycost-\(getpid())", width: width, height: height)
        defer { server.close() }
        let start = DispatchTime.now().uptimeNanoseconds
        let pane = try server.start("keys", command: [readouts] + files, width: width, height: height)
        defer { server.kill(pane) }
        let words = try StartupRace.firstWords(files[0])
        guard let pid = try server.pid(pane),
              try FirstScreenRace.processMemory(pane: pane, start: start, firstScreen: words, files: files, height: height,
                                                server: server) != nil
        else { return nil }
        func runTime() -> UInt64 {
            let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/schedstat", encoding: .utf8)) ?? ""
            return UInt64(text.split(separator: " ").first ?? "") ?? 0
        }
        usleep(300_000)  // let the last frame after linking settle
        let before = runTime()
        let spanStart = DispatchTime.now().uptimeNanoseconds
        _ = try FirstScreenRace.keyLatency(pane: pane, server: server, keys: keys)
        let span = DispatchTime.now().uptimeNanoseconds - spanStart
        let withKeys = runTime() - before
        let idleStart = runTime()
        usleep(UInt32(min(UInt64(UInt32.max), span / 1000)))
        let idle = runTime() - idleStart
        let raw = Double(withKeys) / 1e6 / Double(keys)
        return Result(keys: keys, width: width, height: height, mainThreadMsPerKey: raw - Double(idle) / 1e6 / Double(keys), rawMsPerKey: raw, idleMs: Double(idle) / 1e6)
    }
}

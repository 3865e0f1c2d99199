import Foundation

/// How much of this process's mappings is resident, from /proc/self/smaps: what a mapped
/// file (the sentence encoder's model) adds to the process's resident memory.
public enum ResidentMappings {
    /// The resident bytes of the mappings whose header line (`start-end perms offset dev
    /// inode [path]`, split at spaces) `matches` accepts; nil without /proc/self/smaps.
    public static func residentBytes(where matches: ([Substring]) -> Bool) -> Int? {
        guard let smaps = readWhole("/proc/self/smaps") else { return nil }
        var total = 0
        var inside = false
        for line in smaps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if let first = fields.first, first.contains("-"), fields.count >= 5 {
                inside = matches(fields)
            } else if inside, fields.first == "Rss:", fields.count >= 2, let kib = Int(fields[1]) {
                total += kib * 1024
            }
        }
        return total
    }

    /// A /proc file read to its end by hand: /proc files say they are empty, and Foundation
    /// reads only the first page of one that long.
    static func readWhole(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

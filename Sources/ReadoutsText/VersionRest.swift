import Foundation

/// The part of a version still to be read after its first screen (`VersionOpening`): the
/// open file, the bytes read so far, and how the head shown was decoded.
///
/// `finish` reads to the end of the same open file, so what arrives continues exactly the
/// head on screen, even if the path is replaced meanwhile. What goes wrong after the first
/// screen never corrupts what is shown: the document keeps the head's encoding, stops
/// before binary data or a read error, and says so in its `notice`.
public struct VersionRest: Sendable {
    public let path: String
    let name: String
    let label: String?
    let markdown: Bool
    let fd: Int32
    let head: [UInt8]
    /// How many bytes of `head` the partial document holds.
    let shownBytes: Int
    let headEncoding: TextDecoder.Encoding
    /// The size `fstat` reported when the file was opened (0 for a pipe or terminal).
    let expectedSize: Int
    /// The most a version may hold (`--max-size`): reading stops there, with a notice.
    let limit: InputLimit
    let device: UInt64
    let inode: UInt64

    /// The whole version, and what went wrong while reading it, if anything. `progress`
    /// gets fractions 0…1 as bytes arrive and the text is decoded and parsed.
    /// `failingReads` makes the first read after the head fail with EIO, as a disk
    /// error would (for the end-to-end test of that case). Run in a task that is cancelled
    /// (the reader quit), it stops at the next chunk, closes the file and returns no text.
    public func finish(failingReads: Bool = false, progress: (Double) -> Void = { _ in }) -> Document {
        // Not strict: nothing is thrown.
        (try? readRest(failingReads: failingReads, strict: false, progress: progress)) ?? DocumentLoader.document(
            decoded: (ScalarText(), headEncoding), name: name, path: path, markdown: markdown, label: label)
    }

    /// The whole version for an export, which shows nothing before it is complete: a read
    /// error or a version past the input limit is an error (as `load(path:)` says), not a notice.
    public func finishWhole() throws(LoadError) -> Document {
        try readRest(failingReads: false, strict: true, progress: { _ in })
    }

    private func readRest(failingReads: Bool, strict: Bool, progress: (Double) -> Void) throws(LoadError) -> Document {
        var bytes = head
        var notices: [String] = []
        let size = expectedSize
        if size > bytes.count { bytes.reserveCapacity(size) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var readError: Int32 = failingReads ? EIO : 0
        while readError == 0 {
            if Task.isCancelled {
                abandon()
                throw LoadError(path: path, reason: "reading cancelled")
            }
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n > 0 {
                bytes.append(contentsOf: chunk[..<n])
                if bytes.count > limit.bytes {
                    if strict {
                        abandon()
                        throw LoadError(path: path, reason: limit.exceededReason())
                    }
                    bytes.removeSubrange(Self.lastLineEnd(bytes, atOrBefore: limit.bytes, notBefore: shownBytes)...)
                    notices.append("\(limit.exceededReason()): showing its first \(limit)")
                    break
                }
                if size > 0 { progress(0.4 * min(1, Double(bytes.count) / Double(size))) }
            } else if n == 0 {
                break
            } else if errno != EINTR {
                readError = errno
                break
            }
        }
        chunk = []
        abandon()
        if readError != 0 && strict { throw DocumentLoader.readFailure(path, readError) }
        if readError != 0 {
            notices.append("read error after \(bytes.count) bytes (\(String(cString: strerror(readError)).lowercased())): showing the text before it")
            bytes.removeSubrange(Self.lastLineEnd(bytes, atOrBefore: bytes.count, notBefore: shownBytes)...)
        } else if size > 0 && bytes.count != size && notices.isEmpty {
            notices.append(bytes.count > size ? "grew while loading: showing its first \(bytes.count) bytes"
                                              : "shrank while loading: showing its \(bytes.count) bytes")
        }
        if path != "-", let replaced = Self.wasReplaced(path, device: device, inode: inode), replaced {
            notices.append("was replaced while loading: showing the file as it was opened")
        }
        // Binary data after the head: the text before it is shown, not the bytes.
        if let zero = bytes[shownBytes...].firstIndex(of: 0) {
            notices.append("binary data from byte \(zero): showing the text before it")
            bytes.removeSubrange(Self.lastLineEnd(bytes, atOrBefore: zero, notBefore: shownBytes)...)
        }
        progress(0.45)
        // The head decided the encoding: what is shown stays as it is. Decoded once, in
        // the encoding chosen from what the whole looks like.
        let decoded = TextDecoder.decodeSanitised(bytes) { found in
            guard found != headEncoding else { return found }
            switch headEncoding {
            case .utf8, .utf8WithReplacements:
                if found.isEightBit && !bytes[..<shownBytes].contains(where: { $0 >= 0x80 }) {
                    notices.append("decoded as \(found.rawValue) (found after the first screen)")
                    return found
                }
                notices.append("invalid UTF-8 after the first screen replaced with \u{FFFD}")
                return .utf8WithReplacements
            case .windows1252, .windows1251, .koi8R:
                return headEncoding
            case .utf16LittleEndian, .utf16BigEndian:
                return found  // read whole before the first screen (`openVersion`)
            }
        }
        bytes = []
        progress(0.75)
        var document = DocumentLoader.document(decoded: decoded, name: name, path: path, markdown: markdown, label: label)
        if !notices.isEmpty {
            document.notice = ([document.notice].compactMap { $0 } + notices).joined(separator: "; ")
        }
        progress(1)
        return document
    }

    /// Closes the file without reading the rest (the reader quit first).
    public func abandon() {
        close(fd)
    }

    /// Where a text cut at `limit` ends best: after the last line break before it (not
    /// before `floor`, the head already shown), else at `limit` itself.
    static func lastLineEnd(_ bytes: [UInt8], atOrBefore limit: Int, notBefore floor: Int) -> Int {
        var index = limit
        while index > floor {
            if bytes[index - 1] == 0x0A { return index }
            index -= 1
        }
        return max(floor, limit)
    }

    /// Whether `path` now names another file than the one opened (nil: it cannot be looked at).
    static func wasReplaced(_ path: String, device: UInt64, inode: UInt64) -> Bool? {
        var info = stat()
        guard stat(path, &info) == 0 else { return true }
        return UInt64(info.st_dev) != device || UInt64(info.st_ino) != inode
    }
}

import CZlib

/// Reads the members of a zip archive held in memory: a wheel is one, and so is numpy's
/// `.npz`. Stored and deflated members are supported (zlib inflates), each checked
/// against its CRC-32; zip64 sizes are read from the extra field numpy writes.
struct ZipArchive {
    struct Member {
        var name: String
        var method: UInt16
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localHeaderOffset: Int
    }

    let bytes: [UInt8]
    let members: [Member]
    let label: String

    init(bytes: [UInt8], label: String) throws(ModelError) {
        self.bytes = bytes
        self.label = label
        func bad(_ detail: String) -> ModelError { ModelError(.install, "\(label) is not a readable zip archive (\(detail))") }
        // The end-of-central-directory record: the last "PK\u{5}\u{6}" within 64 KB of the end.
        var end = -1
        var position = bytes.count - 22
        while position >= max(0, bytes.count - 22 - 65_535) {
            if bytes.u32(at: position) == 0x0605_4b50 { end = position; break }
            position -= 1
        }
        guard end >= 0 else { throw bad("no central directory") }
        var count = Int(bytes.u16(at: end + 10))
        var directory = Int(bytes.u32(at: end + 16))
        if count == 0xFFFF || directory == 0xFFFF_FFFF {
            // Zip64: the locator just before the record points at the zip64 record.
            guard end >= 20, bytes.u32(at: end - 20) == 0x0706_4b50 else { throw bad("zip64 locator missing") }
            let record = Int(bytes.u64(at: end - 12))
            guard record + 56 <= bytes.count, bytes.u32(at: record) == 0x0606_4b50 else { throw bad("zip64 record missing") }
            count = Int(bytes.u64(at: record + 32))
            directory = Int(bytes.u64(at: record + 48))
        }
        var members: [Member] = []
        var cursor = directory
        for _ in 0..<count {
            guard cursor + 46 <= bytes.count, bytes.u32(at: cursor) == 0x0201_4b50 else { throw bad("damaged central directory") }
            let nameLength = Int(bytes.u16(at: cursor + 28))
            let extraLength = Int(bytes.u16(at: cursor + 30))
            let commentLength = Int(bytes.u16(at: cursor + 32))
            guard cursor + 46 + nameLength + extraLength <= bytes.count else { throw bad("damaged central directory") }
            var member = Member(
                name: String(decoding: bytes[(cursor + 46)..<(cursor + 46 + nameLength)], as: UTF8.self),
                method: bytes.u16(at: cursor + 10), crc: bytes.u32(at: cursor + 16),
                compressedSize: Int(bytes.u32(at: cursor + 20)), size: Int(bytes.u32(at: cursor + 24)),
                localHeaderOffset: Int(bytes.u32(at: cursor + 42)))
            if bytes.u16(at: cursor + 8) & 1 != 0 { throw bad("\(member.name) is encrypted") }
            Self.applyZip64(&member, bytes: bytes, extra: (cursor + 46 + nameLength)..<(cursor + 46 + nameLength + extraLength))
            members.append(member)
            cursor += 46 + nameLength + extraLength + commentLength
        }
        self.members = members
    }

    /// Sizes and offset saturated at 0xFFFFFFFF come, in that order, from the zip64 extra field.
    private static func applyZip64(_ member: inout Member, bytes: [UInt8], extra: Range<Int>) {
        var at = extra.lowerBound
        while at + 4 <= extra.upperBound {
            let id = bytes.u16(at: at)
            let length = Int(bytes.u16(at: at + 2))
            if id == 1 {
                var field = at + 4
                func next() -> Int? {
                    guard field + 8 <= min(at + 4 + length, extra.upperBound) else { return nil }
                    defer { field += 8 }
                    return Int(truncatingIfNeeded: bytes.u64(at: field))
                }
                if member.size == 0xFFFF_FFFF, let value = next() { member.size = value }
                if member.compressedSize == 0xFFFF_FFFF, let value = next() { member.compressedSize = value }
                if member.localHeaderOffset == 0xFFFF_FFFF, let value = next() { member.localHeaderOffset = value }
            }
            at += 4 + length
        }
    }

    func member(named name: String) -> Member? { members.first { $0.name == name } }

    /// The member's uncompressed bytes, checked against its CRC-32.
    func contents(of name: String) throws(ModelError) -> [UInt8] {
        guard let member = member(named: name) else { throw ModelError(.install, "\(label) has no \(name)") }
        func bad(_ detail: String) -> ModelError { ModelError(.install, "\(name) in \(label) is damaged (\(detail))") }
        let local = member.localHeaderOffset
        guard local + 30 <= bytes.count, bytes.u32(at: local) == 0x0403_4b50 else { throw bad("no local header") }
        let start = local + 30 + Int(bytes.u16(at: local + 26)) + Int(bytes.u16(at: local + 28))
        guard start + member.compressedSize <= bytes.count else { throw bad("truncated") }
        let data: [UInt8]
        switch member.method {
        case 0:
            guard member.compressedSize == member.size else { throw bad("stored sizes differ") }
            data = Array(bytes[start..<(start + member.size)])
        case 8:
            let output = bytes.withUnsafeBytes { raw in
                Self.inflate(UnsafeRawBufferPointer(rebasing: raw[start..<(start + member.compressedSize)]), size: member.size)
            }
            guard let output else { throw bad("deflate stream") }
            data = output
        default:
            throw bad("compression method \(member.method) is not supported")
        }
        guard crc32Checksum(data) == member.crc else { throw bad("CRC mismatch") }
        return data
    }

    /// Inflates a raw deflate stream whose output is exactly `size` bytes.
    static func inflate(_ input: UnsafeRawBufferPointer, size: Int) -> [UInt8]? {
        var output = [UInt8](repeating: 0, count: size)
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        let status: Int32 = output.withUnsafeMutableBytes { out in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.avail_in = uInt(input.count)
            stream.next_out = out.baseAddress?.assumingMemoryBound(to: Bytef.self)
            stream.avail_out = uInt(out.count)
            return CZlib.inflate(&stream, Z_FINISH)
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == size else { return nil }
        return output
    }
}

extension Array where Element == UInt8 {
    func u16(at offset: Int) -> UInt16 { UInt16(self[offset]) | UInt16(self[offset + 1]) << 8 }
    func u32(at offset: Int) -> UInt32 { UInt32(u16(at: offset)) | UInt32(u16(at: offset + 2)) << 16 }
    func u64(at offset: Int) -> UInt64 { UInt64(u32(at: offset)) | UInt64(u32(at: offset + 4)) << 32 }
}

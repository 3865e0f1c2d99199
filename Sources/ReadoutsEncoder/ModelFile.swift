#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Readouts' own model container, written once by `--install-model` and memory-mapped at
/// every start (no parsing: the arrays are used where they lie).
///
/// Layout, little-endian: a 64-byte header (magic, format version, section count, file
/// size, CRC-32 of the section table), then one 64-byte entry per section (name, element
/// kind, CRC-32, offset, byte count), then each section's bytes at a 64-byte boundary.
/// Opening checks the magic, the version, the file size, the table's CRC and every
/// section's bounds, which catches truncation and a foreign file at once; `verify` checks
/// the CRC-32 of chosen sections (what it costs is for the caller to choose).
struct ModelFile: @unchecked Sendable {
    enum Kind: UInt32 { case float32 = 1, uint8 = 2, uint32 = 3, int32 = 4 }

    struct Section {
        var kind: Kind
        var crc: UInt32
        var offset: Int
        var byteCount: Int
    }

    static let magic: [UInt8] = Array("RDTMODEL".utf8)
    static let version: UInt32 = 1
    static let headerSize = 64
    static let entrySize = 64
    static let nameCapacity = 40
    static let alignment = 64

    let file: MappedFile
    let sections: [String: Section]
    var path: String { file.path }

    init(path: String) throws(ModelError) {
        file = try MappedFile(path: path)
        let bytes = file.bytes
        func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
        func u64(_ at: Int) -> Int { Int(truncatingIfNeeded: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))) }

        guard bytes.count >= Self.headerSize, Array(bytes[0..<8]) == Self.magic else {
            throw ModelError.corrupt(path, "not a Readouts model file")
        }
        guard u32(8) == Self.version else {
            throw ModelError(.corrupt, "model file \(path) has format version \(u32(8)), this Readouts reads \(Self.version); run readouts --install-model again")
        }
        let count = Int(u32(12))
        let declaredSize = u64(16)
        guard declaredSize == bytes.count else {
            throw ModelError.corrupt(path, "\(bytes.count) bytes where the header says \(declaredSize): truncated")
        }
        let tableEnd = Self.headerSize + count * Self.entrySize
        guard count < 10_000, tableEnd <= bytes.count,
            crc32Checksum(UnsafeRawBufferPointer(rebasing: bytes[Self.headerSize..<tableEnd])) == u32(24)
        else { throw ModelError.corrupt(path, "section table checksum mismatch") }

        var sections: [String: Section] = [:]
        for index in 0..<count {
            let entry = Self.headerSize + index * Self.entrySize
            let nameBytes = bytes[entry..<(entry + Self.nameCapacity)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            guard let kind = Kind(rawValue: u32(entry + 40)) else { throw ModelError.corrupt(path, "unknown element kind in \(name)") }
            let section = Section(kind: kind, crc: u32(entry + 44), offset: u64(entry + 48), byteCount: u64(entry + 56))
            guard section.offset >= tableEnd, section.byteCount >= 0, section.offset % Self.alignment == 0,
                section.offset <= bytes.count - section.byteCount
            else { throw ModelError.corrupt(path, "section \(name) lies outside the file") }
            sections[name] = section
        }
        self.sections = sections
    }

    /// Checks the CRC-32 of the named sections. Reading a section to check it makes its
    /// pages resident; they are given back at once (`MappedFile.dropPages`: they stay in the
    /// page cache), so that a section counts in the process's memory only once it is used.
    /// The full encoder's 13.6 MB of layers, checked at every load, are not read at all on
    /// the token-average path that large versions take.
    func verify(_ names: some Sequence<String>) throws(ModelError) {
        for name in names {
            let section = try self.section(name)
            let bytes = UnsafeRawBufferPointer(rebasing: file.bytes[section.offset..<(section.offset + section.byteCount)])
            guard crc32Checksum(bytes) == section.crc else { throw ModelError.corrupt(path, "checksum mismatch in \(name)") }
            if let start = bytes.baseAddress { file.dropPages(start, count: bytes.count) }
        }
    }

    func section(_ name: String) throws(ModelError) -> Section {
        guard let section = sections[name] else { throw ModelError.corrupt(path, "section \(name) is missing") }
        return section
    }

    /// The section's elements, which must be `count` values of `kind`.
    func array<T>(_ name: String, _ kind: Kind, count: Int, as type: T.Type) throws(ModelError) -> UnsafeBufferPointer<T> {
        let section = try self.section(name)
        guard section.kind == kind, section.byteCount == count * MemoryLayout<T>.stride else {
            throw ModelError.corrupt(path, "section \(name) holds \(section.byteCount) bytes, expected \(count * MemoryLayout<T>.stride)")
        }
        let start = (file.bytes.baseAddress! + section.offset).assumingMemoryBound(to: T.self)
        return UnsafeBufferPointer(start: start, count: count)
    }

    /// A section of any length whose elements are `kind`.
    func array<T>(_ name: String, _ kind: Kind, as type: T.Type) throws(ModelError) -> UnsafeBufferPointer<T> {
        let section = try self.section(name)
        guard section.kind == kind, section.byteCount % MemoryLayout<T>.stride == 0 else {
            throw ModelError.corrupt(path, "section \(name) has the wrong element kind or size")
        }
        return try array(name, kind, count: section.byteCount / MemoryLayout<T>.stride, as: type)
    }

    func floats(_ name: String, count: Int) throws(ModelError) -> UnsafeBufferPointer<Float> {
        try array(name, .float32, count: count, as: Float.self)
    }
}

#if _endian(big)
#error("Readouts' model files are little-endian and mapped as they are")
#endif

/// Builds a `ModelFile` in memory and writes it durably (written, then fsync'ed).
struct ModelFileWriter {
    private var entries: [(name: String, kind: ModelFile.Kind, bytes: [UInt8])] = []

    mutating func add(_ name: String, floats: [Float]) { add(name, .float32, floats) }
    mutating func add(_ name: String, bytes: [UInt8]) { entries.append((name, .uint8, bytes)) }
    mutating func add(_ name: String, uint32s: [UInt32]) { add(name, .uint32, uint32s) }
    mutating func add(_ name: String, int32s: [Int32]) { add(name, .int32, int32s) }
    /// Float16 values as bytes (see `EncoderSections.projectedTable`).
    mutating func add(_ name: String, float16s: [Float16]) { entries.append((name, .uint8, float16s.withUnsafeBytes { Array($0) })) }
    /// A section copied as it lies in another model file.
    mutating func add(_ name: String, kind: ModelFile.Kind, raw bytes: [UInt8]) { entries.append((name, kind, bytes)) }

    private mutating func add<T>(_ name: String, _ kind: ModelFile.Kind, _ values: [T]) {
        precondition(name.utf8.count < ModelFile.nameCapacity)
        entries.append((name, kind, values.withUnsafeBytes { Array($0) }))
    }

    func write(to path: String) throws(ModelError) {
        func aligned(_ offset: Int) -> Int { (offset + ModelFile.alignment - 1) / ModelFile.alignment * ModelFile.alignment }
        var offsets: [Int] = []
        var end = aligned(ModelFile.headerSize + entries.count * ModelFile.entrySize)
        for entry in entries {
            offsets.append(end)
            end = aligned(end + entry.bytes.count)
        }
        var table: [UInt8] = []
        for (entry, offset) in zip(entries, offsets) {
            var name = Array(entry.name.utf8)
            name += [UInt8](repeating: 0, count: ModelFile.nameCapacity - name.count)
            table += name
            table += littleEndian(entry.kind.rawValue) + littleEndian(crc32Checksum(entry.bytes))
            table += littleEndian(UInt64(offset)) + littleEndian(UInt64(entry.bytes.count))
        }
        var header = ModelFile.magic + littleEndian(ModelFile.version) + littleEndian(UInt32(entries.count))
        header += littleEndian(UInt64(end)) + littleEndian(crc32Checksum(table))
        header += [UInt8](repeating: 0, count: ModelFile.headerSize - header.count)

        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ModelError(.install, "cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var written = 0
        func put(_ bytes: [UInt8]) throws(ModelError) {
            guard bytes.withUnsafeBytes({ writeAll(descriptor, $0) }) else {
                throw ModelError(.install, "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            written += bytes.count
        }
        try put(header + table)
        for (entry, offset) in zip(entries, offsets) {
            try put([UInt8](repeating: 0, count: offset - written))
            try put(entry.bytes)
        }
        try put([UInt8](repeating: 0, count: end - written))
        guard fsync(descriptor) == 0 else { throw ModelError(.install, "cannot sync \(path): \(String(cString: strerror(errno)))") }
    }

    private func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
}

/// Writes the whole buffer, retrying short writes and interrupted calls.
func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
    var done = 0
    while done < buffer.count {
        let result = write(descriptor, buffer.baseAddress! + done, buffer.count - done)
        if result < 0 && errno == EINTR { continue }
        if result <= 0 { return false }
        done += result
    }
    return true
}

/// Fills the whole buffer from the descriptor, retrying short reads and interrupted calls;
/// false at an error or the end of the file before the buffer is full.
func readAll(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Bool {
    var done = 0
    while done < buffer.count {
        let result = read(descriptor, buffer.baseAddress! + done, buffer.count - done)
        if result < 0 && errno == EINTR { continue }
        if result <= 0 { return false }
        done += result
    }
    return true
}

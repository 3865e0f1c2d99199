/// Bytes written as they are produced: a buffer handed to `flush` each time it reaches
/// `chunkSize` (64 KB), so an export of any size never sits in memory whole. Shared by
/// the JSON, HTML and Markdown exports.
public struct ChunkedOutput {
    private var buffer: [UInt8] = []
    private let flush: ([UInt8]) -> Void
    private let chunkSize: Int

    public init(chunkSize: Int = 1 << 16, flush: @escaping ([UInt8]) -> Void) {
        self.flush = flush
        self.chunkSize = max(1, chunkSize)
        buffer.reserveCapacity(self.chunkSize)
    }

    @inline(__always)
    public mutating func append(_ byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= chunkSize {
            flush(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Appends a string's UTF-8 bytes as they are (no escaping).
    public mutating func append(_ text: String) {
        for byte in text.utf8 { append(byte) }
    }

    /// Appends one scalar in UTF-8.
    @inline(__always)
    public mutating func append(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            append(UInt8(value))
        } else if value < 0x800 {
            append(UInt8(0xC0 | value >> 6))
            append(UInt8(0x80 | value & 0x3F))
        } else if value < 0x10000 {
            append(UInt8(0xE0 | value >> 12))
            append(UInt8(0x80 | value >> 6 & 0x3F))
            append(UInt8(0x80 | value & 0x3F))
        } else {
            append(UInt8(0xF0 | value >> 18))
            append(UInt8(0x80 | value >> 12 & 0x3F))
            append(UInt8(0x80 | value >> 6 & 0x3F))
            append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// Everything written so far goes to `flush`; call once at the end.
    public mutating func finish() {
        if !buffer.isEmpty { flush(buffer) }
        buffer.removeAll(keepingCapacity: true)
    }
}

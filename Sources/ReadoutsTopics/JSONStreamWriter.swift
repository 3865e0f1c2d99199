/// Writes JSON as it goes, in the layout of Foundation's `JSONEncoder` with
/// `.prettyPrinted` (two-space indents, `"key" : value`, an empty array as `[`, a blank
/// line and `]`), into a `ChunkedOutput` handed to `flush` every 64 KB.
///
/// The export of two 10 MB versions is about 240 MB of JSON: encoding it in one piece
/// through `Encodable` held over a gigabyte. Streaming holds 64 KB. The caller writes
/// object keys in the order it wants them (the export sorts them, as `.sortedKeys` did).
struct JSONStreamWriter {
    private var output: ChunkedOutput
    /// One entry per open container: whether it has an element yet.
    private var open: [Bool] = []

    init(flush: @escaping ([UInt8]) -> Void) {
        output = ChunkedOutput(flush: flush)
    }

    mutating func beginObject() { beginContainer(UInt8(ascii: "{")) }
    mutating func endObject() { endContainer(UInt8(ascii: "}")) }
    mutating func beginArray() { beginContainer(UInt8(ascii: "[")) }
    mutating func endArray() { endContainer(UInt8(ascii: "]")) }

    /// Starts an object member: its value is written next.
    mutating func key(_ name: String) {
        startElement()
        writeString(name)
        write(" : ")
        pendingValueIsMember = true
    }

    mutating func string(_ value: String) {
        startValue()
        writeString(value)
    }

    mutating func null() {
        startValue()
        write("null")
    }

    mutating func bool(_ value: Bool) {
        startValue()
        write(value ? "true" : "false")
    }

    mutating func int(_ value: Int) {
        startValue()
        write(String(value))
    }

    /// Integral values without a fraction ("1", not "1.0"), as `JSONEncoder` writes them.
    /// JSON has no NaN or infinity: such a value is written as `null`, never as `nan`.
    mutating func double(_ value: Double) {
        startValue()
        if !value.isFinite {
            write("null")
        } else if value == value.rounded(), abs(value) < 1e15 {
            write(String(Int(value)))
        } else {
            write(value.description)
        }
    }

    /// Everything written so far goes to `flush`; call once at the end.
    mutating func finish() { output.finish() }

    // MARK: - Layout

    /// True right after `key(_:)`: the value follows on the same line.
    private var pendingValueIsMember = false

    private mutating func startValue() {
        if pendingValueIsMember {
            pendingValueIsMember = false
        } else if !open.isEmpty {
            startElement()
        }
    }

    private mutating func startElement() {
        guard !open.isEmpty else { return }
        write(open[open.count - 1] ? ",\n" : "\n")
        open[open.count - 1] = true
        indent(open.count)
    }

    private mutating func beginContainer(_ bracket: UInt8) {
        startValue()
        append(bracket)
        open.append(false)
    }

    private mutating func endContainer(_ bracket: UInt8) {
        let hadElements = open.removeLast()
        write(hadElements ? "\n" : "\n\n")
        indent(open.count)
        append(bracket)
    }

    private mutating func indent(_ depth: Int) {
        for _ in 0..<(2 * depth) { append(UInt8(ascii: " ")) }
    }

    // MARK: - Bytes

    private mutating func writeString(_ value: String) {
        append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): write("\\\"")
            case UInt8(ascii: "\\"): write("\\\\")
            case 0x0A: write("\\n")
            case 0x0D: write("\\r")
            case 0x09: write("\\t")
            case 0x08: write("\\b")
            case 0x0C: write("\\f")
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                write("\\u00")
                append(hex[Int(byte >> 4)])
                append(hex[Int(byte & 0xF)])
            default: append(byte)
            }
        }
        append(UInt8(ascii: "\""))
    }

    private mutating func write(_ text: String) { output.append(text) }

    @inline(__always)
    private mutating func append(_ byte: UInt8) { output.append(byte) }
}

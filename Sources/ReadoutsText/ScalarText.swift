/// A document's text, held compactly and read by scalar offset in constant time.
///
/// Each scalar is stored as a code into the text's own alphabet: one byte per scalar when
/// the text uses at most 256 distinct scalars (French, English, Russian readouts: ASCII plus
/// a few dozen letters and signs), two bytes up to 65,536 (Chinese, Japanese), the scalar
/// itself beyond. Codes below 128 are ASCII itself. A 10 MB French version takes about 10 MB
/// instead of the 40 MB of an array of scalars, and offsets stay scalar offsets.
public struct ScalarText: RandomAccessCollection, Sendable, Equatable, CustomStringConvertible {
    public typealias Index = Int
    public typealias Element = Unicode.Scalar

    enum Storage: Sendable {
        case narrow([UInt8])
        case wide([UInt16])
        case full([Unicode.Scalar])
    }

    let storage: Storage
    /// Code → scalar, for codes of 128 and above (the first 128 entries are ASCII).
    let alphabet: [Unicode.Scalar]
    public let count: Int

    init(storage: Storage, alphabet: [Unicode.Scalar]) {
        self.storage = storage
        self.alphabet = alphabet
        switch storage {
        case .narrow(let codes): count = codes.count
        case .wide(let codes): count = codes.count
        case .full(let scalars): count = scalars.count
        }
    }

    public init() { self.init(storage: .narrow([]), alphabet: Self.ascii) }

    public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        var builder = Builder()
        for scalar in scalars { builder.append(scalar) }
        self = builder.build()
    }

    public init(_ string: String) { self.init(string.unicodeScalars) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    @inline(__always)
    public subscript(position: Int) -> Unicode.Scalar {
        switch storage {
        case .narrow(let codes):
            let code = codes[position]
            return code < 0x80 ? Unicode.Scalar(code) : alphabet[Int(code)]
        case .wide(let codes):
            let code = codes[position]
            return code < 0x80 ? Unicode.Scalar(UInt8(code)) : alphabet[Int(code)]
        case .full(let scalars):
            return scalars[position]
        }
    }

    /// Calls `body` with bytes that determine the text: the storage's codes, then its
    /// alphabet (what a cache key hashes, without making a String of the whole text).
    public func withDeterminingBytes(_ body: (UnsafeRawBufferPointer) -> Void) {
        switch storage {
        case .narrow(let codes): withUnsafeBytes(of: UInt8(1)) { body($0) }; codes.withUnsafeBytes(body)
        case .wide(let codes): withUnsafeBytes(of: UInt8(2)) { body($0) }; codes.withUnsafeBytes(body)
        case .full(let scalars): withUnsafeBytes(of: UInt8(4)) { body($0) }; scalars.withUnsafeBytes(body)
        }
        alphabet.withUnsafeBytes(body)
    }

    /// Bytes per scalar of the storage (1, 2 or 4): for tests and benchmarks.
    public var bytesPerScalar: Int {
        switch storage {
        case .narrow: return 1
        case .wide: return 2
        case .full: return 4
        }
    }

    /// The scalars of `range` (clamped to the text) as an array: hot loops (wrapping,
    /// searching, sentence splitting) work on a block's worth of plain scalars.
    public func scalars(_ range: Range<Int>) -> [Unicode.Scalar] {
        let range = range.clamped(to: 0..<count)
        return [Unicode.Scalar](unsafeUninitializedCapacity: range.count) { out, written in
            switch storage {
            case .narrow(let codes):
                codes.withUnsafeBufferPointer { codes in
                    alphabet.withUnsafeBufferPointer { alphabet in
                        for (o, i) in range.enumerated() {
                            let code = codes[i]
                            out.initializeElement(at: o, to: code < 0x80 ? Unicode.Scalar(code) : alphabet[Int(code)])
                        }
                    }
                }
            case .wide(let codes):
                codes.withUnsafeBufferPointer { codes in
                    alphabet.withUnsafeBufferPointer { alphabet in
                        for (o, i) in range.enumerated() { out.initializeElement(at: o, to: alphabet[Int(codes[i])]) }
                    }
                }
            case .full(let scalars):
                for (o, i) in range.enumerated() { out.initializeElement(at: o, to: scalars[i]) }
            }
            written = range.count
        }
    }

    /// The text of `range` (clamped to the text) as a String.
    public func string(_ range: Range<Int>) -> String {
        UTF8Scalars.string(scalars(range)[...])
    }

    /// The whole text as a String.
    public var description: String { string(0..<count) }

    /// Calls `body` with the offset of each `scalar` in `range`, in order, found without
    /// decoding (for line breaks), until `body` answers false.
    func offsets(of scalar: Unicode.Scalar, in range: Range<Int>, _ body: (Int) -> Bool) {
        let range = range.clamped(to: 0..<count)
        if case .narrow(let codes) = storage, scalar.isASCII {
            let wanted = UInt8(scalar.value)
            codes.withUnsafeBufferPointer { codes in
                for i in range where codes[i] == wanted { if !body(i) { return } }
            }
        } else {
            for i in range where self[i] == scalar { if !body(i) { return } }
        }
    }

    public static func == (lhs: ScalarText, rhs: ScalarText) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }

    static let ascii: [Unicode.Scalar] = (0..<128).map { Unicode.Scalar(UInt8($0)) }
}

extension ScalarText {
    /// Appends scalars, growing the alphabet as new ones appear and widening the codes
    /// (once) when a 257th or a 65,537th distinct scalar arrives.
    public struct Builder {
        private var narrow: [UInt8] = []
        private var wide: [UInt16] = []
        private var full: [Unicode.Scalar] = []
        private var width = 1
        private var alphabet = ScalarText.ascii
        /// Scalar value → code, for scalars past ASCII.
        private var codes: [UInt32: UInt16] = [:]
        /// The alphabet this builder started from, if it was another text's.
        private var seed: [Unicode.Scalar] = []

        public init(capacity: Int = 0) {
            narrow.reserveCapacity(capacity)
        }

        /// A builder whose text will hold only ASCII and scalars of `text`: ranges of
        /// `text` are then copied code for code (what the parser does).
        public init(alphabetOf text: ScalarText, capacity: Int = 0) {
            alphabet = text.alphabet
            seed = text.alphabet
            for (code, scalar) in alphabet.enumerated() where code >= 0x80 { codes[scalar.value] = UInt16(code) }
            switch text.storage {
            case .narrow: width = 1; narrow.reserveCapacity(capacity)
            case .wide: width = 2; wide.reserveCapacity(capacity)
            case .full: width = 4; full.reserveCapacity(capacity)
            }
        }

        public var count: Int { width == 1 ? narrow.count : width == 2 ? wide.count : full.count }

        public subscript(position: Int) -> Unicode.Scalar {
            switch width {
            case 1: let code = narrow[position]; return code < 0x80 ? Unicode.Scalar(code) : alphabet[Int(code)]
            case 2: return alphabet[Int(wide[position])]
            default: return full[position]
            }
        }

        @inline(__always)
        public mutating func appendASCII(_ byte: UInt8) {
            switch width {
            case 1: narrow.append(byte)
            case 2: wide.append(UInt16(byte))
            default: full.append(Unicode.Scalar(byte))
            }
        }

        @inline(__always)
        public mutating func append(_ scalar: Unicode.Scalar) {
            if scalar.isASCII { appendASCII(UInt8(scalar.value)); return }
            appendOther(scalar)
        }

        private mutating func appendOther(_ scalar: Unicode.Scalar) {
            if width == 4 { full.append(scalar); return }
            let code: UInt16
            if let known = codes[scalar.value] {
                code = known
            } else if alphabet.count < (width == 1 ? 256 : 65536) {
                code = UInt16(alphabet.count)
                codes[scalar.value] = code
                alphabet.append(scalar)
            } else {
                widen()
                append(scalar)
                return
            }
            if width == 1 { narrow.append(UInt8(code)) } else { wide.append(code) }
        }

        private mutating func widen() {
            if width == 1 {
                wide = narrow.map { UInt16($0) }
                wide.reserveCapacity(narrow.capacity)
                narrow = []
                width = 2
            } else {
                full = wide.map { alphabet[Int($0)] }
                full.reserveCapacity(wide.capacity)
                wide = []
                codes = [:]
                width = 4
            }
        }

        /// Appends `text[range]`; code for code when `text` shares this builder's alphabet.
        public mutating func append(contentsOf text: ScalarText, _ range: Range<Int>) {
            switch (text.storage, width) {
            case (.narrow(let source), 1) where isSeed(text.alphabet):
                narrow.append(contentsOf: source[range])
            case (.wide(let source), 2) where isSeed(text.alphabet):
                wide.append(contentsOf: source[range])
            case (.full(let source), 4):
                full.append(contentsOf: source[range])
            default:
                for i in range { append(text[i]) }
            }
        }

        /// Whether `other` is the alphabet this builder started from (the same array, not
        /// just equal: checked in constant time). The builder's alphabet only ever grows
        /// past it, so its codes mean the same here.
        private func isSeed(_ other: [Unicode.Scalar]) -> Bool {
            other.count == seed.count && other.count > 0
                && other.withUnsafeBufferPointer { a in seed.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
        }

        public func build() -> ScalarText {
            switch width {
            case 1: return ScalarText(storage: .narrow(narrow), alphabet: alphabet)
            case 2: return ScalarText(storage: .wide(wide), alphabet: alphabet)
            default: return ScalarText(storage: .full(full), alphabet: ScalarText.ascii)
            }
        }
    }
}

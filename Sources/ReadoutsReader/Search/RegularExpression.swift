import CICU

/// An ICU regular expression whose matching work is bounded in ICU's own steps (about a
/// millisecond each) instead of by a clock: the same text and pattern always give the same
/// result, and no pattern, however catastrophic, runs past its budget.
final class RegularExpression {
    private let handle: OpaquePointer

    /// Compiles `pattern` (ICU syntax); throws a short reason when it is not valid.
    init(_ pattern: String, caseInsensitive: Bool) throws(SearchError) {
        let units = Array(pattern.utf16)
        var error = [CChar](repeating: 0, count: 128)
        guard let handle = readouts_regex_open(units, Int32(units.count), caseInsensitive ? 1 : 0, &error, Int32(error.count)) else {
            throw SearchError("invalid pattern: " + Self.reason(String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)))
        }
        self.handle = handle
    }

    /// ICU's reasons in words ("U_REGEX_MISMATCHED_PAREN at character 2" is "unbalanced
    /// parenthesis at character 2"); one not listed loses its prefix and underscores.
    static func reason(_ icu: String) -> String {
        let words: [String: String] = [
            "U_REGEX_MISMATCHED_PAREN": "unbalanced parenthesis",
            "U_REGEX_MISSING_CLOSE_BRACKET": "a [ without its ]",
            "U_REGEX_RULE_SYNTAX": "syntax error (nothing to repeat, or a stray character)",
            "U_REGEX_BAD_ESCAPE_SEQUENCE": "unknown escape after \\",
            "U_REGEX_PROPERTY_SYNTAX": "bad \\p{…} property",
            "U_REGEX_BAD_INTERVAL": "bad {n,m} repetition",
            "U_REGEX_MAX_LT_MIN": "{n,m} with m less than n",
            "U_REGEX_INVALID_RANGE": "a range in [ ] that runs backwards",
            "U_REGEX_NUMBER_TOO_BIG": "a number too big",
            "U_REGEX_INVALID_BACK_REF": "a back reference to a group that does not exist",
            "U_REGEX_LOOK_BEHIND_LIMIT": "a look-behind must have a bounded length",
            "U_REGEX_INVALID_FLAG": "an unknown flag in (?…)",
            "U_REGEX_INVALID_CAPTURE_GROUP_NAME": "a bad group name",
            "U_REGEX_SET_CONTAINS_STRING": "a [ ] set cannot hold a string",
            "U_REGEX_OCTAL_TOO_BIG": "an octal escape too big",
        ]
        let code = String(icu.prefix { $0 != " " })
        let rest = icu.dropFirst(code.count)
        let named = words[code] ?? code.replacing("U_REGEX_", with: "").replacing("U_", with: "")
            .split(separator: "_").joined(separator: " ").lowercased()
        return named + rest
    }

    deinit { readouts_regex_close(handle) }

    struct Matches {
        /// UTF-16 ranges of the non-empty matches found.
        var ranges: [Range<Int>]
        var stepsSpent: Int
        /// The budget ran out before the end of the text.
        var exhausted: Bool
    }

    /// The matches in UTF-16 `text`, spending at most `steps` steps over all of them.
    func matches(in text: [UInt16], steps: Int) -> Matches {
        // Non-empty matches do not overlap: there are at most as many as UTF-16 units.
        let capacity = max(1, text.count)
        var out = [Int32](repeating: 0, count: 2 * capacity)
        var spent: Int32 = 0
        var exhausted: Int32 = 0
        let count = Int(readouts_regex_find(handle, text, Int32(text.count), Int32(clamping: steps), &out, Int32(capacity), &spent, &exhausted))
        guard count >= 0 else { return Matches(ranges: [], stepsSpent: Int(spent), exhausted: true) }
        let ranges = (0..<min(count, capacity)).map { Int(out[2 * $0])..<Int(out[2 * $0 + 1]) }
        return Matches(ranges: ranges, stepsSpent: Int(spent), exhausted: exhausted != 0)
    }
}

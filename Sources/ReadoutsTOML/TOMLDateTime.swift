/// A TOML date, time or date-time. Which parts are present says which of TOML's four kinds
/// it is: offset date-time (all three), local date-time (date and time), local date, local time.
public struct TOMLDateTime: Hashable, Sendable, CustomStringConvertible {
    public struct Date: Hashable, Sendable {
        public var year: Int
        public var month: Int
        public var day: Int

        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }
    }

    public struct Time: Hashable, Sendable {
        public var hour: Int
        public var minute: Int
        /// 0–60: RFC 3339 allows a leap second.
        public var second: Int
        /// Fractional seconds, truncated to nanoseconds.
        public var nanosecond: Int

        public init(hour: Int, minute: Int, second: Int, nanosecond: Int = 0) {
            self.hour = hour
            self.minute = minute
            self.second = second
            self.nanosecond = nanosecond
        }
    }

    public var date: Date?
    public var time: Time?
    /// Minutes east of UTC (`Z` is 0); nil for local date-times, dates and times.
    public var offsetMinutes: Int?

    public init(date: Date? = nil, time: Time? = nil, offsetMinutes: Int? = nil) {
        self.date = date
        self.time = time
        self.offsetMinutes = offsetMinutes
    }

    public var kindDescription: String {
        switch (date != nil, time != nil, offsetMinutes != nil) {
        case (true, true, true): return "an offset date-time"
        case (true, true, false): return "a local date-time"
        case (true, false, _): return "a local date"
        default: return "a local time"
        }
    }

    /// RFC 3339: `1979-05-27T07:32:00.5-07:00`, `1979-05-27`, `07:32:00`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var parts: [String] = []
        if let date { parts.append("\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))") }
        if let time {
            var text = "\(pad(time.hour, 2)):\(pad(time.minute, 2)):\(pad(time.second, 2))"
            if time.nanosecond > 0 {
                var fraction = pad(time.nanosecond, 9)
                while fraction.hasSuffix("0") { fraction.removeLast() }
                text += "." + fraction
            }
            parts.append(text)
        }
        var text = parts.joined(separator: "T")
        if let offset = offsetMinutes {
            text += offset == 0 ? "Z" : (offset < 0 ? "-" : "+") + pad(abs(offset) / 60, 2) + ":" + pad(abs(offset) % 60, 2)
        }
        return text
    }
}

import Foundation

/// HTTP/1.1 to a server on 127.0.0.1, one request per connection: enough for
/// chromedriver, which URLSession on Linux cannot talk to.
enum LoopbackHTTP {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends a request and returns the status code and the body (de-chunked if need be).
    static func request(port: Int, method: String, path: String, body: Data?, timeout: Int = 60) throws -> (Int, Data) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        defer { close(socket) }
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect to port \(port): errno \(errno)") }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\nAccept: application/json\r\n"
        if let body { head += "Content-Type: application/json; charset=utf-8\r\nContent-Length: \(body.count)\r\n" }
        let request = Array((head + "\r\n").utf8) + Array(body ?? Data())
        var sent = 0
        while sent < request.count {
            let count = request[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw Failure(description: "send: errno \(errno)") }
            sent += count
        }
        // chromedriver keeps the connection open after its reply, so the body ends at its
        // Content-Length (written "Content-Length:252", without a space), or at the close.
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var fields: [String] = []
        var bodyStart: Int?
        var length: Int?
        while bodyStart == nil || length.map({ response.count - bodyStart! < $0 }) ?? true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count == 0 { break }
            guard count > 0 else { throw Failure(description: "recv: errno \(errno)") }
            response += buffer[0..<count]
            if bodyStart == nil, let split = response.firstRange(of: Array("\r\n\r\n".utf8)) {
                bodyStart = split.upperBound
                fields = String(decoding: response[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
                length = field("content-length", in: fields).flatMap { Int($0) }
            }
        }
        guard let bodyStart else { throw Failure(description: "no HTTP header") }
        guard let status = fields.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else {
            throw Failure(description: "bad status line: \(fields.first ?? "")")
        }
        var content = Array(response[bodyStart...])
        if let length { content = Array(content.prefix(length)) }
        if field("transfer-encoding", in: fields)?.lowercased().contains("chunked") ?? false {
            content = try dechunk(content)
        }
        return (status, Data(content))
    }

    /// A header field's value (name case-insensitive, white space around the value dropped).
    static func field(_ name: String, in fields: [String]) -> String? {
        for line in fields.dropFirst() {
            guard let colon = line.firstIndex(of: ":"), line[..<colon].lowercased() == name else { continue }
            return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// The body of a chunked transfer: hexadecimal sizes, each followed by that many bytes.
    static func dechunk(_ bytes: [UInt8]) throws -> [UInt8] {
        var result: [UInt8] = []
        var position = 0
        while let end = bytes[position...].firstRange(of: Array("\r\n".utf8)) {
            let sizeText = String(decoding: bytes[position..<end.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { throw Failure(description: "bad chunk") }
            if size == 0 { break }
            let start = end.upperBound
            guard start + size <= bytes.count else { throw Failure(description: "short chunk") }
            result += bytes[start..<start + size]
            position = start + size + 2
        }
        return result
    }
}

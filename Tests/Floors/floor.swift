// The Swift floors of `readouts-bench startup`'s race (README, "Fifth pass"): the same screen
// as floor.c, written with one `write` (no curses), then waits for q. Not part of the package.
//   swiftc -O -static-stdlib floor.swift -o floor-swift-static
//   swiftc -O -static-stdlib -DFOUNDATION floor.swift -o floor-swift-foundation-static
//   swiftc -O -DFOUNDATION floor.swift -o floor-swift-foundation      (dynamic)
//   readouts-bench startup --first-screens-only --readouts ./floor-swift-static
#if FOUNDATION
import Foundation
#else
import Glibc
#endif
func lines(_ path: String?) -> [String] {
    guard let path else { return Array(repeating: "TASS/. Moscow, 24 February. Filler text of a bundled readout, written to fill the pane like running text does.", count: 60) }
    let fd = open(path, O_RDONLY)
    var buffer = [UInt8](repeating: 0, count: 16384)
    let n = fd >= 0 ? read(fd, &buffer, 16383) : 0
    if fd >= 0 { close(fd) }
    return String(decoding: buffer[0..<max(0, n)], as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}
#if FOUNDATION
let environment = ProcessInfo.processInfo.environment
_ = environment["TERM"]
#endif
let arguments = CommandLine.arguments
let left = lines(arguments.count > 1 ? arguments[1] : nil)
let right = arguments.count > 2 ? lines(arguments[2]) : []
var out = "\u{1B}[?1049h\u{1B}[H\u{1B}[2J"
for y in 0..<59 {
    out += "\u{1B}[\(y + 1);1H" + String((y < left.count ? left[y] : "").prefix(99))
    if y < right.count { out += "\u{1B}[\(y + 1);102H" + String(right[y].prefix(99)) }
}
out += "\u{1B}[60;1Hfloor"
var bytes = Array(out.utf8)
_ = write(1, &bytes, bytes.count)
var key: UInt8 = 0
while read(0, &key, 1) == 1 && key != UInt8(ascii: "q") {}

import Foundation
import ReadoutsTOML
import ReadoutsThemes

/// `readouts-bench toml [MB]`: the TOML parser's speed on the files it really reads (the
/// shipped themes) and on generated documents of several shapes at two sizes, whose
/// ratio shows that time grows linearly with the input (a quadratic step would show as ~100×).
enum TOMLBenchmark {
    /// Generated documents of about `bytes` bytes, by shape.
    static func shapes(bytes: Int) -> [(name: String, text: String)] {
        func repeated(_ make: (Int) -> String) -> String {
            var text = ""
            var i = 0
            while text.utf8.count < bytes {
                text += make(i)
                i += 1
            }
            return text
        }
        return [
            ("keys, one a line", repeated { "key\($0) = \"valeur é \($0)\" # note\n" }),
            ("one-line array", "v = [" + repeated { "\"é\($0)\", " } + "]\n"),
            ("arrays of tables", repeated { "[[item]]\nname = \"n\($0)\"\n[item.sub]\nx = \($0)\nwhen = 1979-05-27T07:32:00Z\n" }),
            ("one long string", "v = \"\"\"\n" + repeated { _ in "Les sanctions « économiques »\\u00e9\n" } + "\"\"\"\n"),
            ("inline tables", repeated { "t\($0) = { a = \($0), b.c = [1.5, inf, 0x1F], d = 'x' }\n" }),
        ]
    }

    static func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs { times.append(try Statistics.time(body).1) }
        return Statistics.median(times)
    }

    static func run(megabytes: Double) throws {
        let shipped = ThemeCatalog.shippedSources.sorted { $0.key < $1.key }
        let themes = try median(runs: 51) {
            for (name, source) in shipped { _ = try TOMLDocument(parsing: source, file: name) }
        }
        let themeBytes = shipped.reduce(0) { $0 + $1.value.utf8.count }
        print(String(format: "shipped themes (%d files, %d bytes): parsed in %.3f ms (median of 51)", shipped.count, themeBytes, themes))
        let large = Int(megabytes * 1_000_000)
        for (name, small) in shapes(bytes: large / 10) {
            let big = shapes(bytes: large).first { $0.name == name }!.text
            let smallBytes = Array(small.utf8), bigBytes = Array(big.utf8)
            let a = try median(runs: 7) { _ = try TOMLDocument(parsing: smallBytes, file: name) }
            let b = try median(runs: 5) { _ = try TOMLDocument(parsing: bigBytes, file: name) }
            print(String(format: "%-18@ %5.1f MB in %7.1f ms (%5.1f MB/s); %4.1f MB in %6.1f ms: ×%.1f for ×%.1f the input",
                         name as NSString, Double(bigBytes.count) / 1e6, b, Double(bigBytes.count) / 1e3 / b,
                         Double(smallBytes.count) / 1e6, a, b / a, Double(bigBytes.count) / Double(smallBytes.count)))
        }
    }
}

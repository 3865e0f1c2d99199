@testable import ReadoutsEncoder
import XCTest

/// The vocabulary trie built at install time, walked as darts-clone's commonPrefixSearch.
final class DoubleArrayTests: XCTestCase {
    func prefixes(_ units: [UInt32], _ text: String) -> [(Int, Int32)] {
        var found: [(Int, Int32)] = []
        units.withUnsafeBufferPointer { buffer in
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                DoubleArray(units: buffer).forEachPrefix(of: bytes) { found.append(($0, $1)) }
            }
        }
        return found
    }

    func testEveryKeyThatIsAPrefixIsFoundWithItsValue() {
        let words = ["▁", "▁a", "▁ab", "▁abc", "b", "ba", "été", "Пу", "Путин", "▁Пу", "z"]
        let keys = words.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        let values = keys.map { key in Int32(words.firstIndex { Array($0.utf8) == key }!) * 3 + 1 }
        let units = DoubleArrayBuilder.build(keys: keys, values: values)
        func value(_ word: String) -> Int32 { Int32(words.firstIndex(of: word)!) * 3 + 1 }

        XCTAssertEqual(prefixes(units, "▁abcd").map(\.1), ["▁", "▁a", "▁ab", "▁abc"].map(value))
        XCTAssertEqual(prefixes(units, "▁abcd").map(\.0), [3, 4, 5, 6])
        XCTAssertEqual(prefixes(units, "Путина").map(\.1), ["Пу", "Путин"].map(value))
        XCTAssertEqual(prefixes(units, "été").map(\.1), [value("été")])
        XCTAssertTrue(prefixes(units, "ét").isEmpty)
        XCTAssertTrue(prefixes(units, "xyz").isEmpty)
        XCTAssertTrue(prefixes(units, "\u{0}b").isEmpty, "a NUL byte matches nothing")
    }

    func testManyRandomKeys() {
        var generator = SystemRandomNumberGenerator()
        var set = Set<[UInt8]>()
        while set.count < 3000 {
            set.insert((0..<Int.random(in: 1...6, using: &generator)).map { _ in UInt8.random(in: 97...102, using: &generator) })
        }
        let keys = set.sorted { $0.lexicographicallyPrecedes($1) }
        let units = DoubleArrayBuilder.build(keys: keys, values: keys.indices.map(Int32.init))
        for (index, key) in keys.enumerated() {
            let found = prefixes(units, String(decoding: key, as: UTF8.self))
            XCTAssertEqual(found.last?.1, Int32(index))
            let expected = (1...key.count).filter { set.contains(Array(key.prefix($0))) }
            XCTAssertEqual(found.map(\.0), expected)
        }
    }
}

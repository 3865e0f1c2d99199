import Foundation
import ReadoutsEncoder
import XCTest

/// The model installed by `readouts --install-model` (or in `$READOUTS_MODEL_DIR`). Tests
/// that need it skip with a notice on a machine without it, unless
/// `READOUTS_MODEL_REQUIRED=1` (CI), where its absence fails them.
enum InstalledModel {
    static let environment = ProcessInfo.processInfo.environment
    static var directory: String { ModelStore.encoderDirectory(environment: environment) }

    private static let loaded: Result<UniversalSentenceEncoder?, ModelError> = Result { () throws(ModelError) in
        try ModelStore.installedEncoder(environment: environment)
    }

    static func encoder() throws -> UniversalSentenceEncoder {
        switch loaded {
        case .success(let encoder?): return encoder
        case .success(nil): try skipOrFail()
        case .failure(let error): XCTFail("the installed model does not load: \(error)")
        }
        throw XCTSkip("the sentence encoder could not be loaded")
    }

    /// The tokenizer alone: the tokenizer sections of the installed model file.
    static func tokenizer() throws -> SentencePieceTokenizer {
        do {
            if let tokenizer = try ModelStore.installedTokenizer(environment: environment) { return tokenizer }
        } catch {
            XCTFail("the installed model's tokenizer does not load: \(error)")
            throw XCTSkip("the tokenizer could not be loaded")
        }
        try skipOrFail()
    }

    private static func skipOrFail() throws -> Never {
        let message = "the sentence encoder is not installed in \(directory) (readouts --install-model)"
        if environment["READOUTS_MODEL_REQUIRED"] == "1" { XCTFail(message) }
        throw XCTSkip(message)
    }

    /// A file of `Reference/`, next to this source file.
    static func reference(_ name: String) throws -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Reference/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }
}

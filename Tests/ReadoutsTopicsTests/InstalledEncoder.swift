import Foundation
import ReadoutsEncoder
import ReadoutsTopics
import XCTest

/// The sentence encoder installed by `readouts --install-model` (or in `$READOUTS_MODEL_DIR`),
/// for the semantic linker's tests. They skip with a notice on a machine without it, unless
/// `READOUTS_MODEL_REQUIRED=1` (CI), where its absence fails them.
enum InstalledEncoder {
    static let environment = ProcessInfo.processInfo.environment

    private static let loaded: Result<UniversalSentenceEncoder?, ModelError> = Result { () throws(ModelError) in
        try ModelStore.installedEncoder(environment: environment)
    }

    /// The semantic linker with the installed encoder, its vectors cached in `cache` (none by default).
    static func semantic(cache: EmbeddingCache? = nil) throws -> SemanticLinking {
        switch loaded {
        case .success(let encoder?): return SemanticLinking(encoder: encoder, cache: cache)
        case .success(nil):
            let message = "the sentence encoder is not installed in \(ModelStore.encoderDirectory(environment: environment)) (readouts --install-model): semantic linking not tested"
            if environment["READOUTS_MODEL_REQUIRED"] == "1" { XCTFail(message) }
            throw XCTSkip(message)
        case .failure(let error):
            XCTFail("the installed model does not load: \(error)")
            throw XCTSkip("the sentence encoder could not be loaded")
        }
    }

    /// A topic engine with the semantic linker.
    static func engine(lexicons: [Lexicon] = [.international], cache: EmbeddingCache? = nil) throws -> TopicEngine {
        var engine = TopicEngine(lexicons: lexicons)
        engine.semantic = try semantic(cache: cache)
        return engine
    }
}

import Glibc

/// Where Readouts keeps its optional models: `$READOUTS_MODEL_DIR` when set (another
/// copy, e.g. a shared one), else `$XDG_DATA_HOME/readouts/models`, else
/// `~/.local/share/readouts/models`; each model in a directory of its own name (or
/// `$READOUTS_MODEL_DIR` the encoder's own directory, holding its model file).
public enum ModelStore {
    public static func root(environment: [String: String]) -> String {
        if let custom = environment["READOUTS_MODEL_DIR"], !custom.isEmpty { return custom }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/readouts/models" }
        return (environment["HOME"] ?? "") + "/.local/share/readouts/models"
    }

    /// The directory of the Universal Sentence Encoder: its own directory under the root, or
    /// `$READOUTS_MODEL_DIR` itself when that holds the model file (a translator who pointed
    /// it at the model's own directory was linked by words alone, and told to install it).
    public static func encoderDirectory(environment: [String: String]) -> String {
        if let custom = environment["READOUTS_MODEL_DIR"], !custom.isEmpty,
           access(custom + "/" + UniversalSentenceEncoder.fileName, F_OK) == 0 {
            return custom
        }
        return root(environment: environment) + "/" + UniversalSentenceEncoder.modelName
    }

    /// Whether an encoder's model file is there (sound or not: opening it says which).
    public static func isInstalled(environment: [String: String]) -> Bool {
        access(encoderDirectory(environment: environment) + "/" + UniversalSentenceEncoder.fileName, F_OK) == 0
    }

    /// The installed encoder; nil when none is installed. A model file that is there but
    /// damaged throws `ModelError` (kind `.corrupt`), whose message says what to do.
    public static func installedEncoder(environment: [String: String]) throws(ModelError) -> UniversalSentenceEncoder? {
        do {
            return try UniversalSentenceEncoder(directory: encoderDirectory(environment: environment))
        } catch where error.kind == .notInstalled {
            return nil
        }
    }

    /// The installed tokenizer alone (its sections of the same model file); nil when not installed.
    public static func installedTokenizer(environment: [String: String]) throws(ModelError) -> SentencePieceTokenizer? {
        do {
            return try SentencePieceTokenizer(path: encoderDirectory(environment: environment) + "/" + UniversalSentenceEncoder.fileName)
        } catch where error.kind == .notInstalled {
            return nil
        }
    }
}

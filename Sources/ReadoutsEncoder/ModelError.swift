/// Why a model could not be installed, found or loaded, in one line a user can act on.
public struct ModelError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// No model where Readouts looks: install one with `readouts --install-model`.
        case notInstalled
        /// A model file exists but is truncated, damaged or not Readouts' format.
        case corrupt
        /// The download, its checksum or the conversion failed.
        case install
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    static func corrupt(_ path: String, _ detail: String) -> ModelError {
        ModelError(.corrupt, "model file \(path) is damaged (\(detail)); run readouts --install-model again")
    }
}

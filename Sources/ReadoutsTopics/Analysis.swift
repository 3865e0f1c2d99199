import ReadoutsText

/// What the topic engine found in a set of versions. (Placeholder until the engine lands.)
public struct Analysis: Sendable {
    public init() {}
}

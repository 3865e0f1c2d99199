/// Which progress reports are worth a status-line update: a fraction that moved by 1% or
/// more since the last one shown. Compared with the last shown rather than the last
/// reported, so that many small steps (the linker reports every 256 sentences) still add
/// up: compared with the last reported, a long linking stayed at the percentage its last
/// partial analysis had brought, once partials were no longer indexed at every step.
public struct ProgressGate: Sendable {
    /// The fraction last shown (0 before any).
    public private(set) var shown = 0.0

    public init() {}

    /// Whether `fraction` is worth showing; it counts as shown when it is.
    public mutating func admits(_ fraction: Double) -> Bool {
        guard fraction - shown >= 0.01 else { return false }
        shown = fraction
        return true
    }

    /// `fraction` went to the screen another way (with an analysis posted for drawing).
    public mutating func markShown(_ fraction: Double) {
        shown = fraction
    }
}

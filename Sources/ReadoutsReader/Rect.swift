/// A rectangle of cells: where an overlay draws (ratatui's `Rect`), so overlays render
/// into a region instead of each working out its own centring.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    /// A rectangle of at most `width` × `height`, centred in `outer` and clipped to it.
    public static func centered(in outer: Rect, width: Int, height: Int) -> Rect {
        let width = min(outer.width, max(0, width))
        let height = min(outer.height, max(0, height))
        return Rect(x: outer.x + (outer.width - width) / 2, y: outer.y + (outer.height - height) / 2, width: width, height: height)
    }
}

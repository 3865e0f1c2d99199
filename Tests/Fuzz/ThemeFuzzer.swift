import ReadoutsTOML
import ReadoutsThemes

private let shipped = ThemeCatalog.shippedSources

/// Theme loading: the input is a user theme named "fuzz" beside the shipped ones, loaded by
/// name (so `inherits` reaches the shipped themes and itself).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzChecks.bytes(data, size)
    let file = "Themes/fuzz.toml"
    let text: String
    do {
        text = try TOMLDocument.decode(bytes, file: file)
    } catch {
        FuzzChecks.check(error, in: bytes, file: file)
        return 0
    }
    var sources = shipped
    sources["fuzz"] = text
    let library = ThemeLibrary(userDirectory: nil, shipped: sources)
    do {
        let theme = try library.load(named: "fuzz")
        precondition(theme.topicPalette.count >= 12, "a theme loaded with \(theme.topicPalette.count) topic colours")
        // --list-themes prints the description on one line.
        precondition(LocatedError.escapingControls(theme.description) == theme.description, "description \(theme.description.debugDescription)")
    } catch {
        FuzzChecks.check(error, in: bytes, file: file)
    }
    return 0
}

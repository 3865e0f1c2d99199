import ReadoutsConfig
import ReadoutsReader
import ReadoutsText
import ReadoutsTOML

private let documents = [
    try! DocumentLoader.load(bytes: Array("Premier texte. Deuxième phrase.".utf8), name: "a.txt", markdown: false),
    try! DocumentLoader.load(bytes: Array("Second text.".utf8), name: "b.txt", markdown: false),
]

/// The configuration file: the input is a `config.toml`; one that loads starts a reader
/// state with its preferences (key overrides applied to the keymap and the help), which
/// then takes a few keys.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzChecks.bytes(data, size)
    do {
        let configuration = try Configuration.parse(bytes: bytes, file: "config.toml")
        if let width = configuration.preferences.wrapWidth {
            precondition(Configuration.wrapWidths.contains(width), "wrap-width \(width) accepted")
        }
        var state = ReaderState(documents: documents, width: 80, height: 24, preferences: configuration.preferences)
        for key: Key in [.character("j"), .character("x"), .control("n"), .character("Z"), .character("Z"), .function(1)] {
            _ = state.apply(.key(key))
        }
        _ = render(state)
    } catch {
        FuzzChecks.check(error, in: bytes, file: "config.toml")
    }
    return 0
}

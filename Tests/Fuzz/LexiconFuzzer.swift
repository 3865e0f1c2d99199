import ReadoutsText
import ReadoutsTOML
import ReadoutsTopics

private let document = try! DocumentLoader.load(
    bytes: Array("Les sanctions et l'OTAN. Sanctions, NATO and Ukraine. Санкции и Украина.".utf8), name: "fuzz.txt", markdown: false)

/// Lexicon loading: the input is a user lexicon; one that loads is then compiled and matched
/// against a short text, as `--topics` would.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexicon(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzChecks.bytes(data, size)
    do {
        let lexicon = try Lexicon.parse(bytes: bytes, file: "fuzz.toml")
        _ = TopicEngine(lexicons: [lexicon]).analyse([document])
    } catch {
        FuzzChecks.check(error, in: bytes, file: "fuzz.toml")
    }
    return 0
}

import ReadoutsTOML

/// The bare parser: any bytes either parse to a located tree or give one located error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzChecks.bytes(data, size)
    do {
        let document = try TOMLDocument(parsing: bytes, file: "fuzz.toml")
        FuzzChecks.check(document.root, in: bytes)
    } catch {
        FuzzChecks.check(error, in: bytes, file: "fuzz.toml")
    }
    return 0
}

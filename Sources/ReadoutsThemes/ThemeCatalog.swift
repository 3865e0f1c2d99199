/// The themes compiled into the binary from the repository's `Themes/` folder.
public enum ThemeCatalog {
    /// Shipped theme sources by name (file name without `.toml`).
    public static var shippedSources: [String: String] {
        var sources: [String: String] = [:]
        for (file, text) in EmbeddedFiles.byName where file.hasSuffix(".toml") {
            sources[String(file.dropLast(5))] = text
        }
        return sources
    }
}

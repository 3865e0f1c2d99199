/// The readouts `readouts` opens with no arguments: the Kremlin's and the White House's
/// accounts of the 7 December 2021 Putin–Biden video call, in French, from TASS's article.
/// They are compiled into the binary (see `embed.txt`).
public enum BundledReadouts {
    public static let fileNames = ["kremlin.md", "maison-blanche.md"]

    /// A bundled file's Markdown as shipped (for benchmarks that open it in other programs).
    public static func source(named name: String) -> String? { EmbeddedFiles.byName[name] }

    public static func documents() -> [Document] {
        fileNames.map { name in
            let text = EmbeddedFiles.byName[name] ?? ""
            // The bundled files are known-good Markdown: loading cannot fail.
            return (try? DocumentLoader.load(bytes: Array(text.utf8), name: name, markdown: true))
                ?? Document(id: name, label: name, text: "", blocks: [])
        }
    }
}

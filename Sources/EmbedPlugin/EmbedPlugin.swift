import Foundation
import PackagePlugin

/// Generates `EmbeddedFiles.swift` for a target from the data files its `embed.txt` lists,
/// so that the readouts, themes and lexicon are compiled into the binary and an installed
/// `readouts` never needs the source tree.
@main
struct EmbedPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let source = target as? SourceModuleTarget else { return [] }
        let list = source.directoryURL.appending(path: "embed.txt")
        guard let listing = try? String(contentsOf: list, encoding: .utf8) else { return [] }
        let root = context.package.directoryURL
        var inputs: [URL] = [list]
        for line in listing.split(separator: "\n") {
            let entry = line.trimmingCharacters(in: .whitespaces)
            if entry.isEmpty || entry.hasPrefix("#") { continue }
            let url = root.appending(path: entry)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw PluginError(message: "embed.txt names \(entry), which does not exist")
            }
            if isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
                inputs += names.filter { !$0.hasPrefix(".") }.map { url.appending(path: $0) }
            } else {
                inputs.append(url)
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        let files = Array(inputs.dropFirst())
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) data files into \(target.name)",
                executable: try context.tool(named: "EmbedTool").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}

struct PluginError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

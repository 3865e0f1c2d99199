import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A real CommonMark parser for the tests: Debian's `cmark` (the reference implementation),
/// which `.ci/run` installs. Its XML output is read into a tree of nodes.
enum CommonMark {
    final class Node {
        let name: String
        let attributes: [String: String]
        var children: [Node] = []
        var literal = ""

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// Every node below, depth first.
        var descendants: [Node] { children.flatMap { [$0] + $0.descendants } }

        /// The text as a viewer shows it: literals, with soft and hard breaks as spaces.
        var text: String {
            switch name {
            case "text", "code", "html_inline", "html_block", "code_block": return literal
            case "softbreak", "linebreak": return " "
            default: return children.map(\.text).joined()
            }
        }
    }

    /// Skips the calling test without `cmark`, unless CI requires it.
    static func requireParser() throws {
        if available { return }
        if ProcessInfo.processInfo.environment["READOUTS_E2E_REQUIRED"] == "1" {
            XCTFail("cmark (Debian package cmark) is required to check the Markdown export")
        }
        throw XCTSkip("cmark is not installed (apt-get install cmark): the Markdown export is not parsed")
    }

    static let available: Bool = (try? run(["--version"], input: "")) != nil

    /// The document's tree.
    static func parse(_ markdown: String) throws -> Node {
        let xml = try run(["--to", "xml"], input: markdown)
        let builder = TreeBuilder()
        let parser = XMLParser(data: xml)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw NSError(domain: "CommonMark", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(parser.parserError.map { "\($0)" } ?? "no document")"])
        }
        return root
    }

    private static func run(_ arguments: [String], input: String) throws -> Data {
        let directory = FileManager.default.temporaryDirectory
        let inputURL = directory.appendingPathComponent("cmark-\(UUID().uuidString).md")
        let outputURL = directory.appendingPathComponent("cmark-\(UUID().uuidString).xml")
        try Data(input.utf8).write(to: inputURL)
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: inputURL)
            try? FileManager.default.removeItem(at: outputURL)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["cmark"] + arguments
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "CommonMark", code: Int(process.terminationStatus))
        }
        return try Data(contentsOf: outputURL)
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var root: Node?
        private var stack: [Node] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let node = Node(name: name, attributes: attributes)
            stack.last?.children.append(node)
            if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.literal += string
        }
    }
}

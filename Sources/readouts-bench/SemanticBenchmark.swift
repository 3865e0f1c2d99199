import Foundation
import ReadoutsEncoder
import ReadoutsFixtures
import ReadoutsText
import ReadoutsTopics

/// `readouts-bench semantic [MB…]`: the semantic linker on large synthetic pairs (issue 17
/// §6): how long until the lexical links are shown, until the links by meaning at the
/// viewport (the middle of each version) are and until all are; the same with the
/// embeddings cached, then with the whole analysis cached (a document opened again); which path was used, and the
/// peak memory against the input. Each size runs in a child process of its own, so that
/// its peak is its own.
enum SemanticBenchmark {
    static func run(_ arguments: [String]) {
        let sizes = arguments.compactMap(Double.init)
        for megabytes in sizes.isEmpty ? [1, 10] : sizes {
            for linker in ["semantic", "lexical"] {
                do {
                    let output = try Spawn.run([CommandLine.arguments[0], "semantic-child", String(megabytes), linker])
                    print(output.text, terminator: "")
                } catch {
                    print("readouts-bench semantic: cannot start the child for \(megabytes) MB: \(error)")
                }
            }
        }
    }

    /// `lexical`: the same engine without the encoder, for the memory the model adds.
    static func child(megabytes: Double, lexical: Bool = false) {
        let environment = ProcessInfo.processInfo.environment
        // Loaded (mapped, its layers checked) before the peak is reset, as the reader does
        // while it opens the documents; the lexical run does without it.
        let encoder = lexical ? nil : try? ModelStore.installedEncoder(environment: environment)
        guard lexical || encoder != nil else {
            print("no sentence encoder installed: run readouts --install-model first")
            exit(2)
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-semantic-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let texts = SyntheticReadouts.texts(bytes: Int(megabytes * 1_000_000), seed: 42, versions: 2)
        let paths = texts.enumerated().map { index, text in
            let path = directory.appendingPathComponent("account-\(index).txt").path
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        let inputBytes = texts.reduce(0) { $0 + $1.utf8.count }
        PeakMemory.reset()
        let documents = GeneratedFiles.load(paths)
        var engine = GeneratedFiles.readersEngine
        if lexical {
            let analysis = engine.analyse(documents)
            print(String(format: "2 × %.0f MB, lexical linker alone: %d links; peak memory %.0f MB (%.1f × the input)",
                         megabytes, analysis.links.count, Double(PeakMemory.bytes) / 1e6, Double(PeakMemory.bytes) / Double(inputBytes)))
            return
        }
        engine.semantic = SemanticLinking(encoder: encoder!, cache: EmbeddingCache(directory: directory.appendingPathComponent("cache").path))
        let analyses = AnalysisCache(directory: directory.appendingPathComponent("analyses").path)
        // The reader has jumped to the middle of each version: its links by meaning come first.
        let middles = documents.map { $0.scalars.count / 2 }

        var lexicalPeak = 0
        for (round, cache) in [("first opening", analyses), ("opened again (embeddings cached)", nil),
                               ("opened again (analysis cached)", analyses)] {
            engine.cache = cache
            let clock = ContinuousClock()
            let start = clock.now
            var lexicalDone: Duration?
            var viewportDone: Duration?
            let analysis = engine.analyse(documents, progress: { update in
                if lexicalDone == nil, update.fraction >= 0.25 {
                    lexicalDone = clock.now - start
                    if lexicalPeak == 0 { lexicalPeak = PeakMemory.bytes }
                }
                if viewportDone == nil, update.isNew, update.partial.isLinkingByMeaning,
                   update.partial.links.contains(where: { $0.similarity != nil }) {
                    viewportDone = clock.now - start
                }
            }, focus: { middles })
            let total = clock.now - start
            let sentences = analysis.versions.reduce(0) { $0 + $1.sentences.count }
            // The reader's engine keeps no evidence, so a link's similarity is what says the
            // semantic linker scored it.
            let semanticLinks = analysis.links.filter { $0.similarity != nil }.count
            let viewport = viewportDone.map { String(format: "links by meaning at the viewport after %.1f s, ", seconds($0)) } ?? ""
            print(String(format: "2 × %.0f MB (%d sentences), %@, %@: lexical links after %.1f s, %@all links after %.1f s; %d links (%d scored by meaning)",
                         megabytes, sentences, analysis.linker.label, round, seconds(lexicalDone ?? total), viewport, seconds(total),
                         analysis.links.count, semanticLinks))
        }
        let peak = PeakMemory.bytes
        // The engine holds the encoder, whose mapping is read here: kept alive until then.
        let modelPages = withExtendedLifetime(engine) { residentBytes(ofMappingEndingWith: "/" + UniversalSentenceEncoder.fileName) }
        print(String(format: "2 × %.0f MB: peak memory %.0f MB (%.1f × the input of %.1f MB); %.0f MB by the end of the first lexical pass; the model file's resident pages %.0f MB",
                     megabytes, Double(peak) / 1e6, Double(peak) / Double(inputBytes), Double(inputBytes) / 1e6,
                     Double(lexicalPeak) / 1e6, Double(modelPages) / 1e6))
    }

    /// The resident bytes of the mappings of a file: the model's pages that the process has
    /// touched and that count in its resident size.
    static func residentBytes(ofMappingEndingWith suffix: String) -> Int {
        ResidentMappings.residentBytes { $0.count >= 6 && $0.last!.hasSuffix(suffix) } ?? 0
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

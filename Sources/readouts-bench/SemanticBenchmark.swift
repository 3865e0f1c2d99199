import Foundation
import ReadoutsEncoder
import ReadoutsFixtures
import ReadoutsText
import ReadoutsTopics

/// `readouts-bench semantic [MB…]`: the semantic linker on large synthetic pairs (issue 17
/// §6): how long until the lexical links are shown and until the semantic ones are, the
/// same with the embeddings cached (a document opened again), which path was used, and the
/// peak memory against the input. Each size runs in a child process of its own, so that
/// its peak is its own.
enum SemanticBenchmark {
    static func run(_ arguments: [String]) {
        let sizes = arguments.compactMap(Double.init)
        for megabytes in sizes.isEmpty ? [1, 10] : sizes {
            do {
                let output = try Spawn.run([CommandLine.arguments[0], "semantic-child", String(megabytes)])
                print(output.text, terminator: "")
            } catch {
                print("readouts-bench semantic: cannot start the child for \(megabytes) MB: \(error)")
            }
        }
    }

    static func child(megabytes: Double) {
        let environment = ProcessInfo.processInfo.environment
        guard let encoder = try? ModelStore.installedEncoder(environment: environment) else {
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
        engine.semantic = SemanticLinking(encoder: encoder, cache: EmbeddingCache(directory: directory.appendingPathComponent("cache").path))

        for round in ["first opening", "opened again (embeddings cached)"] {
            let clock = ContinuousClock()
            let start = clock.now
            var lexicalDone: Duration?
            let analysis = engine.analyse(documents, progress: { update in
                if lexicalDone == nil, update.fraction >= 0.25 { lexicalDone = clock.now - start }
            })
            let total = clock.now - start
            let sentences = analysis.versions.reduce(0) { $0 + $1.sentences.count }
            // The reader's engine keeps no evidence, so a link's similarity is what says the
            // semantic linker scored it.
            let semanticLinks = analysis.links.filter { $0.similarity != nil }.count
            print(String(format: "2 × %.0f MB (%d sentences), %@, %@: lexical links after %.1f s, all links after %.1f s; %d links (%d scored by meaning)",
                         megabytes, sentences, analysis.linker.label, round, seconds(lexicalDone ?? total), seconds(total),
                         analysis.links.count, semanticLinks))
        }
        let peak = PeakMemory.bytes
        print(String(format: "2 × %.0f MB: peak memory %.0f MB (%.1f × the input of %.1f MB)",
                     megabytes, Double(peak) / 1e6, Double(peak) / Double(inputBytes), Double(inputBytes) / 1e6))
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

import Foundation
import ReadoutsEncoder
import ReadoutsText

/// `readouts-bench encoder`: the installed sentence encoder's load time, throughput,
/// the bundled readouts embedded from a cold start of the encoder, and the memory it adds
/// (issue 17's targets: load ≤ 50 ms, ≥ 200 sentences/s, bundled ≤ 250 ms with load).
enum EncoderBenchmark {
    static func run(runs: Int = 11) {
        let environment = ProcessInfo.processInfo.environment
        let directory = ModelStore.encoderDirectory(environment: environment)
        let residentBefore = residentBytes()
        let encoder: UniversalSentenceEncoder
        do {
            guard let installed = try ModelStore.installedEncoder(environment: environment) else {
                print("no sentence encoder in \(directory): run readouts --install-model first")
                exit(2)
            }
            encoder = installed
        } catch {
            print(error)
            exit(2)
        }
        let residentLoaded = residentBytes()
        print("model: \(encoder.identity), \(directory)")

        let loads = (0..<21).map { _ in Statistics.time { try! UniversalSentenceEncoder(directory: directory) }.1 }
        print(String(format: "model load (map, check header, sizes and checksums of all but the token table): median %.1f ms of 21", Statistics.median(loads)))

        let bundled = bundledSentences()
        let bundledTokens = bundled.reduce(0) { $0 + encoder.tokenizer.encodeForModel($1).count }
        let coldStarts = (0..<runs).map { _ in
            Statistics.time { () -> Int in
                let fresh = try! UniversalSentenceEncoder(directory: directory)
                return fresh.embed(bundledSentences()).count
            }.1
        }
        print(String(format: "bundled readouts: %d sentences, %d tokens, embedded from a fresh load (splitting included) in median %.0f ms of %d",
                     bundled.count, bundledTokens, Statistics.median(coldStarts), runs))
        let residentBundled = residentBytes()

        let workloads: [(String, [String])] = [
            ("bundled readouts' sentences ×20", Array(repeating: bundled, count: 20).flatMap { $0 }),
            ("reference corpus (Django and Sphinx messages, en/fr/ru)", referenceCorpus()),
        ]
        for (name, sentences) in workloads where !sentences.isEmpty {
            let tokens = sentences.reduce(0) { $0 + encoder.tokenizer.encodeForModel($1).count }
            let tokenizing = Statistics.median((0..<3).map { _ in Statistics.time { sentences.map { encoder.tokenizer.encode($0) } }.1 })
            for threads in [encoder.threads, 1] {
                encoder.threads = threads
                let times = (0..<3).map { _ in Statistics.time { encoder.embed(sentences) }.1 }
                let median = Statistics.median(times)
                print(String(format: "%@: %d sentences (%.1f tokens each), %d thread%@: %.0f sentences/s, %.0f tokens/s (tokenizing alone %.0f sentences/s)",
                             name, sentences.count, Double(tokens) / Double(sentences.count), threads, threads == 1 ? "" : "s",
                             Double(sentences.count) / median * 1000, Double(tokens) / median * 1000,
                             Double(sentences.count) / tokenizing * 1000))
            }
            encoder.threads = max(1, ProcessInfo.processInfo.activeProcessorCount)
        }
        let residentEnd = residentBytes()
        print(String(format: "resident memory the model adds: %.1f MB once loaded, %.1f MB after the bundled readouts, %.1f MB after every workload (model file %.1f MB, mapped)",
                     mb(residentLoaded - residentBefore), mb(residentBundled - residentBefore), mb(residentEnd - residentBefore),
                     mb(fileSize(directory + "/" + UniversalSentenceEncoder.fileName))))
    }

    /// The bundled readouts' sentences, as the topic engine splits them.
    static func bundledSentences() -> [String] {
        BundledReadouts.documents().flatMap { document in
            SentenceSplitter.sentences(of: document).map { document.string($0.range) }
        }
    }

    /// The 5,218 sentences of the tokenizer reference, when run from the repository.
    static func referenceCorpus() -> [String] {
        let path = "Tests/ReadoutsEncoderTests/Reference/tokenizer-reference.jsonl"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])?[2] as? String
        }
    }

    static func residentBytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = Int(statm.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    static func mb(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }
}

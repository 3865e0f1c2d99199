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
        var encoder: UniversalSentenceEncoder
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

        let modelFile = directory + "/" + UniversalSentenceEncoder.fileName
        let loads = (0..<21).map { _ in Statistics.time { try! UniversalSentenceEncoder(directory: directory) }.1 }
        let coldLoads = (0..<5).map { _ in
            evictFromPageCache(modelFile)
            return Statistics.time { try! UniversalSentenceEncoder(directory: directory) }.1
        }
        print(String(format: "model load (map, check header, sizes and checksums of all but the token table): median %.1f ms of 21; %.1f ms with the file evicted from the page cache (median of 5)",
                     Statistics.median(loads), Statistics.median(coldLoads)))

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
                var cpu: [Double] = []
                let times = (0..<3).map { _ in
                    let before = cpuSeconds()
                    defer { cpu.append(cpuSeconds() - before) }
                    return Statistics.time { encoder.embed(sentences) }.1
                }
                let median = Statistics.median(times)
                print(String(format: "%@: %d sentences (%.1f tokens each), %d thread%@: %.0f sentences/s, %.0f tokens/s; %.0f sentences per CPU-second (tokenizing alone %.0f sentences/s)",
                             name, sentences.count, Double(tokens) / Double(sentences.count), threads, threads == 1 ? "" : "s",
                             Double(sentences.count) / median * 1000, Double(tokens) / median * 1000,
                             Double(sentences.count) / Statistics.median(cpu), Double(sentences.count) / tokenizing * 1000))
            }
            encoder.threads = max(1, ProcessInfo.processInfo.activeProcessorCount)
        }
        let residentEnd = residentBytes()
        func describe(_ after: (anonymous: Int, mapped: Int)) -> String {
            String(format: "%.1f MB (%.1f MB of it mapped model pages, %.1f MB heap)", mb(after.anonymous + after.mapped - residentBefore.anonymous - residentBefore.mapped),
                   mb(after.mapped - residentBefore.mapped), mb(after.anonymous - residentBefore.anonymous))
        }
        print("resident memory the model adds: \(describe(residentLoaded)) once loaded; \(describe(residentBundled)) after the bundled readouts; \(describe(residentEnd)) after every workload"
              + String(format: " (model file %.1f MiB, mapped read-only: its pages are the page cache's, shared and dropped under pressure)", mb(fileSize(modelFile))))
    }

    /// User and system CPU time of the process so far, every thread included.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Asks the kernel to drop the file's pages from the page cache (a cold start's disk reads).
    static func evictFromPageCache(_ path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return }
        posix_fadvise(descriptor, 0, 0, Int32(POSIX_FADV_DONTNEED))
        close(descriptor)
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

    /// Resident memory split into anonymous (heap, stacks) and file-backed pages (/proc/self/statm).
    static func residentBytes() -> (anonymous: Int, mapped: Int) {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return (0, 0) }
        let fields = statm.split(separator: " ").compactMap { Int($0) }
        guard fields.count >= 3 else { return (0, 0) }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        return ((fields[1] - fields[2]) * page, fields[2] * page)
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// Mebibytes, as the other benchmarks print memory.
    static func mb(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }
}

import Foundation
import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// Growth with input size, measured in one child process with the sizes interleaved
/// (1 MB, 5 MB, 10 MB, 1 MB, 5 MB, …): on a shared machine a whole child can run fast or
/// slow, and comparing sizes measured in different children at different moments made a
/// noisy ratio. Here every size sees the same moments; each figure is a median.
struct ScalingBenchmark {
    /// One size: its bytes per version and the files of its versions.
    struct Input: Codable {
        var bytesPerVersion: Int
        var files: [String]
    }

    /// The medians for one size.
    struct Point: Codable {
        var bytesPerVersion: Int
        var inputBytes: Int
        var loadMs: Double
        var firstFrameMs: Double
        var linkingMs: Double?
    }

    var inputs: [Input]
    var loadRounds = 11
    var linkRounds: Int

    func run() -> [Point] {
        var load = [[Double]](repeating: [], count: inputs.count)
        var firstFrame = [[Double]](repeating: [], count: inputs.count)
        var linking = [[Double]](repeating: [], count: inputs.count)
        func documents(_ input: Input) -> [Document] { GeneratedFiles.load(input.files) }
        for _ in 0..<loadRounds {
            for (index, input) in inputs.enumerated() {
                load[index].append(Statistics.time { documents(input) }.1)
                firstFrame[index].append(Statistics.time { render(ReaderState(documents: documents(input), width: 200, height: 60)) }.1)
            }
        }
        let engine = GeneratedFiles.readersEngine
        _ = Lexicon.international
        let loaded = inputs.map(documents)
        for _ in 0..<linkRounds {
            for index in inputs.indices {
                linking[index].append(Statistics.time { engine.analyse(loaded[index]) }.1)
            }
        }
        return inputs.indices.map { index in
            let bytes = GeneratedFiles.bytes(inputs[index].files)
            return Point(bytesPerVersion: inputs[index].bytesPerVersion, inputBytes: bytes,
                         loadMs: Statistics.median(load[index]), firstFrameMs: Statistics.median(firstFrame[index]),
                         linkingMs: linking[index].isEmpty ? nil : Statistics.median(linking[index]))
        }
    }
}

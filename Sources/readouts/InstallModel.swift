import Foundation
import ReadoutsEncoder

/// `readouts --install-model`: progress on standard error when it is a terminal, where the
/// model went on standard output, one line and exit 2 on failure.
func installEncoder(environment: [String: String]) {
    let showsProgress = isatty(STDERR_FILENO) == 1
    do {
        let outcome = try ModelInstaller(environment: environment).install { line in
            if showsProgress { FileHandle.standardError.write(Data("readouts: \(line)\n".utf8)) }
        }
        switch outcome {
        case .installed(let directory):
            print("Installed the sentence encoder (\(UniversalSentenceEncoder.modelName)) in \(directory)")
        case .alreadyInstalled(let directory):
            print("The sentence encoder (\(UniversalSentenceEncoder.modelName)) is already installed in \(directory)")
        }
    } catch {
        fail(error.description)
    }
}

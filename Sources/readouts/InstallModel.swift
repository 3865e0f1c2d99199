import Foundation
import ReadoutsEncoder

/// `readouts --install-model`: progress on standard error when it is a terminal, where the
/// model went on standard output, one line and exit 2 on failure; every line escaped
/// (paths come from the environment) and written through the checked streams.
func installEncoder(environment: [String: String]) {
    let showsProgress = isatty(STDERR_FILENO) == 1
    do {
        let outcome = try ModelInstaller(environment: environment).install { line in
            if showsProgress { Messages.error(line) }
        }
        switch outcome {
        case .installed(let directory):
            Messages.printLines(["Installed the sentence encoder (\(UniversalSentenceEncoder.modelName)) in \(directory)"])
        case .upgraded(let directory):
            Messages.printLines(["Added the token table's projection to the sentence encoder (\(UniversalSentenceEncoder.modelName)) in \(directory)"])
        case .alreadyInstalled(let directory):
            Messages.printLines(["The sentence encoder (\(UniversalSentenceEncoder.modelName)) is already installed in \(directory)"])
        }
    } catch {
        fail(error.description)
    }
}

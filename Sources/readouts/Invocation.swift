import ReadoutsExport
import ReadoutsText
import ReadoutsReader

/// What a command line asks for, as plain values: what `Readouts` (ArgumentParser's
/// grammar) parses, and what `run` acts on.
///
/// The common command lines — `readouts` and `readouts A B …`, files only — are recognised
/// directly (`init?(plainArguments:)`), without ArgumentParser: its first parse costs about
/// 2.5 ms before the first screen, most of it the Swift runtime's first protocol-conformance
/// look-ups. Anything else (an option, `-`, `--`, one file, an empty argument) goes
/// through ArgumentParser, which stays the grammar for help, errors and every option.
struct Invocation: Equatable {
    var files: [String] = []
    var labels: [String] = []
    var export: ExportFormat?
    var changesOnly = false
    var lexiconPaths: [String] = []
    var noLexicon = false
    var linker: LinkerChoice = .auto
    var theme: String?
    var listThemes = false
    var installModel = false
    var noConfig = false
    /// `-I` (ignore case always) or the default, smart case (`-i`).
    var caseMatching: CaseMatching = .smart
    var maxSize: InputLimit = .standard
    var topicLanguage: TopicLanguage?
}

extension Invocation {
    /// The invocation of a command line of files only (none for the bundled readouts, or
    /// two or more), exactly as ArgumentParser would parse and validate it; nil for
    /// anything else, which ArgumentParser must see. An argument starting with `-` may be an
    /// option (or `-`, standard input, or `--`), and one file alone is a usage error.
    init?(plainArguments arguments: [String]) {
        guard arguments.count != 1 else { return nil }
        for argument in arguments {
            guard let first = argument.utf8.first, first != UInt8(ascii: "-") else { return nil }
        }
        files = arguments
    }
}

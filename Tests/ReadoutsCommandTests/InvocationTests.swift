import ArgumentParser
import ReadoutsReader
import XCTest
@testable import readouts

/// The command line's fast path (issue 15: no ArgumentParser parse before the first screen
/// for `readouts` and `readouts A B`) must mean exactly what ArgumentParser's parse means
/// for every line it takes, and leave every other line to ArgumentParser.
final class InvocationTests: XCTestCase {
    /// What ArgumentParser makes of `arguments`, parsed and validated as `main` does; nil
    /// for help, a version or a usage error.
    func parsed(_ arguments: [String]) -> Invocation? {
        (try? Readouts.parseAsRoot(arguments) as? Readouts)?.invocation
    }

    func testPlainCommandLinesMeanWhatArgumentParserMakesOfThem() throws {
        let lines: [[String]] = [
            [],
            ["a.md", "b.md"],
            ["kremlin.md", "white-house.md", "third version.txt"],
            ["/tmp/x/a.txt", "relative/b.txt"],
            ["help", "version"],  // words, not commands: no subcommand is named so
            ["a=b", "c:d"],
            ["é.md", "日本.txt", " leading space", "trailing-dash-"],
        ]
        for line in lines {
            let fast = try XCTUnwrap(Invocation(plainArguments: line), "\(line) is a plain command line")
            XCTAssertEqual(fast, parsed(line), "\(line)")
            XCTAssertEqual(fast.files, line)
        }
    }

    func testAnythingUnusualIsLeftToArgumentParser() {
        let lines: [[String]] = [
            ["only-one.md"],  // a usage error ArgumentParser words
            ["a.md", "-"],  // standard input
            ["-", "b.md"],
            ["--", "a.md", "b.md"],  // the end of options
            ["a.md", "b.md", "--no-config"],
            ["--export", "json", "a.md", "b.md"],
            ["-h"], ["--help"], ["--version"],
            ["a.md", ""],  // an empty argument
            ["a.md", "-x"],
        ]
        for line in lines {
            XCTAssertNil(Invocation(plainArguments: line), "\(line) goes through ArgumentParser")
        }
    }

    /// `--topic-language` takes the five languages topics can be named in, and nothing else.
    func testTopicLanguageTakesEnglishFrenchRussianGermanOrSpanish() {
        XCTAssertEqual(parsed(["--topic-language", "en", "a.md", "b.md"])?.topicLanguage, .en)
        XCTAssertEqual(parsed(["--topic-language", "ru", "a.md", "b.md"])?.topicLanguage?.language, .russian)
        XCTAssertNil(parsed(["a.md", "b.md"])?.topicLanguage, "by default, the first version's language")
        XCTAssertEqual(parsed(["--topic-language", "de", "a.md", "b.md"])?.topicLanguage?.language, .german)
        XCTAssertEqual(parsed(["--topic-language", "es", "a.md", "b.md"])?.topicLanguage?.language, .spanish)
        XCTAssertNil(parsed(["--topic-language", "it", "a.md", "b.md"]), "a language topics cannot be named in is a usage error")
        XCTAssertNil(parsed(["--topic-language", "und", "a.md", "b.md"]))
    }

    /// less's `-i` and `-I` on the command line, as in the reader: a less user's `readouts -i
    /// a b` was refused. `-I` searches ignoring case always; `-i` is the default, smart case.
    func testLessCaseOptionsAreTakenOnTheCommandLine() {
        XCTAssertEqual(parsed(["-I", "a.md", "b.md"])?.caseMatching, .ignore)
        XCTAssertEqual(parsed(["-i", "a.md", "b.md"])?.caseMatching, .smart)
        XCTAssertEqual(parsed(["a.md", "b.md"])?.caseMatching, .smart)
        XCTAssertNil(parsed(["-I", "--export", "json", "a.md", "b.md"]), "an export does not search")
        let state = ReaderState(documents: [], preferences: ReaderPreferences(caseMatching: .ignore))
        XCTAssertEqual(state.search.options.caseMatching, .ignore, "the reader starts so")
    }
}

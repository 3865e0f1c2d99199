import Foundation
import XCTest

/// What a new user tries first: `--version`, shell completions, the man page.
final class CommandLineHabitsTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-cli-habits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try FileManager.default.removeItem(at: directory) }

    /// The package's root, from this file's path.
    var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    func testVersionPrintsTheOneVersionConstant() throws {
        let output = try Tmux.run([Tmux.binary, "--version"])
        XCTAssertEqual(output.status, 0)
        let source = try String(contentsOf: packageRoot.appendingPathComponent("Sources/ReadoutsText/ReadoutsVersion.swift"), encoding: .utf8)
        let range = try XCTUnwrap(source.range(of: #"static let current = "([^"]+)""#, options: .regularExpression))
        let constant = source[range].split(separator: "\"")[1]
        XCTAssertEqual(output.text, "\(constant)\n")
        XCTAssertNotNil(output.text.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression), output.text)
    }

    func testMissingThemeAndLexiconAreNamedWithoutInventedLocations() throws {
        var output = try Tmux.run([Tmux.binary, "--theme", "nosuch"])
        XCTAssertEqual(output.status, 2)
        let themes = try Tmux.run([Tmux.binary, "--list-themes"]).text.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        XCTAssertEqual(output.text, "readouts: no theme named nosuch; available: \(themes.joined(separator: ", ")) (or a path to a .toml file)\n")
        output = try Tmux.run([Tmux.binary, "--topics", "/nonexistent", "--export", "json"])
        XCTAssertEqual(output.status, 2)
        XCTAssertEqual(output.text, "readouts: cannot read /nonexistent: no such file\n")
        output = try Tmux.run([Tmux.binary, "--theme", directory.path + "/absent.toml"])
        XCTAssertEqual(output.text, "readouts: cannot read \(directory.path)/absent.toml: no such file\n")
        output = try Tmux.run([Tmux.binary, "--topics", directory.path, "--export", "json"])
        XCTAssertEqual(output.text, "readouts: cannot read \(directory.path): it is a folder\n")
    }

    /// What bash offers after `words` (the last is the word being completed), in `folder`.
    func bashCompletions(_ words: [String], in folder: URL) throws -> [String] {
        let script = directory.appendingPathComponent("readouts.bash")
        let generated = try Tmux.run([Tmux.binary, "--generate-completion-script", "bash"])
        XCTAssertEqual(generated.status, 0)
        try generated.text.write(to: script, atomically: true, encoding: .utf8)
        let quoted = ([Tmux.binary] + words).map(Tmux.quote).joined(separator: " ")
        let program = """
            source \(Tmux.quote(script.path))
            cd \(Tmux.quote(folder.path))
            COMP_WORDS=(\(quoted)); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
            _readouts "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let output = try Tmux.run(["bash", "--norc", "--noprofile", "-c", program])
        XCTAssertEqual(output.status, 0, output.text)
        return output.text.split(separator: "\n").map(String.init).sorted()
    }

    func testBashCompletesFilesTopicLexiconsAndThemeNames() throws {
        let folder = directory.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lexicons"), withIntermediateDirectories: true)
        for name in ["kremlin.md", "topics.toml"] { try "x\n".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        XCTAssertEqual(try bashCompletions([""], in: folder), ["kremlin.md", "lexicons", "topics.toml"], "versions: any file")
        XCTAssertEqual(try bashCompletions(["--topics", ""], in: folder), ["lexicons", "topics.toml"], "--topics: .toml files and folders")
        let themes = try Tmux.run([Tmux.binary, "--list-themes"]).text.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        XCTAssertEqual(try bashCompletions(["--theme", ""], in: folder), themes.sorted(), "--theme: the themes --list-themes lists")
        XCTAssertEqual(try bashCompletions(["--theme", "hi"], in: folder), themes.filter { $0.hasPrefix("hi") }.sorted())
        XCTAssertFalse(themes.filter { $0.hasPrefix("hi") }.isEmpty)
    }

    func testZshAndFishScriptsCompleteTheSameThings() throws {
        // Neither shell is on the build machines: check the scripts ask for the same things.
        let zsh = try Tmux.run([Tmux.binary, "--generate-completion-script", "zsh"])
        XCTAssertEqual(zsh.status, 0)
        XCTAssertTrue(zsh.text.contains("'*:FILE:_files'"), "versions complete files")
        XCTAssertTrue(zsh.text.contains(":FILE:_files -g '\\''*.toml'\\''"), "--topics completes .toml files")
        XCTAssertTrue(zsh.text.contains("---completion -- --theme"), "--theme asks readouts for the theme names")
        let fish = try Tmux.run([Tmux.binary, "--generate-completion-script", "fish"])
        XCTAssertEqual(fish.status, 0)
        XCTAssertTrue(fish.text.contains("-ge 1' -F"), "versions complete files")
        XCTAssertTrue(fish.text.contains("-l 'topics'") && fish.text.contains("*.\\'toml\\'"), "--topics completes .toml files")
        XCTAssertTrue(fish.text.contains("---completion -- --theme"), "--theme asks readouts for the theme names")
    }

    /// The page `swift package generate-manual` made (.ci/run makes it and sets
    /// READOUTS_MAN_PAGE): `man` renders it without a warning, with every option `--help` lists.
    func testManPageRendersWithEveryOption() throws {
        guard let page = ProcessInfo.processInfo.environment["READOUTS_MAN_PAGE"] else {
            if ProcessInfo.processInfo.environment["READOUTS_E2E_REQUIRED"] == "1" { XCTFail("READOUTS_MAN_PAGE is not set") }
            throw XCTSkip("no man page generated (set READOUTS_MAN_PAGE)")
        }
        let rendered = try Tmux.run(["env", "LANG=C.UTF-8", "MANWIDTH=80", "MAN_KEEP_FORMATTING=0", "man", "-l", page])
        XCTAssertEqual(rendered.status, 0, rendered.text)
        // Without a terminal, man shows bold by overstriking ("N\bN"): keep the letters.
        let text = rendered.text.replacingOccurrences(of: ".\u{8}", with: "", options: .regularExpression)
        for section in ["READOUTS(1)", "NAME", "SYNOPSIS", "DESCRIPTION", "$XDG_CONFIG_HOME/readouts/config.toml"] {
            XCTAssertTrue(text.contains(section), "the page has \(section)")
        }
        let help = try Tmux.run([Tmux.binary, "--help"]).text
        let options = Set(help.matches(of: /--[a-z][a-z-]+/).map { String($0.output) })
        XCTAssertGreaterThanOrEqual(options.count, 8)
        for option in options { XCTAssertTrue(text.contains(option), "the page documents \(option)") }
        // The generator separates the description's paragraphs with empty lines, which mdoc
        // notes but renders as the paragraph breaks they are meant to be; nothing else may warn.
        let warnings = try Tmux.run(["groff", "-mandoc", "-ww", "-z", page]).text.split(separator: "\n")
            .filter { !$0.contains("Empty input line") }
        XCTAssertEqual(warnings, [], "groff finds nothing wrong")
    }
}

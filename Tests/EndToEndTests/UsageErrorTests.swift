import Foundation
import XCTest

/// Usage errors: one line on standard error, `readouts: …`, exit 64 — not the argument
/// parser's three lines of error, usage and hint.
final class UsageErrorTests: XCTestCase {
    func assertUsageError(_ arguments: [String], _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let output = try Tmux.run([Tmux.binary] + arguments)
        XCTAssertEqual(output.status, 64, output.text, file: file, line: line)
        XCTAssertEqual(output.text, "readouts: \(expected) (see readouts --help)\n", file: file, line: line)
    }

    func testEveryUsageErrorIsOneLine() throws {
        try assertUsageError(["--no-such-option"], "unknown option '--no-such-option'")
        try assertUsageError(["--label"], "missing value for '--label <NAME>'")
        try assertUsageError(["--export", "xml"], "the value 'xml' is invalid for '--export <FORMAT>'. Please provide one of 'json', 'html' or 'markdown'.")
        try assertUsageError(["only-one.md"], "give two or more versions to compare (or none for the bundled readouts)")
        try assertUsageError(["-", "-"], "standard input (-) can hold only one version")
        // One --label for two files would title the wrong one.
        try assertUsageError(["k.md", "--label", "White House", "w.md"], "give one --label per version, in order (2 versions, 1 --label)")
        try assertUsageError(["--label", "A", "--label", "B", "--label", "C"], "give one --label per version, in order (2 versions, 3 --label)")
    }

    /// `--theme` colours the reader; an export does not use it, so asking for both is a
    /// mistake said at once rather than an option silently ignored.
    func testThemeWithExportIsAUsageError() throws {
        try assertUsageError(["--export", "json", "--theme", "light"], "--theme is for the reader; an export does not use it")
    }

    /// `--changes-only` trims the brief and the page; the JSON always has its `changes`, and
    /// the reader has no use for it.
    func testChangesOnlyWithoutABriefOrPageIsAUsageError() throws {
        let message = "--changes-only goes with --export markdown or html (the JSON lists the changes in its \"changes\")"
        try assertUsageError(["--export", "json", "--changes-only"], message)
        try assertUsageError(["--changes-only"], message)
        try assertUsageError(["-I", "--export", "markdown"], "-i and -I set how the reader searches; an export does not search")
    }

    /// A script's option that would do nothing is said at once, not ignored: `--export json
    /// --list-themes` printed the themes and exited 0; `--no-lexicon --topics typo.toml` read
    /// no lexicon and never said the path was wrong; `--label ""` titled a pane with nothing.
    func testOptionsThatWouldBeIgnoredAreUsageErrors() throws {
        let themes = "--list-themes lists the themes and exits: not with FILE, --export, --install-model, --topics, --no-lexicon, --label or --topic-language"
        try assertUsageError(["--export", "json", "--list-themes"], themes)
        try assertUsageError(["--list-themes", "a.md", "b.md"], themes)
        try assertUsageError(["--list-themes", "--topics", "/nonexistent.toml"], themes)
        try assertUsageError(["--list-themes", "--label", "A"], themes)
        let install = "--install-model installs the sentence encoder and exits: not with --export, --topics, --no-lexicon, --label or --topic-language"
        try assertUsageError(["--export", "json", "--install-model"], install)
        try assertUsageError(["--install-model", "--label", "A", "--label", "B"], install)
        try assertUsageError(["--no-lexicon", "--topics", "/nonexistent.toml"], "--no-lexicon switches every lexicon off, --topics too: give one or the other")
        try assertUsageError(["--label", "", "--label", "B"], "a --label names a pane: it cannot be empty")
    }

    func testHelpStillGoesToStandardOutputWhole() throws {
        let output = try Tmux.run([Tmux.binary, "--help"])
        XCTAssertEqual(output.status, 0)
        XCTAssertTrue(output.text.hasPrefix("OVERVIEW: "), output.text)
        XCTAssertTrue(output.text.contains("--list-themes"), output.text)
    }
}

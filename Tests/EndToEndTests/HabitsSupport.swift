import Foundation
import XCTest

/// Helpers for the end-to-end tests of the less and vim habits: the status row, the left
/// pane, the versions' sentences as the export gives them, restarting the reader.
extension Tmux {
    /// The status row (the last non-empty row).
    func statusRow() throws -> String { try screen().last { !$0.isEmpty } ?? "" }

    /// Waits until the topic engine has finished (sentences are known from then on).
    func waitForLinking(file: StaticString = #filePath, line: UInt = #line) throws {
        try wait("linking to finish", file: file, line: line) {
            let status = try statusRow()
            return !status.contains("linking") && status.contains("#")
        }
    }

    /// Waits until the status row contains `text` and returns it.
    @discardableResult
    func waitForStatus(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        var status = ""
        try wait("status \"\(text)\"", file: file, line: line) {
            status = try statusRow()
            return status.contains(text)
        }
        return status
    }

    /// Quits the reader (with `q`), waits for its exit, and starts it again in the same
    /// window, with the same state and configuration folders.
    func restart(_ arguments: [String] = [], environment: [String: String] = [:]) throws {
        if !hasExited {
            try send("q")
            XCTAssertEqual(try waitForExit(), 0)
        }
        try respawn(arguments, environment: environment)
        try wait("the new reader") { !hasExited }
        try waitForStart()
    }

    /// The rows of the left pane's text (columns before the divider), trailing blanks trimmed.
    func leftPane() throws -> [String] {
        var rows = try screen()
        while rows.last == "" { rows.removeLast() }  // capture-pane ends with a line break
        return rows.dropFirst().dropLast().map { row in
            String(row.prefix { $0 != "│" && $0 != "┬" && $0 != "↗" && $0 != "↘" && $0 != "↖" && $0 != "↙" })
                .trimmingCharacters(in: .whitespaces)
        }
    }
}

/// Each version's sentences (as one line each, as `y` copies them), read from the JSON
/// export of the same files.
func exportedSentences(_ files: [String] = []) throws -> [[String]] {
    let output = try Tmux.run([Tmux.binary, "--export", "json"] + files)
    XCTAssertEqual(output.status, 0, output.text)
    let object = try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as! [String: Any]
    return (object["versions"] as! [[String: Any]]).map { version in
        (version["sentences"] as! [[String: Any]]).map { ($0["text"] as! String).replacingOccurrences(of: "\n", with: " ") }
    }
}

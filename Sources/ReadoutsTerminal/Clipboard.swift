import Foundation
import ReadoutsReader
import ReadoutsText

/// Carries out `Effect.copy`: OSC 52 when allowed and supported, else a file, and in
/// either case a notice saying where the text went — never silently nothing.
struct Clipboard {
    let policy: ClipboardPolicy
    let directory: StateDirectory?
    let environment: [String: String]
    /// tmux's `set-clipboard`, asked once.
    private var tmuxSetting: String??

    /// Larger copies go to the file: terminals cap OSC 52 (hterm and osc52.sh at 100,000
    /// base64 bytes, about this much text).
    static let osc52Limit = 74_994
    static let fileName = "copied.txt"

    init(policy: ClipboardPolicy, directory: StateDirectory?, environment: [String: String]) {
        self.policy = policy
        self.directory = directory
        self.environment = environment
    }

    /// Copies `clip` and returns the status line's notice, with shorter forms that keep
    /// where the text went whole (`Clip.notice(copiedTo:)`).
    mutating func copy(_ clip: Clip, screen: Screen) -> (text: String, shorter: [String]) {
        let bytes = Data(clip.text.utf8)
        let short = clip.shortDescription.map { [$0] } ?? []
        if policy != .file && bytes.count <= Self.osc52Limit {
            if policy == .osc52 || terminalAccepts(screen) {
                // Base64: nothing from the document can act as a control sequence.
                screen.writeClipboard(base64: bytes.base64EncodedString())
                return clip.notice(copiedTo: "the clipboard")
            }
        }
        let folder = directory ?? StateDirectory(path: NSTemporaryDirectory() + "readouts-\(getuid())")
        do {
            try folder.write(Self.fileName, Data((clip.text + "\n").utf8))
            // The folder comes from HOME, XDG_STATE_HOME or TMPDIR: outside text, escaped.
            let shown = Sanitiser.escapedForMessage(StateDirectory.shown(folder.file(Self.fileName), environment: environment))
            // Inside tmux, its paste buffer too (prefix ]), as vim's and neovim's tmux
            // clipboard does: a journalist's `Y` left tmux's buffer empty and a file to `cat`.
            if policy != .file, let tmux = environment["TMUX"], !tmux.isEmpty, Self.loadTmuxBuffer(from: folder.file(Self.fileName)) {
                return clip.notice(copiedTo: "tmux's paste buffer and \(shown)")
            }
            return clip.notice(copiedTo: shown)
        } catch {
            let reason = Sanitiser.escapedForMessage("\(error)")
            return ("could not copy \(clip.description): \(reason)", short.map { "could not copy \($0): \(reason)" })
        }
    }

    /// Inside tmux, OSC 52 reaches a buffer only with `set-clipboard on` (its default,
    /// `external`, ignores programs); elsewhere the terminfo entry must declare `Ms`.
    private mutating func terminalAccepts(_ screen: Screen) -> Bool {
        if let tmux = environment["TMUX"], !tmux.isEmpty {
            if tmuxSetting == nil { tmuxSetting = Self.askTmux() }
            return tmuxSetting == "on"
        }
        return screen.declaresClipboard
    }

    /// `tmux load-buffer` of the file just written (`-w` also sets the terminal's clipboard,
    /// from tmux 3.2 on; older ones take it without): whether tmux took it. The text goes by
    /// the file, not a pipe, so that a tmux gone away cannot raise SIGPIPE here; the path
    /// is quoted for the shell.
    static func loadTmuxBuffer(from path: String) -> Bool {
        let quoted = "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        let command = "tmux load-buffer -w \(quoted) >/dev/null 2>&1 || tmux load-buffer \(quoted) >/dev/null 2>&1; echo $?"
        guard let pipe = popen(command, "r") else { return false }
        var buffer = [CChar](repeating: 0, count: 16)
        let line = fgets(&buffer, Int32(buffer.count), pipe) != nil ? String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        pclose(pipe)
        return line.trimmingCharacters(in: .whitespacesAndNewlines) == "0"
    }

    private static func askTmux() -> String? {
        guard let pipe = popen("tmux show-options -sv set-clipboard 2>/dev/null", "r") else { return nil }
        var buffer = [CChar](repeating: 0, count: 64)
        let line = fgets(&buffer, Int32(buffer.count), pipe) != nil ? String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        pclose(pipe)
        let value = line.trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }
}

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
    /// where the text went ("copied … to ~/…/copied.txt").
    mutating func copy(_ clip: Clip, screen: Screen) -> (notice: String, shorter: [String]) {
        let bytes = Data(clip.text.utf8)
        let short = clip.shortDescription.map { [$0] } ?? []
        if policy != .file && bytes.count <= Self.osc52Limit {
            if policy == .osc52 || terminalAccepts(screen) {
                // Base64: nothing from the document can act as a control sequence.
                screen.writeClipboard(base64: bytes.base64EncodedString())
                return ("copied \(clip.description) to the clipboard", short.map { "copied \($0) to the clipboard" })
            }
        }
        let folder = directory ?? StateDirectory(path: NSTemporaryDirectory() + "readouts-\(getuid())")
        do {
            try folder.write(Self.fileName, Data((clip.text + "\n").utf8))
            // The folder comes from HOME, XDG_STATE_HOME or TMPDIR: outside text, escaped.
            let shown = StateDirectory.shown(folder.file(Self.fileName), environment: environment)
            let path = Sanitiser.escapedForMessage(shown)
            let elided = Sanitiser.escapedForMessage(Self.elided(shown))
            let shorter = (elided == path ? [] : [clip.description]) + short
            return ("copied \(clip.description) to \(path)", shorter.map { "copied \($0) to \(elided)" })
        } catch {
            let reason = Sanitiser.escapedForMessage("\(error)")
            return ("could not copy \(clip.description): \(reason)", short.map { "could not copy \($0): \(reason)" })
        }
    }

    /// A path's first folder and its file's name around "…" ("~/…/copied.txt"): what a
    /// narrow status line keeps of it.
    static func elided(_ path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let head = parts.first == "" ? 2 : 1
        guard parts.count > head + 2 else { return path }
        return parts.prefix(head).joined(separator: "/") + "/…/" + parts[parts.count - 1]
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

    private static func askTmux() -> String? {
        guard let pipe = popen("tmux show-options -sv set-clipboard 2>/dev/null", "r") else { return nil }
        var buffer = [CChar](repeating: 0, count: 64)
        let line = fgets(&buffer, Int32(buffer.count), pipe) != nil ? String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        pclose(pipe)
        let value = line.trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }
}

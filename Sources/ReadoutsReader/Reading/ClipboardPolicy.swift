/// Whether `y` may use the terminal's clipboard (OSC 52). `auto`, the default, uses it
/// when the terminal says it supports it: the copy is what the user asked for, of text
/// already on their screen, and OSC 52 only writes the clipboard, never reads it (neovim
/// does the same by default). `file` never touches the clipboard; `osc52` uses it even
/// when the terminal does not declare it.
public enum ClipboardPolicy: String, Sendable, CaseIterable {
    case auto, osc52, file
}

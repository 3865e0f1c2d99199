import Foundation
import ReadoutsReader
import ReadoutsText
import ReadoutsTOML

/// The user's settings: `$XDG_CONFIG_HOME/readouts/config.toml` (default
/// `~/.config/readouts/config.toml`). Every setting is optional; a missing file means the
/// defaults. A mistake is a `LocatedError` (`FILE:LINE:COLUMN: message`), and the reader
/// does not start with half a configuration. `--no-config` skips the file.
///
/// ```toml
/// theme = "light"          # a name from --list-themes or a path (--theme and READOUTS_THEME win)
/// mouse = false            # mouse tracking at start (M toggles it)
/// follow = true            # follow mode at start (default: on with two versions)
/// wrap-width = 80          # lines of text at most this wide (0: the pane's width)
/// numbers = true           # sentence numbers at start (# toggles them)
/// clipboard = "auto"       # y: "auto" (OSC 52 where the terminal supports it), "osc52", "file"
/// topic-language = "en"    # topics named in English where the versions' languages differ (--topic-language wins)
///
/// [keys]                   # a key or a sequence ("Z Z") = a command's name, or "none"
/// "Ctrl-N" = "next-topic"
/// "x" = "quit"
/// ```
public struct Configuration: Equatable, Sendable {
    /// The theme named in the file, and where, to locate an error about it.
    public struct ThemeSetting: Equatable, Sendable {
        public var value: String
        public var location: TOMLLocation
    }

    /// The file read (nil: none was).
    public var file: String?
    public var theme: ThemeSetting?
    public var preferences = ReaderPreferences()
    public var clipboard = ClipboardPolicy.auto
    /// The language the reader names topics in (`topic-language`; nil: the first version's).
    public var topicLanguage: Language?

    public init() {}

    /// The top-level keys, in the order the errors list them.
    public static let keys = ["theme", "mouse", "follow", "wrap-width", "numbers", "clipboard", "topic-language", "keys"]
    /// The values `topic-language` takes, as `--topic-language` spells them.
    public static let topicLanguages = Dictionary(uniqueKeysWithValues: Language.known.map { ($0.rawValue, $0) })
    /// The widths `wrap-width` takes besides 0.
    public static let wrapWidths = 20...1000

    /// `$XDG_CONFIG_HOME/readouts/config.toml`, or `~/.config/readouts/config.toml` when it
    /// is unset, empty or relative; nil without either.
    public static func path(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/readouts/config.toml" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/readouts/config.toml"
    }

    /// Reads the configuration file for `environment`; the defaults when there is none.
    public static func load(environment: [String: String]) throws(LocatedError) -> Configuration {
        guard let path = path(environment: environment), FileManager.default.fileExists(atPath: path) else {
            return Configuration()
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw LocatedError.unreadable(path) }
        return try parse(bytes: Array(data), file: path)
    }

    /// Parses a configuration file's bytes; `file` names it in errors.
    public static func parse(bytes: [UInt8], file: String) throws(LocatedError) -> Configuration {
        try ConfigurationReader(document: try TOMLDocument(parsing: bytes, file: file)).read()
    }

    /// An error about the theme the file names (it does not load), located at that setting.
    public func themeError(_ error: LocatedError) -> LocatedError {
        guard let file, let theme, !error.isLocated else { return error }
        return LocatedError(file: file, at: theme.location, error.message)
    }
}

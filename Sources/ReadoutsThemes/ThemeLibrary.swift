import Foundation
import ReadoutsTOML

/// Every theme the user can choose: the shipped ones (compiled in from `Themes/`) and the
/// user's own in `$XDG_CONFIG_HOME/readouts/themes/*.toml` (default
/// `~/.config/readouts/themes/`). A user theme with a shipped theme's name replaces it.
/// This is what the CLI calls for `--theme`, `--list-themes` and `READOUTS_THEME`, and what
/// the reader calls to cycle themes live.
public struct ThemeLibrary: Sendable {
    /// Where a theme comes from.
    public enum Origin: Hashable, Sendable {
        case shipped
        case user(path: String)
    }

    /// One theme as `--list-themes` shows it.
    public struct Entry: Hashable, Sendable {
        public var name: String
        public var description: String
        public var origin: Origin
    }

    /// The name used when neither `--theme` nor `READOUTS_THEME` says otherwise.
    public static let defaultName = "default"

    public let userDirectory: String?
    private let shipped: [String: String]

    /// - Parameters:
    ///   - userDirectory: the folder of user themes, or nil for shipped themes only.
    ///   - shipped: shipped theme sources by name (tests pass their own).
    public init(userDirectory: String?, shipped: [String: String] = ThemeCatalog.shippedSources) {
        self.userDirectory = userDirectory
        self.shipped = shipped
    }

    /// The library for this process's environment (`XDG_CONFIG_HOME`, `HOME`).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.init(userDirectory: Self.userDirectory(environment: environment))
    }

    /// `$XDG_CONFIG_HOME/readouts/themes`, or `~/.config/readouts/themes` when it is unset,
    /// empty or relative (as the XDG spec says to ignore relative paths).
    public static func userDirectory(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return xdg + "/readouts/themes"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/readouts/themes"
    }

    /// The name of the theme for a light background (`TerminalBackground`).
    public static let lightName = "light"

    /// The theme name to use when neither `--theme` nor the configuration file names one:
    /// `READOUTS_THEME` if set and non-empty, else the theme last chosen with `T`
    /// (`remembered`), else "light" on a light background (`COLORFGBG`), else "default".
    public static func defaultThemeName(environment: [String: String], remembered: String? = nil) -> String {
        if let name = environment["READOUTS_THEME"], !name.isEmpty { return name }
        if let remembered, !remembered.isEmpty { return remembered }
        if TerminalBackground(environment: environment) == .light { return lightName }
        return defaultName
    }

    private func userFile(_ name: String) -> String? {
        guard let dir = userDirectory else { return nil }
        let path = dir + "/" + name + ".toml"
        return FileManager.default.isReadableFile(atPath: path) ? path : nil
    }

    private func userNames() -> [String] {
        guard let dir = userDirectory,
            let files = try? FileManager.default.contentsOfDirectory(atPath: dir)
        else { return [] }
        return files.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }
    }

    /// All theme names: "default" first, then alphabetical. The order themes cycle in.
    public func names() -> [String] {
        Set(shipped.keys).union(userNames()).sorted {
            ($0 == Self.defaultName ? 0 : 1, $0) < ($1 == Self.defaultName ? 0 : 1, $1)
        }
    }

    /// The theme after `current` in `names()` order, wrapping: what the reader's
    /// cycle-theme key loads next.
    public func name(after current: String) -> String {
        let all = names()
        guard let i = all.firstIndex(of: current) else { return all.first ?? Self.defaultName }
        return all[(i + 1) % all.count]
    }

    /// All themes with a description and origin, in `names()` order.
    public func entries() -> [Entry] {
        names().map { name in
            if let path = userFile(name) {
                let description: String
                do {
                    description = Self.describe(try Self.read(path), file: path)
                } catch {
                    description = "does not load: \(error)"
                }
                return Entry(name: name, description: description, origin: .user(path: path))
            }
            return Entry(name: name, description: Self.describe(shipped[name] ?? "", file: name), origin: .shipped)
        }
    }

    /// `--list-themes` output: one theme a line, its name first, then its description and origin.
    public func listing() -> [String] {
        let entries = entries()
        let width = entries.map(\.name.count).max() ?? 0
        return entries.map { entry in
            let origin: String
            switch entry.origin {
            case .shipped: origin = "shipped"
            case .user(let path): origin = path
            }
            let padded = entry.name.padding(toLength: width, withPad: " ", startingAt: 0)
            return "\(padded)  \(entry.description.isEmpty ? "-" : entry.description) (\(origin))"
        }
    }

    private static func describe(_ source: String, file: String) -> String {
        do {
            return try ThemeDocument(source: source, file: file).description ?? ""
        } catch {
            return "does not load: \(error)"
        }
    }

    /// Loads a theme by name: the user's file if there is one, else the shipped theme.
    /// Throws `LocatedError`.
    public func load(named name: String) throws(LocatedError) -> Theme {
        if let path = userFile(name) { return try load(path: path, name: name) }
        if let source = shipped[name] {
            return try ThemeLoader.load(name: name, source: source, file: Self.shippedFile(name), parent: lookup)
        }
        throw LocatedError(unlocated: name, "no theme named \(LocatedError.quote(name, mark: "")); available: "
                               + names().joined(separator: ", ") + " (or a path to a .toml file)")
    }

    /// Loads a theme file; its name is the file name without `.toml`. Throws `LocatedError`.
    public func load(path: String, name: String? = nil) throws(LocatedError) -> Theme {
        let themeName = name ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return try ThemeLoader.load(name: themeName, source: try Self.read(path), file: path, parent: lookup)
    }

    /// A theme file's text; a byte that is not UTF-8 is reported where it is.
    private static func read(_ path: String) throws(LocatedError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw LocatedError.unreadable(path) }
        return try TOMLDocument.decode(Array(data), file: path)
    }

    /// `--theme NAME|PATH`: a value containing `/` or ending in `.toml` is a path.
    public func load(nameOrPath value: String) throws(LocatedError) -> Theme {
        if value.contains("/") || value.hasSuffix(".toml") { return try load(path: value) }
        return try load(named: value)
    }

    /// The theme to start with (`defaultThemeName`). A remembered theme that no longer
    /// loads (a user theme since deleted or broken) is passed over, not an error: the user
    /// did not name it for this run; `passedOver` says why, for the status line (a user
    /// whose theme file broke started in the default theme without a word).
    public func loadDefault(environment: [String: String] = ProcessInfo.processInfo.environment,
                            remembered: String? = nil, passedOver: ((String) -> Void)? = nil) throws(LocatedError) -> Theme {
        let name = Self.defaultThemeName(environment: environment, remembered: remembered)
        if let remembered, name == remembered, environment["READOUTS_THEME"]?.isEmpty ?? true {
            do {
                return try load(named: remembered)
            } catch {
                let fallback = try load(nameOrPath: Self.defaultThemeName(environment: environment))
                passedOver?("the theme last chosen with T does not load, \(fallback.name) is used: \(error.description)")
                return fallback
            }
        }
        return try load(nameOrPath: name)
    }

    private static func shippedFile(_ name: String) -> String { "Themes/\(name).toml" }

    /// Parent lookup for `inherits`: a user theme first, unless that is the very file asking
    /// (a user `default.toml` inheriting "default" means the shipped one), then shipped.
    private func lookup(_ name: String, _ requester: String) -> (source: String, file: String)? {
        if let path = userFile(name), path != requester, let source = try? Self.read(path) {
            return (source, path)
        }
        if let source = shipped[name] { return (source, Self.shippedFile(name)) }
        return nil
    }
}

import Foundation

/// The theme last chosen with `T`, for the next session: `theme.json` in the state
/// directory. It is used only when the user names no theme otherwise (`--theme`,
/// `READOUTS_THEME`, the configuration file's `theme`; `ThemeLibrary.defaultThemeName`).
/// Only a theme's name is kept, never a path; a file that cannot be understood is set aside
/// with a notice, never trusted.
public struct ThemeStore: Sendable {
    static let fileName = "theme.json"

    let directory: StateDirectory

    public init(directory: StateDirectory) {
        self.directory = directory
    }

    private struct Stored: Codable {
        var format: Int
        var theme: String
    }

    /// The remembered theme's name, or nil when none was chosen or the file is damaged
    /// (then `notices` says so).
    public func load(notices: inout [String]) -> String? {
        do {
            guard let data = try directory.read(Self.fileName) else { return nil }
            guard let stored = try? JSONDecoder().decode(Stored.self, from: data), stored.format == 1,
                Self.isName(stored.theme)
            else {
                notices.append(directory.setAside(Self.fileName, because: "not a theme choice"))
                return nil
            }
            return stored.theme
        } catch {
            notices.append("ignored \(error)")
            return nil
        }
    }

    /// Keeps `name` as the theme to start with next time.
    func save(_ name: String) throws(StateFileError) {
        guard Self.isName(name) else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(Stored(format: 1, theme: name)) else { return }
        try directory.write(Self.fileName, data)
    }

    /// A theme's name as `--list-themes` lists it: not a path, nothing hidden.
    static func isName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 200 && !name.contains("/") && !name.hasPrefix(".")
            && !name.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}

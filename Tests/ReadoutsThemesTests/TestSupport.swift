import Foundation
@testable import ReadoutsThemes

/// A throwaway user-theme folder so tests never read the real ~/.config.
final class TempThemes {
    let directory: String

    init() {
        directory = NSTemporaryDirectory() + "readouts-themes-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let path = directory + "/" + name + ".toml"
        try! text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    var library: ThemeLibrary { ThemeLibrary(userDirectory: directory) }
}

/// Twelve valid topic colours, for themes written in tests.
let twelveTopics = """
    [topics]
    palette = ["red", "green", "yellow", "blue", "magenta", "cyan",
               "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta", "bright-cyan"]
    """

/// Loads `text` as a user theme and returns the error message it raises (or nil).
func loadError(_ text: String, name: String = "bad", in themes: TempThemes = TempThemes()) -> String? {
    themes.write(name, text)
    do {
        _ = try themes.library.load(named: name)
        return nil
    } catch {
        return "\(error)"
    }
}

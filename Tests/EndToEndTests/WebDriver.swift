import Foundation
import XCTest

/// Headless Chromium for the end-to-end tests of the HTML report, driven through Debian's
/// `chromium-driver` (chromedriver) with the W3C WebDriver protocol — JSON over HTTP, what
/// Selenium speaks — plus Chromium's DevTools commands for the viewport and media emulation.
/// (Foundation's URLSession on Linux cannot read chromedriver's replies, "Failed writing
/// header", swift-corelibs-foundation#4965, hence `LoopbackHTTP`.)
/// `.ci/run` installs `chromium` and `chromium-driver`; without them the tests skip, unless
/// `READOUTS_E2E_REQUIRED=1`.
final class WebDriver {
    private let driver: pid_t
    private let port: Int
    private var session = ""
    private var quit = false

    /// Skips the calling test without Chromium and its driver, unless CI requires them.
    static func requireChromium() throws {
        if executable("chromium") != nil && executable("chromedriver") != nil { return }
        if ProcessInfo.processInfo.environment["READOUTS_E2E_REQUIRED"] == "1" {
            XCTFail("chromium and chromium-driver are required for the browser tests")
        }
        throw XCTSkip("chromium or chromedriver is not installed (apt-get install chromium chromium-driver): the HTML report is not tried in a browser")
    }

    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts chromedriver on a free port and a headless browser session; `javaScript: false`
    /// switches scripts off for every page (the way a user's content setting does).
    init(javaScript: Bool = true) throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("chromedriver-\(UUID().uuidString).log")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let executable = Self.executable("chromedriver") ?? "chromedriver"
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(executable), strdup("--port=0"), nil]
        defer { argv.forEach { free($0) } }
        // Its own process group, so closing ends the browsers it started even when the
        // session was never handed back to us.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        driver = pid
        // chromedriver says which port it took: "ChromeDriver was started successfully on port N."
        var port: Int?
        let deadline = Date().addingTimeInterval(15)
        while port == nil, Date() < deadline {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"on port (\d+)\."#, options: .regularExpression) {
                port = Int(text[range].dropFirst(8).dropLast())
            } else {
                usleep(50_000)
            }
        }
        try? FileManager.default.removeItem(at: log)
        guard let port else {
            kill(-pid, SIGTERM)
            waitpid(pid, nil, 0)
            throw WebDriverError(message: "chromedriver did not start")
        }
        self.port = port
        var options: [String: Any] = [
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,800"],
        ]
        if let chromium = Self.executable("chromium") { options["binary"] = chromium }
        if !javaScript { options["prefs"] = ["profile.managed_default_content_settings.javascript": 2] }
        let capabilities: [String: Any] = [
            "browserName": "chrome", "goog:chromeOptions": options, "goog:loggingPrefs": ["browser": "ALL"],
        ]
        do {
            let value = try command("POST", "session", ["capabilities": ["alwaysMatch": capabilities]]) as? [String: Any]
            session = value?["sessionId"] as? String ?? ""
        } catch {
            close()
            throw error
        }
    }

    /// Ends the browser and the driver.
    func close() {
        guard !quit else { return }
        quit = true
        if !session.isEmpty { _ = try? command("DELETE", "session/\(session)") }
        kill(-driver, SIGTERM)
        waitpid(driver, nil, 0)
    }

    deinit {
        if !quit {
            kill(-driver, SIGTERM)
            waitpid(driver, nil, 0)
        }
    }

    /// Runs `body` with a fresh browser, closed afterwards whatever happens.
    static func with(javaScript: Bool = true, _ body: (WebDriver) throws -> Void) throws {
        let browser = try WebDriver(javaScript: javaScript)
        defer { browser.close() }
        try body(browser)
    }

    struct WebDriverError: Error, CustomStringConvertible {
        var message: String
        var description: String { "WebDriver: \(message)" }
    }

    /// One request and its `value`.
    @discardableResult
    private func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) throws -> Any? {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let (status, data) = try LoopbackHTTP.request(port: port, method: method, path: "/" + path, body: payload)
        let object = (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) as? [String: Any]
        let value = object?["value"]
        guard status == 200 else {
            let message = (value as? [String: Any])?["message"] as? String ?? String(decoding: data, as: UTF8.self)
            throw WebDriverError(message: "\(method) \(path): \(status) \(message)")
        }
        return value is NSNull ? nil : value
    }

    @discardableResult
    private func sessionCommand(_ method: String, _ path: String, _ body: [String: Any]? = nil) throws -> Any? {
        try command(method, "session/\(session)/\(path)", body)
    }

    func open(_ url: URL) throws { try sessionCommand("POST", "url", ["url": url.absoluteString]) }

    /// Runs a script in the page (a function body: `return …` gives the result).
    func execute(_ script: String, _ arguments: [Any] = []) throws -> Any? {
        try sessionCommand("POST", "execute/sync", ["script": script, "args": arguments])
    }

    /// The element a CSS selector finds, as a WebDriver element reference.
    func element(_ selector: String) throws -> String {
        let value = try sessionCommand("POST", "element", ["using": "css selector", "value": selector]) as? [String: Any]
        guard let reference = value?.values.first as? String else { throw WebDriverError(message: "no element \(selector)") }
        return reference
    }

    /// A real click: the driver scrolls the element into view and clicks its centre.
    func click(_ element: String) throws { try sessionCommand("POST", "element/\(element)/click", [:]) }

    static let enter = "\u{E007}"
    static let tab = "\u{E004}"

    /// Keys typed into the element (focused first), as a user types them.
    func type(_ keys: String, into element: String) throws {
        try sessionCommand("POST", "element/\(element)/value", ["text": keys])
    }

    /// Keys typed into whatever has focus.
    func type(_ keys: String) throws {
        let down = keys.map { ["type": "keyDown", "value": String($0)] }
        let up = keys.map { ["type": "keyUp", "value": String($0)] }
        try sessionCommand("POST", "actions", ["actions": [["type": "key", "id": "keyboard", "actions": down + up]]])
    }

    /// Moves the mouse pointer to a point of the viewport (away from what it hovered).
    func movePointer(x: Int, y: Int) throws {
        let move: [String: Any] = ["type": "pointerMove", "x": x, "y": y, "origin": "viewport", "duration": 0]
        try sessionCommand("POST", "actions", ["actions": [["type": "pointer", "id": "mouse", "actions": [move]]]])
    }

    /// The visible page as PNG.
    func screenshot() throws -> Data {
        guard let base64 = try sessionCommand("GET", "screenshot") as? String, let data = Data(base64Encoded: base64) else {
            throw WebDriverError(message: "no screenshot")
        }
        return data
    }

    /// The browser console since the last call: each entry's level and message.
    func consoleLog() throws -> [(level: String, message: String)] {
        let entries = try sessionCommand("POST", "se/log", ["type": "browser"]) as? [[String: Any]] ?? []
        return entries.map { ($0["level"] as? String ?? "", $0["message"] as? String ?? "") }
    }

    /// A Chrome DevTools Protocol command, through chromedriver.
    func devTools(_ command: String, _ parameters: [String: Any] = [:]) throws {
        try sessionCommand("POST", "goog/cdp/execute", ["cmd": command, "params": parameters])
    }

    /// The viewport's size in CSS pixels, as a phone (`mobile`) or a desktop window.
    func setViewport(width: Int, height: Int, mobile: Bool) throws {
        try devTools("Emulation.setDeviceMetricsOverride",
                           ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile])
    }

    /// Emulates a media type (`print`) and features (`prefers-color-scheme`).
    func emulateMedia(_ media: String = "", colorScheme: String? = nil) throws {
        var parameters: [String: Any] = ["media": media]
        if let colorScheme { parameters["features"] = [["name": "prefers-color-scheme", "value": colorScheme]] }
        try devTools("Emulation.setEmulatedMedia", parameters)
    }
}

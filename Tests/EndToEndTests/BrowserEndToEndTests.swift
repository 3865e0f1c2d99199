import Foundation
import XCTest

/// The HTML report in a real browser (headless Chromium): linked passages highlight and
/// scroll into view on click and with the keyboard, nothing overflows at desktop and phone
/// sizes, the page works without JavaScript, the dark and print styles apply, hostile text
/// stays text, and the Content-Security-Policy is never violated.
final class BrowserEndToEndTests: XCTestCase {
    var scratch: ScratchDirectory!
    var directory: URL { scratch.url }

    override func setUpWithError() throws {
        try WebDriver.requireChromium()
        scratch = try ScratchDirectory("readouts-browser")
    }

    override func tearDown() { scratch?.remove() }

    /// `readouts --export html ARGUMENTS` written to a file in the test's directory.
    func report(_ arguments: [String] = [], name: String = "report.html") throws -> URL {
        let output = try Tmux.run([Tmux.binary, "--export", "html"] + arguments)
        XCTAssertEqual(output.status, 0, String(output.text.prefix(300)))
        let url = directory.appendingPathComponent(name)
        try Data(output.text.utf8).write(to: url)
        return url
    }

    /// Finds, in the page, the Kremlin passage on troops and the White House passage on the
    /// build-up of forces (the troops topic's other occurrence).
    static let findTroops = """
        const columns = document.querySelectorAll(".col");
        const find = (column, words) => [...columns[column].querySelectorAll("a.p")].find((a) => a.textContent.includes(words));
        const kremlin = find(0, "troupes"), whiteHouse = find(1, "renforcement des forces");
        """

    /// Whether an element is inside its column's visible box and inside the window (or at
    /// least a line of it).
    static let inView = """
        const inView = (el) => {
          const r = el.getBoundingClientRect(), b = el.closest(".txt").getBoundingClientRect();
          return r.top >= b.top - 1 && r.bottom <= b.bottom + 1 && r.top >= -1 && r.bottom <= window.innerHeight + 1;
        };
        const partlyInView = (el) => {
          const r = el.getBoundingClientRect(), b = el.closest(".txt").getBoundingClientRect();
          return r.bottom > Math.max(b.top, 0) + 20 && r.top < Math.min(b.bottom, window.innerHeight) - 20;
        };
        """

    func assertNoPolicyViolations(_ browser: WebDriver, file: StaticString = #filePath, line: UInt = #line) throws {
        let log = try browser.consoleLog()
        let problems = log.filter { $0.level == "SEVERE" || $0.message.contains("Content Security Policy") }
        XCTAssertTrue(problems.isEmpty, "console: \(problems)", file: file, line: line)
    }

    func testClickingAKremlinPassageHighlightsTheWhiteHousePassageAndScrollsItIntoView() throws {
        let page = try report()
        let screenshots = ProcessInfo.processInfo.environment["READOUTS_SCREENSHOT_DIR"].map { URL(fileURLWithPath: $0) }
        try WebDriver.with { browser in
            for (width, height, mobile) in [(1280, 800, false), (390, 844, true)] {
                let size = "\(width)×\(height)"
                try browser.setViewport(width: width, height: height, mobile: mobile)
                try browser.open(page)
                let ids = try browser.execute(Self.findTroops + "return [kremlin.id, whiteHouse.id, kremlin.dataset.l];") as? [String]
                let (kremlin, whiteHouse) = (ids?[0] ?? "", ids?[1] ?? "")
                XCTAssertTrue(ids?[2].split(separator: " ").contains(Substring(whiteHouse)) ?? false, "\(size): linked: \(ids ?? [])")

                // Scroll the White House column to the end farther from the passage.
                let hidden = try browser.execute(Self.findTroops + Self.inView + """
                    const box = whiteHouse.closest(".txt");
                    box.scrollTop = whiteHouse.offsetTop - box.offsetTop < box.scrollHeight / 2 ? box.scrollHeight : 0;
                    return !inView(whiteHouse);
                    """) as? Bool
                if mobile { XCTAssertEqual(hidden, true, "\(size): the passage starts out of view") }

                try browser.click(try browser.element("#" + kremlin))
                let state = try browser.execute(Self.findTroops + Self.inView + """
                    return [whiteHouse.classList.contains("on"), kremlin.classList.contains("src"), inView(whiteHouse),
                            document.activeElement.id, document.getElementById("status").textContent, partlyInView(kremlin)];
                    """) as? [Any]
                XCTAssertEqual(state?[0] as? Bool, true, "\(size): the White House passage is highlighted")
                XCTAssertEqual(state?[1] as? Bool, true, "\(size): the clicked passage is marked")
                XCTAssertEqual(state?[2] as? Bool, true, "\(size): the White House passage is scrolled into view")
                XCTAssertEqual(state?[3] as? String, kremlin, "\(size): focus stays on the clicked passage")
                XCTAssertTrue((state?[4] as? String ?? "").contains("Maison Blanche"), "\(size): announced: \(state?[4] ?? "")")
                XCTAssertEqual(state?[5] as? Bool, true, "\(size): the clicked passage stays in view")

                let overflow = try browser.execute("""
                    return [document.documentElement.scrollWidth, document.documentElement.clientWidth, window.innerWidth];
                    """) as? [Int]
                XCTAssertEqual(overflow?[0], overflow?[1], "\(size): nothing overflows horizontally")
                XCTAssertEqual(overflow?[2], width)

                try browser.movePointer(x: width - 1, y: 0)
                let png = try browser.screenshot()
                XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(size): a PNG")
                let pixels = png.count >= 24 ? (png[16..<20].reduce(0) { $0 << 8 | Int($1) }, png[20..<24].reduce(0) { $0 << 8 | Int($1) }) : (0, 0)
                XCTAssertEqual(pixels.0, width)
                XCTAssertEqual(pixels.1, height)
                try png.write(to: (screenshots ?? directory).appendingPathComponent("report-\(width)x\(height).png"))
                try assertNoPolicyViolations(browser)
            }
        }
    }

    func testKeyboardTabsThroughPassagesAndEnterJumpsToTheLinkedOne() throws {
        let page = try report()
        try WebDriver.with { browser in
            try browser.setViewport(width: 1280, height: 800, mobile: false)
            try browser.open(page)
            let ids = try browser.execute(Self.findTroops + "return [kremlin.id, whiteHouse.id];") as? [String] ?? []
            XCTAssertEqual(ids.count, 2)
            try browser.type(WebDriver.enter, into: try browser.element("#" + ids[0]))
            let jumped = try browser.execute(Self.findTroops + Self.inView + """
                return [document.activeElement.id, kremlin.classList.contains("on"), inView(whiteHouse)];
                """) as? [Any]
            XCTAssertEqual(jumped?[0] as? String, ids[1], "Enter moves focus to the linked White House passage")
            XCTAssertEqual(jumped?[1] as? Bool, true, "whose own partner, the Kremlin passage, lights up")
            XCTAssertEqual(jumped?[2] as? Bool, true)
            try browser.type(WebDriver.tab)
            let next = try browser.execute("""
                const p = document.activeElement, partners = (p.dataset.l || "").split(" ");
                return [p.matches("a.p"), p.id, partners.length > 0 && partners.every((id) => document.getElementById(id).classList.contains("on"))];
                """) as? [Any]
            XCTAssertEqual(next?[0] as? Bool, true, "Tab goes to the next passage")
            XCTAssertNotEqual(next?[1] as? String, ids[1])
            XCTAssertEqual(next?[2] as? Bool, true, "focusing it highlights its partners")
            try assertNoPolicyViolations(browser)
        }
    }

    /// A passage linked weakly (`data-w`) is drawn with a dashed outline when its partner is
    /// clicked, unlike a strong link's, and the live region says "weakly".
    func testAWeakLinkIsDrawnDashedAndAnnounced() throws {
        let page = try report()
        try WebDriver.with { browser in
            try browser.setViewport(width: 1280, height: 800, mobile: false)
            try browser.open(page)
            let id = try browser.execute("const p = document.querySelector(\"a.p[data-w]\"); return p ? p.id : \"\";") as? String ?? ""
            XCTAssertFalse(id.isEmpty, "the bundled page has a weak link")
            try browser.click(try browser.element("#" + id))
            let state = try browser.execute("""
                const p = document.getElementById("\(id)"), weak = new Set(p.dataset.w.split(" "));
                const partners = p.dataset.l.split(" ").map((id) => document.getElementById(id));
                const dashed = (q) => q.classList.contains("weak") && getComputedStyle(q).outlineStyle === "dashed";
                return [partners.filter((q) => weak.has(q.id)).every(dashed),
                        partners.filter((q) => !weak.has(q.id)).every((q) => !dashed(q)),
                        document.getElementById("status").textContent];
                """) as? [Any]
            XCTAssertEqual(state?[0] as? Bool, true, "weak partners dashed")
            XCTAssertEqual(state?[1] as? Bool, true, "strong partners not")
            XCTAssertTrue((state?[2] as? String ?? "").contains("weakly: a dashed outline"), "announced: \(state?[2] ?? "")")
            try assertNoPolicyViolations(browser)
        }
    }

    func testDarkAndPrintAppearances() throws {
        let page = try report()
        try WebDriver.with { browser in
            try browser.open(page)
            let background = "return getComputedStyle(document.documentElement).backgroundColor.match(/\\d+/g).map(Number);"
            try browser.emulateMedia(colorScheme: "light")
            let light = try browser.execute(background) as? [Int] ?? []
            try browser.emulateMedia(colorScheme: "dark")
            let dark = try browser.execute(background) as? [Int] ?? []
            XCTAssertEqual(light.count, 3)
            XCTAssertLessThan(dark.reduce(0, +), light.reduce(0, +), "prefers-color-scheme: dark gives the dark theme: \(dark) vs \(light)")
            try browser.emulateMedia("print", colorScheme: "dark")
            let printed = try browser.execute("""
                const box = document.querySelector(".txt");
                return [getComputedStyle(box).overflowY, box.scrollHeight <= box.clientHeight + 1,
                        getComputedStyle(document.querySelector("nav")).display,
                        getComputedStyle(document.documentElement).backgroundColor.match(/\\d+/g).map(Number)];
                """) as? [Any]
            XCTAssertEqual(printed?[0] as? String, "visible", "printed columns run their full length")
            XCTAssertEqual(printed?[1] as? Bool, true)
            XCTAssertEqual(printed?[2] as? String, "none", "no navigation on paper")
            XCTAssertEqual(printed?[3] as? [Int], light, "print uses the light colours")
            try assertNoPolicyViolations(browser)
        }
    }

    func testWithoutJavaScriptTheTextTopicTableAndLinksRemain() throws {
        let page = try report()
        let json = try Tmux.run([Tmux.binary, "--export", "json"])
        let topics = ((try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any])?["topics"] as? [Any])?.count
        try WebDriver.with(javaScript: false) { browser in
            try browser.setViewport(width: 1280, height: 800, mobile: false)
            try browser.open(page)
            let content = try browser.execute("""
                const rows = document.querySelectorAll("#topics tbody tr");
                return [document.body.innerText, rows.length, [...rows].filter((r) => r.offsetHeight > 0).length];
                """) as? [Any]
            let text = content?[0] as? String ?? ""
            XCTAssertTrue(text.contains("TASS a rassemblé les principaux points connus de la conversation."))
            XCTAssertTrue(text.contains("Selon l’administration américaine"))
            XCTAssertTrue(text.contains("only in Kremlin"))
            XCTAssertEqual(content?[1] as? Int, topics, "one table row per topic")
            XCTAssertEqual(content?[2] as? Int, topics, "all of them shown")
            let ids = try browser.execute(Self.findTroops + "return [kremlin.id, whiteHouse.id];") as? [String] ?? []
            try browser.click(try browser.element("#" + ids[0]))
            let after = try browser.execute("""
                return [location.hash, document.querySelector(":target") ? document.querySelector(":target").id : "",
                        document.querySelectorAll(".src, .on").length];
                """) as? [Any]
            XCTAssertEqual(after?[0] as? String, "#" + ids[1], "a passage still leads to its partner")
            XCTAssertEqual(after?[1] as? String, ids[1], "which :target highlights")
            XCTAssertEqual(after?[2] as? Int, 0, "the page's script did not run")
            try assertNoPolicyViolations(browser)
        }
    }

    func testHostileTextIsInertInTheBrowser() throws {
        var hostile = Array("<script>window.__pwned = 1</script> sanctions\n\n\"><img src=x onerror=\"window.__pwned = 2\">\n\n".utf8)
        hostile += Array("</style><style>body{display:none}</style> ".utf8) + [0x1B] + Array("[2J ".utf8) + [0xC2, 0x9B] + Array("\u{202E}sanctions\n".utf8)
        let hostileFile = directory.appendingPathComponent("\"><img src=x onerror=alert(1)>.txt")
        try Data(hostile).write(to: hostileFile)
        let plainFile = directory.appendingPathComponent("plain.txt")
        try Data("Les sanctions possibles.\n".utf8).write(to: plainFile)
        let page = try report([hostileFile.path, plainFile.path, "--label", "<b>bold</b> \u{1B}]0;PWNED\u{07}", "--label", "plain.txt"])
        try WebDriver.with { browser in
            try browser.open(page)
            // The text as read, without the topics' gutter letters (`sup`) and screen-reader
            // notes between its words: a passage topic is shown at its name's words ("img src").
            let state = try browser.execute("""
                var copy = document.body.cloneNode(true);
                copy.querySelectorAll("sup, .sr").forEach(function (e) { e.remove(); });
                return [document.images.length, document.scripts.length, document.querySelectorAll("style, b:not(.mk)").length,
                        typeof window.__pwned, document.title, copy.textContent,
                        getComputedStyle(document.body).display];
                """) as? [Any]
            XCTAssertEqual(state?[0] as? Int, 0, "no image")
            XCTAssertEqual(state?[1] as? Int, 1, "only the report's script")
            XCTAssertEqual(state?[2] as? Int, 1, "only the report's style sheet, no injected element")
            XCTAssertEqual(state?[3] as? String, "undefined", "no injected script ran")
            XCTAssertEqual(state?[4] as? String, "<b>bold</b> ␛]0;PWNED␇ · plain.txt — Readouts")
            let text = state?[5] as? String ?? ""
            XCTAssertTrue(text.contains("<script>window.__pwned = 1</script>"), "shown as text")
            XCTAssertTrue(text.contains("\"><img src=x onerror=\"window.__pwned = 2\">"))
            XCTAssertTrue(text.contains("</style><style>body{display:none}</style> ␛[2J ␦␦sanctions"))
            XCTAssertTrue(text.contains("\"><img src=x onerror=alert(1)>.txt"), "the file name, as the source")
            XCTAssertEqual(state?[6] as? String, "block")
            try assertNoPolicyViolations(browser)
        }
    }

    /// The presence map with three and six versions: the strips share the width equally and
    /// the table fits the page; no topic's name breaks inside a word (each strip at 38%
    /// summed to 114% with three versions, and the names broke into "Ук / раин / а").
    func testThePresenceMapFitsAnyNumberOfVersionsAndBreaksNamesBetweenWords() throws {
        let russian = """
            Состоялся телефонный разговор Владимира Путина с Президентом Соединённых Штатов Дональдом Трампом.

            Лидеры продолжили откровенный обмен мнениями по ситуации вокруг Украины. Было условлено, что Россия и Украина произведут обмен военнопленными — 175 на 175.

            Обсуждались также положение дел на Ближнем Востоке и взаимодействие по вопросам нераспространения ядерного оружия.

            Президенты договорились оставаться на связи по всем затронутым вопросам.
            """
        let english = """
            Vladimir Putin had a telephone conversation with President of the United States Donald Trump.

            The leaders continued a frank exchange of views on the situation around Ukraine. It was agreed that Russia and Ukraine would exchange prisoners of war, 175 for 175.

            The situation in the Middle East was also discussed, and cooperation on nuclear non-proliferation.

            The Presidents agreed to stay in touch on all the issues discussed.
            """
        let whiteHouse = """
            President Donald J. Trump spoke by phone today with President Vladimir Putin of Russia.

            President Putin informed President Trump that Moscow and Kyiv would swap 175 captured soldiers each on Wednesday.

            The leaders spoke broadly about the Middle East. They further discussed the need to stop the spread of strategic weapons.

            The two presidents committed to speak again soon.
            """
        let texts = [("ru.txt", russian), ("en.txt", english), ("wh.txt", whiteHouse)]
        var files: [String] = []
        for (name, text) in texts { files.append(try scratch.write(name, text)) }
        let three = try report(files, name: "three.html")
        var six = files
        for (name, text) in texts { six.append(try scratch.write("again-" + name, text)) }
        let sixPage = try report(six, name: "six.html")
        let measure = """
            const table = document.querySelector("table.map"), rows = [...table.querySelectorAll("tbody tr")];
            const widths = [...rows[0].querySelectorAll("td")].map((td) => td.getBoundingClientRect().width);
            const broken = [];
            for (const th of table.querySelectorAll("th[scope=row]")) {
              const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const word of node.data.matchAll(/\\S+/g)) {
                  const range = document.createRange();
                  range.setStart(node, word.index);
                  range.setEnd(node, word.index + word[0].length);
                  if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) broken.push(word[0]);
                }
              }
            }
            return [widths.length, Math.min(...widths), Math.max(...widths), broken.join(" | "),
                    table.getBoundingClientRect().width, table.closest(".scroll").clientWidth, rows.length];
            """
        try WebDriver.with { browser in
            for (page, versions) in [(three, 3), (sixPage, 6)] {
                for (width, height, mobile) in [(1400, 1100, false), (1280, 800, false), (390, 844, true)] {
                    let size = "\(versions) versions at \(width)×\(height)"
                    try browser.setViewport(width: width, height: height, mobile: mobile)
                    try browser.open(page)
                    let map = try XCTUnwrap(try browser.execute(measure) as? [Any], size)
                    XCTAssertEqual(map[0] as? Int, versions, "\(size): a strip per version")
                    XCTAssertGreaterThan(map[6] as? Int ?? 0, 1, "\(size): topics in the map")
                    let (narrowest, widest) = ((map[1] as? NSNumber)?.doubleValue ?? 0, (map[2] as? NSNumber)?.doubleValue ?? 0)
                    XCTAssertLessThanOrEqual(widest - narrowest, 1, "\(size): the strips are equally wide")
                    XCTAssertEqual(map[3] as? String, "", "\(size): topic names broken inside a word")
                    if !mobile {
                        let (table, room) = ((map[4] as? NSNumber)?.doubleValue ?? 0, (map[5] as? NSNumber)?.doubleValue ?? 0)
                        XCTAssertLessThanOrEqual(table, room + 1, "\(size): the map fits the page")
                        XCTAssertGreaterThan(narrowest, table * 0.5 / Double(versions), "\(size): the strips take the room the names leave")
                    }
                    try assertNoPolicyViolations(browser)
                }
            }
        }
    }
}

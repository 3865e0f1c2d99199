import XCTest
@testable import ReadoutsThemes

final class TerminalThemeTests: XCTestCase {
    let library = ThemeLibrary(userDirectory: nil)

    /// On a terminal without colour, the distinctions colour carried (focused pane, matches,
    /// the current match, the selection) must still show, through attributes.
    func testAttributeSubstitutesKeepDistinctionsWithoutColour() throws {
        for theme in try library.names().map(library.load(named:)) + [Theme.builtIn] {
            let name = theme.name
            let mapped = TerminalTheme(theme: theme, tier: .none)
            let pairs = [
                ("ui.pane.title.focused", "ui.pane.title"), ("search.match", "ui.text"),
                ("search.current", "search.match"), ("ui.selection", "ui.text"), ("ui.status", "ui.text"),
                ("ui.placeholder", "ui.text"), ("ui.pane.title", "ui.text"),
            ]
            for (scope, base) in pairs {
                XCTAssertNotEqual(mapped.style(scope), mapped.style(base), "\(name): \(scope) looks like \(base) without colour")
            }
            XCTAssertNotEqual(mapped.topic(0, state: .focused), mapped.topic(0), "\(name): focused topic invisible without colour")
            for scope in ThemeScopes.names {
                XCTAssertEqual(mapped.style(scope).foreground, .default, "\(name): colour call in the none tier")
                XCTAssertEqual(mapped.style(scope).background, .default, "\(name): colour call in the none tier")
            }
        }
    }

    /// Where a tier merges the two titles' colours, the focused one is the stronger: it has
    /// every attribute of the other and more (without colour the plain title was reversed
    /// and the focused one only bold, so the wrong pane looked selected; on 8 colours both
    /// were black on white, apart by bold alone).
    func testTheFocusedTitleIsTheStrongerInEveryTier() throws {
        for theme in try library.names().map(library.load(named:)) + [Theme.builtIn] {
            for tier in ColorTier.allCases {
                let mapped = TerminalTheme(theme: theme, tier: tier)
                let (plain, focused) = (mapped.style("ui.pane.title"), mapped.style("ui.pane.title.focused"))
                // Where the theme tells them apart by colour and this tier merged the colours
                // (a theme of attributes, like mono, is as its author made it).
                let (themedPlain, themedFocused) = (theme.style("ui.pane.title"), theme.style("ui.pane.title.focused"))
                guard themedPlain.foreground != themedFocused.foreground || themedPlain.background != themedFocused.background,
                      plain.foreground == focused.foreground, plain.background == focused.background else { continue }
                XCTAssertTrue(focused.modifiers.isStrictSuperset(of: plain.modifiers), "\(theme.name) \(tier): \(plain) / \(focused)")
                XCTAssertTrue(focused.modifiers.contains(.underline) || focused.modifiers.isStrictSuperset(of: plain.modifiers.union(.bold)),
                              "\(theme.name) \(tier): more than bold tells the focused title")
            }
        }
    }

    /// On 8 and 16 colours the divider and the gutter never wear a topic's hue (the default
    /// theme's divider was magenta, topic E's colour; `light`'s red, topic A's).
    func testTheDividerWearsNoTopicsHueOnFewColours() throws {
        for theme in try library.names().map(library.load(named:)) + [Theme.builtIn] {
            for tier in [ColorTier.ansi8, .ansi16] {
                let mapped = TerminalTheme(theme: theme, tier: tier)
                // Hues only: a grey or the default colour is no topic's sign.
                let hues = Set((0..<mapped.topicCount).compactMap { slot -> Int? in
                    guard case .index(let index) = mapped.topic(slot).foreground, (1...6).contains(index % 8) else { return nil }
                    return index
                })
                for scope in ["ui.divider", "ui.gutter"] {
                    guard case .index(let index) = mapped.style(scope).foreground else { continue }
                    XCTAssertFalse(hues.contains(index), "\(theme.name) \(tier): \(scope) \(mapped.style(scope))")
                }
            }
        }
    }

    /// Without colour (NO_COLOR) every topic word is underlined, so topics never vanish into
    /// the text, and the focused topic is stronger still; the tints become attributes.
    func testWithoutColourTopicsAreUnderlinedAndTheFocusedOneStronger() throws {
        for name in ["default", "light", "mono", "ansi16"] {
            let theme = try library.load(named: name)
            for tier in name == "mono" ? ColorTier.allCases : [.none] {
                let mapped = TerminalTheme(theme: theme, tier: tier)
                for slot in 0..<20 {
                    XCTAssertTrue(mapped.topic(slot).modifiers.contains(.underline), "\(name) \(tier) slot \(slot)")
                    XCTAssertTrue(mapped.topic(slot, state: .focused).modifiers.isStrictSuperset(of: mapped.topic(slot).modifiers),
                                  "\(name) \(tier) slot \(slot)")
                }
                let text = mapped.style("ui.text")
                let current = mapped.tinted(text, by: "topic.current", isPlainText: true)
                let partner = mapped.tinted(text, by: "topic.partner", isPlainText: true)
                XCTAssertNotEqual(current, text, "\(name) \(tier)")
                XCTAssertNotEqual(partner, text, "\(name) \(tier)")
                XCTAssertNotEqual(current, partner, "\(name) \(tier)")
            }
        }
    }

    /// The current sentence and its linked passage look different from plain text and from
    /// each other in every shipped theme and tier (by background where the tier has the
    /// colours, else by the attributes put in their place).
    func testTintsStayDistinctInEveryTier() throws {
        for theme in try library.names().map(library.load(named:)) + [Theme.builtIn] {
            for tier in ColorTier.allCases {
                let mapped = TerminalTheme(theme: theme, tier: tier)
                let text = mapped.style("ui.text")
                let current = mapped.tinted(text, by: "topic.current", isPlainText: true)
                let partner = mapped.tinted(text, by: "topic.partner", isPlainText: true)
                // What a draft changed, drawn under the tints and over them for words, is
                // told from both and from plain text too.
                let change = mapped.tinted(text, by: "diff.change", isPlainText: true)
                XCTAssertEqual(Set([text, current, partner, change]).count, 4, "\(theme.name) \(tier)")
            }
        }
        let xterm = TerminalTheme(theme: try library.load(named: "default"), tier: .xterm256)
        XCTAssertEqual(Set(["ui.text", "topic.current", "topic.partner", "diff.change"].map { xterm.style($0).background }).count, 4,
                       "on 256 colours the default theme's tints are four backgrounds")
        // And not a grey within three steps of the text's (236 beside 234 barely shows in tmux).
        for theme in try library.names().map(library.load(named:)) {
            let mapped = TerminalTheme(theme: theme, tier: .xterm256)
            guard case .index(let paper) = mapped.style("ui.text").background, paper >= 232 else { continue }
            for scope in TerminalTheme.tintScopes {
                guard case .index(let tint) = mapped.style(scope).background else { continue }
                XCTAssertFalse(tint >= 232 && abs(tint - paper) <= 3, "\(theme.name) \(scope): \(tint) beside \(paper)")
            }
        }
    }

    /// Past the colours a tier can tell apart, topics repeat a colour with a second
    /// distinction: italic, then underline, then both.
    func testTopicsPastThePaletteGetASecondDistinction() throws {
        let theme = try library.load(named: "default")
        let sixteen = TerminalTheme(theme: theme, tier: .ansi16)
        XCTAssertEqual(sixteen.topicCount, 11, "the twelve ANSI hues but blue, 2.2:1 on black")
        XCTAssertEqual(sixteen.topic(11).foreground, sixteen.topic(0).foreground)
        XCTAssertEqual(sixteen.topic(11).modifiers, [.italic])
        XCTAssertEqual(sixteen.topic(22).modifiers, [.underline])
        let direct = TerminalTheme(theme: theme, tier: .direct)
        XCTAssertEqual(direct.topicCount, 16)
        let styles = (0..<64).map { direct.topic($0) }
        XCTAssertEqual(Set(styles).count, 64, "sixteen colours times four distinctions")
    }

    /// A theme whose search match differs from text by colour alone gets an underline without colour.
    func testColourOnlyMatchGetsUnderlinedWithoutColour() {
        let theme = Theme(name: "t", styles: ["ui.text": Style(), "search.match": Style(background: .ansi(3))], topicPalette: [])
        XCTAssertEqual(TerminalTheme(theme: theme, tier: .none).style("search.match").modifiers, [.underline])
        XCTAssertEqual(TerminalTheme(theme: theme, tier: .ansi16).style("search.match").modifiers, [])
    }

    /// Nearest-colour mapping alone would give two topics one ANSI colour; the whole-palette
    /// assignment gives each hue readable on black its own topic: eleven on 16 colours and
    /// five on 8 (all but blue).
    func testTopicsKeepDistinctColoursOnSmallPalettes() throws {
        let theme = try library.load(named: "default")
        let sixteen = TerminalTheme(theme: theme, tier: .ansi16)
        XCTAssertEqual(Set((0..<11).map { sixteen.topic($0).foreground }).count, 11)
        let eight = TerminalTheme(theme: theme, tier: .ansi8)
        XCTAssertEqual(Set((0..<5).map { eight.topic($0).foreground }).count, 5)
        let cube = TerminalTheme(theme: theme, tier: .xterm256)
        XCTAssertEqual(Set((0..<12).map { cube.topic($0).foreground }).count, 12)
    }

    /// A topic colour is never the pane background's colour, even when the theme's
    /// background is itself a colour the tier would otherwise hand to a topic.
    func testTopicsNeverTakeThePaneBackground() {
        let channels: [(UInt8, UInt8, UInt8)] = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0), (255, 0, 255), (0, 255, 255)]
        let topics = channels.map { Style(foreground: Color.rgb($0.0, $0.1, $0.2)) }
        let theme = Theme(name: "blue", styles: ["ui.text": Style(foreground: .ansi(15), background: .rgb(0, 0, 0xee))], topicPalette: topics)
        for tier in [ColorTier.ansi16, .ansi8] {
            let mapped = TerminalTheme(theme: theme, tier: tier)
            XCTAssertEqual(mapped.style("ui.text").background, TerminalColor.index(4))
            for slot in 0..<topics.count {
                XCTAssertNotEqual(mapped.topic(slot).foreground, TerminalColor.index(4), "\(tier) topic \(slot) is invisible")
            }
        }
    }

    /// Forgetting `topic.focus` must not make the focused topic look like the others.
    func testFocusedTopicStandsOutEvenWithoutTopicFocus() {
        let theme = Theme(name: "t", styles: ["ui.text": Style()], topicPalette: [Style(foreground: .ansi(1))])
        XCTAssertNotEqual(TerminalTheme(theme: theme, tier: .direct).topic(0, state: .focused), TerminalTheme(theme: theme, tier: .direct).topic(0))
    }

    func testTopicStatesAddFocusAndDimModifiers() throws {
        let mapped = TerminalTheme(theme: try library.load(named: "default"), tier: .direct)
        XCTAssertEqual(mapped.topic(2, state: .focused).modifiers, [.bold, .underline])
        XCTAssertEqual(mapped.topic(2, state: .dimmed).modifiers, [], "nothing fades in the shipped themes")
        let fading = Theme(name: "t", styles: ["ui.text": Style(), "topic.dim": Style(modifiers: [.dim, .italic])],
                           topicPalette: [Style(foreground: .ansi(1))])
        XCTAssertEqual(TerminalTheme(theme: fading, tier: .direct).topic(0, state: .dimmed).modifiers, [.dim, .italic])
        XCTAssertEqual(mapped.topic(2).foreground, mapped.topic(2 + mapped.topicCount).foreground)
        XCTAssertEqual(mapped.style("ui.text"), TerminalStyle(foreground: .rgb(0xd4d0c4), background: .rgb(0x1b1d23)))
    }
}

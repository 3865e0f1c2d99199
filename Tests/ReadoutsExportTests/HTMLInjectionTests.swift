import Foundation
import ReadoutsText
import ReadoutsTopics
import XCTest

@testable import ReadoutsExport

/// The injection corpus through the HTML export: documents, labels, dates, sources and
/// lexicon topic labels come out as text — no element, attribute, style or script of
/// theirs, and no control character, escape sequence or bidi override.
final class HTMLInjectionTests: XCTestCase {
    var html = ""

    override func setUpWithError() throws {
        let documents = try ReportFixtures.hostileDocuments()
        let lexicon = try Lexicon.parse("""
            [topic.sanctions]
            label = "<script>window.__pwned = 5</script> sanctions\\u001b[0m\\u202e"
            fr = ["sanctions"]
            """, file: "hostile.toml")
        var engine = TopicEngine(lexicons: [lexicon])
        engine.keepsEvidence = false
        html = ReportFixtures.html(documents, engine.analyse(documents))
    }

    func testOnlyThePagesOwnElementsAndAttributes() {
        let allowedElements: Set<String> = [
            "html", "head", "meta", "title", "style", "body", "a", "header", "h1", "h2", "h3", "h4", "h5", "h6",
            "p", "nav", "main", "section", "div", "span", "sup", "b", "table", "caption", "thead", "tbody", "tr", "th", "td",
            "svg", "rect", "footer", "script", "blockquote", "br", "wbr",
        ]
        let allowedAttributes: Set<String> = [
            "lang", "charset", "http-equiv", "content", "name", "class", "id", "href", "data-l", "data-w", "aria-labelledby",
            "aria-label", "aria-hidden", "aria-live", "role", "scope", "viewbox", "preserveaspectratio", "width", "height", "x",
        ]
        let body = html.replacingOccurrences(of: #"<style>.*?</style>|<script>.*?</script>"#, with: "", options: .regularExpression)
        XCTAssertTrue(body.hasPrefix("<!DOCTYPE html>\n"))
        for tag in matches(#"<(/?)([!a-zA-Z][a-zA-Z0-9-]*)([^>]*)>"#, in: body) where tag[0] != "<!DOCTYPE html>" {
            XCTAssertTrue(allowedElements.contains(tag[2].lowercased()), "element <\(tag[2])>")
            for attribute in matches(#"\s([^\s=>"']+)(?:="[^"]*")?"#, in: tag[3]) {
                XCTAssertTrue(allowedAttributes.contains(attribute[1].lowercased()), "attribute \(attribute[1]) in <\(tag[2])\(tag[3])>")
            }
        }
        XCTAssertEqual(matches("<script", in: html).count, 1)
        XCTAssertEqual(matches("</style", in: html).count, 1)
        XCTAssertEqual(matches("<title>", in: html).count, 1)
    }

    func testHostileTextIsShownEscaped() {
        XCTAssertTrue(html.contains("&lt;script&gt;window.__pwned = 1&lt;/script&gt;"))
        XCTAssertTrue(html.contains("\"&gt;&lt;img src=x onerror=\"window.__pwned = 2\"&gt;"), "quotes in text are plain text")
        XCTAssertTrue(html.contains("&lt;/style&gt;&lt;style&gt;body{display:none}&lt;/style&gt;"))
        XCTAssertTrue(html.contains("&amp;lt;b&amp;gt; &amp;amp;"), "entities in the text stay literal")
        XCTAssertTrue(html.contains("␛[2J"), "escape sequences show as the reader's placeholders")
        XCTAssertTrue(html.contains("␦reversed␦"), "bidi overrides show as placeholders")
        // The label, date and source (attributes and one-line text): quotes escaped too.
        XCTAssertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; ␛[31mLabel␦&lt;/title&gt;"))
        XCTAssertTrue(html.contains("2021-12-07&quot;&gt;&lt;b&gt;"))
        XCTAssertTrue(html.contains("&lt;/style&gt;&lt;script&gt;window.__pwned = 4&lt;/script&gt;␀␦"))
        XCTAssertTrue(html.contains("&lt;script&gt;window.__pwned = 5&lt;/script&gt; sanctions␛[0m␦"), "a lexicon label too")
    }

    func testNoControlCharacterOrBidiOverrideReachesThePage() {
        let forbidden = html.unicodeScalars.filter(ReportFixtures.isForbidden)
        XCTAssertTrue(forbidden.isEmpty, forbidden.map { String(format: "U+%04X", $0.value) }.joined(separator: " "))
    }
}

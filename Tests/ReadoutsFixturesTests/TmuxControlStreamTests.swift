import ReadoutsFixtures
import Testing

/// The benchmark's tmux control-mode client reads replies and pane writes from this stream:
/// a misread reply would time the wrong command, a missed `%output` would leave a race
/// waiting for a screen that is already there.
@Suite struct TmuxControlStreamTests {
    @Test func repliesComeWithTheirLinesAndWhoAsked() {
        var stream = TmuxControlStream()
        let messages = stream.feed(Array("""
            %begin 1796290102 266 0
            %end 1796290102 266 0
            %session-changed $0 idle
            %begin 1796290102 271 1
            %1
            %end 1796290102 271 1
            %begin 1796290102 272 1
            can't find pane: %9
            %error 1796290102 272 1

            """.utf8))
        #expect(messages == [
            .reply(number: 266, lines: [], failed: false, fromClient: false),
            .notification("%session-changed $0 idle"),
            .reply(number: 271, lines: ["%1"], failed: false, fromClient: true),
            .reply(number: 272, lines: ["can't find pane: %9"], failed: true, fromClient: true),
        ])
    }

    /// A captured screen's line may look like a guard line or a notification: only the
    /// reply's own %end ends it.
    @Test func aCapturedLineThatLooksLikeTheProtocolStaysInTheReply() {
        var stream = TmuxControlStream()
        let messages = stream.feed(Array("""
            %begin 1 40 1
            %output %3 not a notification
            %end 1 39 1
            %end 1 40 1

            """.utf8))
        #expect(messages == [.reply(number: 40, lines: ["%output %3 not a notification", "%end 1 39 1"], failed: false, fromClient: true)])
    }

    @Test func outputNamesItsPaneAndDecodesOctalEscapes() {
        var stream = TmuxControlStream()
        let messages = stream.feed(Array("%output %12 hello\\015\\012a\\134b\\033[1m\n".utf8))
        #expect(messages == [.output(pane: "%12", bytes: Array("hello\r\na\\b\u{1B}[1m".utf8))])
    }

    /// Bytes arrive in whatever pieces the pipe gives: a message is taken only when its
    /// line is complete.
    @Test func linesCutAnywhereAreJoined() {
        var stream = TmuxControlStream()
        let text = Array("%begin 1 5 1\nrow one\n%end 1 5 1\n%output %2 x\n%exit\n".utf8)
        var messages: [TmuxControlStream.Message] = []
        for byte in text { messages += stream.feed([byte]) }
        #expect(messages == [
            .reply(number: 5, lines: ["row one"], failed: false, fromClient: true),
            .output(pane: "%2", bytes: Array("x".utf8)),
            .exit(""),
        ])
    }

    @Test func carriageReturnsBeforeNewlinesAreDropped() {
        var stream = TmuxControlStream()
        #expect(stream.feed(Array("%begin 1 7 1\r\nrow\r\n%end 1 7 1\r\n".utf8)) == [.reply(number: 7, lines: ["row"], failed: false, fromClient: true)])
    }
}

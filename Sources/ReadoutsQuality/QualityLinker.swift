import ReadoutsEncoder
import ReadoutsText
import ReadoutsTopics

/// A linker under evaluation: anything that turns two accounts into an `Analysis` (their
/// sentences, links and topics). Today's lexical engine is one; a semantic linker plugs in
/// by conforming too.
public protocol QualityLinker: Sendable {
    /// The row name in reports ("lexical", "lexical + lexicon").
    var name: String { get }
    func analyse(_ documents: [Document]) -> Analysis
}

/// The shipped topic engine, with or without lexicons.
public struct LexicalLinker: QualityLinker {
    public var lexicons: [Lexicon]
    public var name: String

    public init(lexicons: [Lexicon]) {
        self.lexicons = lexicons
        self.name = lexicons.isEmpty ? "lexical" : "lexical + lexicon"
    }

    public func analyse(_ documents: [Document]) -> Analysis {
        TopicEngine(lexicons: lexicons).analyse(documents)
    }

    /// Today's two configurations: without a lexicon (`--no-lexicon`) and with the shipped one.
    public static let shipped: [LexicalLinker] = [LexicalLinker(lexicons: []), LexicalLinker(lexicons: [.international])]
}

/// The topic engine with the sentence encoder (`--linker semantic`), with or without lexicons.
public struct SemanticQualityLinker: QualityLinker {
    public var lexicons: [Lexicon]
    public var semantic: SemanticLinking
    public var name: String

    public init(lexicons: [Lexicon], semantic: SemanticLinking) {
        self.lexicons = lexicons
        self.semantic = semantic
        self.name = lexicons.isEmpty ? "semantic" : "semantic + lexicon"
    }

    public func analyse(_ documents: [Document]) -> Analysis {
        var engine = TopicEngine(lexicons: lexicons)
        engine.semantic = semantic
        return engine.analyse(documents)
    }

    /// Both configurations with `semantic`.
    public static func both(_ semantic: SemanticLinking) -> [SemanticQualityLinker] {
        [SemanticQualityLinker(lexicons: [], semantic: semantic), SemanticQualityLinker(lexicons: [.international], semantic: semantic)]
    }
}

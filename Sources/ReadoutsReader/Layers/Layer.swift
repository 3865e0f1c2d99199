/// An overlay above the panes. Overlays form a stack, like helix's compositor: a key goes
/// to the top layer first, which consumes it or passes it down to the next; closing a
/// layer pops it; the frame draws them bottom to top over the panes.
public enum Layer: Equatable {
    case help(HelpLayer)
    case topicList(TopicListState)
    case compare(CompareView)
    case searchPrompt(SearchPrompt)
    case commandLine(CommandPrompt)
}

/// What a layer did with a key.
enum LayerResponse {
    case consumed([Effect])
    case passed
}

extension ReaderState {
    /// Offers a key to the layers, top first; nil when every layer passed it.
    mutating func offerToLayers(_ key: Key) -> [Effect]? {
        var position = layers.count - 1
        while position >= 0 {
            let response: LayerResponse
            switch layers[position] {
            case .help: response = handleHelpKey(key, layer: position)
            case .topicList: response = handleTopicListKey(key, layer: position)
            case .compare: response = handleCompareKey(key, layer: position)
            case .searchPrompt: response = handlePromptKey(key, layer: position)
            case .commandLine: response = handleCommandLineKey(key, layer: position)
            }
            if case .consumed(let effects) = response { return effects }
            position = min(position, layers.count) - 1
        }
        return nil
    }

    /// Adds a layer on top; a layer of the same kind already open is replaced.
    mutating func push(_ layer: Layer) {
        layers.removeAll { $0.kind == layer.kind }
        layers.append(layer)
    }

    /// Closes the layers of one kind.
    mutating func close(_ kind: Layer.Kind) {
        layers.removeAll { $0.kind == kind }
    }

    /// Closes every overlay except the search prompt (a click on the text does this).
    mutating func closeOverlays() {
        layers.removeAll { $0.kind != .searchPrompt }
    }

    // MARK: Reading the stack

    public var showsHelp: Bool { layers.contains { $0.kind == .help } }

    /// Whether a line is being typed on top (the search prompt, the `:` line, the topic
    /// list's filter): Ctrl-C cancels it there, as in less and vim, instead of quitting.
    public var isTypingALine: Bool {
        layers.last.map { [.searchPrompt, .commandLine, .topicList].contains($0.kind) } ?? false
    }

    public var topicList: TopicListState? {
        for case .topicList(let list) in layers { return list }
        return nil
    }

    public var compareView: CompareView? {
        for case .compare(let view) in layers { return view }
        return nil
    }

    /// The search prompt while one is open.
    public internal(set) var searchPrompt: SearchPrompt? {
        get {
            for case .searchPrompt(let prompt) in layers { return prompt }
            return nil
        }
        set {
            if let newValue, let position = layers.firstIndex(where: { $0.kind == .searchPrompt }) {
                layers[position] = .searchPrompt(newValue)
            } else if let newValue {
                layers.append(.searchPrompt(newValue))
            } else {
                close(.searchPrompt)
            }
        }
    }

    var help: HelpLayer? {
        for case .help(let help) in layers { return help }
        return nil
    }
}

extension Layer {
    enum Kind { case help, topicList, compare, searchPrompt, commandLine }

    var kind: Kind {
        switch self {
        case .help: return .help
        case .topicList: return .topicList
        case .compare: return .compare
        case .searchPrompt: return .searchPrompt
        case .commandLine: return .commandLine
        }
    }
}

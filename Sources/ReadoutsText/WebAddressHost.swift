/// The host of a web address given as a version's source ("https://www.elysee.fr/emmanuel-
/// macron/2024/…" → "elysee.fr"): what a pane's title shows of it. A diplomat's titles at
/// 160 columns were mostly the address's path ("Élysée · 2024-11-11 — https://lehautpanel.com/
/// 11-novembre-amitie-franco-br…"); the exports keep the whole address.
public enum WebAddressHost {
    /// The host, "www." aside, of `source` when it is an http(s) address; nil otherwise.
    public static func host(of source: String) -> String? {
        let lowered = source.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lowered.hasPrefix) else { return nil }
        var host = source.dropFirst(scheme.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" && !$0.isWhitespace }
        if host.lowercased().hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : String(host)
    }
}

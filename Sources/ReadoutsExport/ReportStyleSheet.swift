/// The HTML report's one style sheet, inline and allowed by its hash. Colours are custom
/// properties set from the light scheme, replaced by the dark one under
/// `prefers-color-scheme: dark` and put back to light for print. Columns sit side by side,
/// each scrolling on its own, and stack on narrow screens; print lets them run full length.
enum ReportStyleSheet {
    /// `versions`: how many versions the page compares, whose strips share the presence map's
    /// width (`presenceMapColumns`).
    static func css(light: ReportScheme, dark: ReportScheme, versions: Int = 2) -> String {
        let count = min(light.topics.count, dark.topics.count)
        var css = ":root{color-scheme:light dark;" + variables(light, count: count) + "}\n"
        css += "@media (prefers-color-scheme:dark){:root{" + variables(dark, count: count) + "}}\n"
        css += "@media print{:root{color-scheme:light;" + variables(light, count: count) + "}}\n"
        css += layout
        css += presenceMapColumns(versions: versions)
        for slot in 0..<count {
            css += ".t\(slot){color:var(--t\(slot));background:var(--tb\(slot))}.f\(slot){fill:var(--t\(slot))}\n"
        }
        let patterns = ["dotted", "dashed", "wavy", "double"]
        for (number, pattern) in patterns.prefix(TopicAppearance.patternCount).enumerated() {
            css += ".k\(number + 1){text-decoration:underline \(pattern);text-underline-offset:.2em}\n"
        }
        return css
    }

    static func variables(_ scheme: ReportScheme, count: Int) -> String {
        var text = "--bg:\(scheme.background);--fg:\(scheme.text);--hd:\(scheme.heading);--mu:\(scheme.muted);"
        text += "--pn:\(scheme.panel);--ru:\(scheme.rule);--ac:\(scheme.accent);--ti:\(scheme.tint);"
        text += "--bt:\(scheme.badgeText);--bb:\(scheme.badgeBackground);"
        for (slot, topic) in scheme.topics.prefix(count).enumerated() {
            text += "--t\(slot):\(topic.text);--tb\(slot):\(topic.background.map(\.description) ?? "transparent");"
        }
        return text
    }

    /// The presence map's columns: the topic's name takes `topicColumnShare` percent and
    /// the versions' strips share the rest equally, so that they sum to the table's width
    /// for any number of versions (each strip at 38% squeezed the names of three versions'
    /// topics into "Ук / раин / а"). The names wrap between words only: the page's
    /// `overflow-wrap:anywhere` is lifted there, so a long word widens the column. A version's
    /// heading may break anywhere, so that no label widens its strip beyond the others (on a
    /// phone, smaller and with less padding, so that it rarely has to); a strip keeps 2.5rem
    /// (with many versions on a phone the table scrolls sideways). A topic's swatch stays
    /// beside its mark.
    static func presenceMapColumns(versions: Int) -> String {
        let share = Double(100 - topicColumnShare) / Double(max(1, versions))
        let width = (share * 100).rounded(.down) / 100
        return ".map th[scope=row]{width:\(topicColumnShare)%;overflow-wrap:normal;word-break:normal;hyphens:manual}"
            + ".map td{width:\(width)%;vertical-align:middle}"
            + ".map thead th+th{overflow-wrap:anywhere}.map th[scope=row]>span:first-child{white-space:nowrap}"
            + "@media (max-width:44rem){.map th,.map td{padding:.3rem .3rem}.map thead th{font-size:.85rem}}\n"
    }

    /// The share of the presence map's width its topic column takes, in percent.
    static let topicColumnShare = 24

    static let layout = """
        *{box-sizing:border-box}
        html{background:var(--bg);color:var(--fg)}
        body{margin:0 auto;padding:0 1rem 2rem;max-width:110rem;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;overflow-wrap:anywhere}
        a{color:var(--ac)}
        h1,h2,h3,h4,h5,h6{color:var(--hd);line-height:1.25}
        h1{font-size:1.45rem;margin:1rem 0 .3rem}
        h2{font-size:1.15rem;margin:1.6rem 0 .4rem}
        .lede,.hint,.meta,.none,footer{color:var(--mu)}
        .lede{margin:.2rem 0}
        .hint{margin:.2rem 0 .6rem;font-size:.9rem}
        nav a{margin-right:1.2rem}
        .skip{position:absolute;left:-100vw}
        .skip:focus{left:1rem;top:.5rem;background:var(--bg);padding:.3rem .6rem;z-index:2}
        .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
        .cols{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(0,1fr);gap:1rem}
        .col{min-width:0;display:flex;flex-direction:column;border:1px solid var(--ru);border-radius:4px}
        .colhead{background:var(--pn);padding:.45rem .75rem;border-bottom:1px solid var(--ru);border-radius:4px 4px 0 0}
        .colhead h3{margin:0;font-size:1.05rem}
        .meta{margin:.1rem 0 0;font-size:.85rem}
        .txt{max-height:72vh;overflow-y:auto;padding:0 .75rem;font-family:Charter,"Bitstream Charter",Georgia,"DejaVu Serif",serif;font-size:1.02rem;line-height:1.6}
        .txt p{margin:.7rem 0}
        .txt h4,.txt h5,.txt h6{font-size:1rem;margin:1.1rem 0 .4rem}
        .lb{white-space:pre-wrap}
        .empty{font-style:italic;color:var(--mu)}
        a.p{color:inherit;text-decoration:none;border-radius:2px}
        a.p:hover{text-decoration:underline;text-decoration-color:var(--ru)}
        a.p:focus-visible{outline:2px solid var(--ac);outline-offset:1px}
        a.p.src{background:var(--ti);outline:2px solid var(--ac);outline-offset:1px}
        a.p.on,a.p:target{background:var(--ti);box-shadow:0 2px 0 var(--ac);-webkit-box-decoration-break:clone;box-decoration-break:clone}
        a.p.on.weak{box-shadow:none;outline:1px dashed var(--ac);outline-offset:1px}
        sup{font:600 .68em/0 system-ui,sans-serif;margin-left:.05em;user-select:none}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;width:100%}
        th,td{padding:.3rem .5rem;border-bottom:1px solid var(--ru);text-align:left;vertical-align:top;font-weight:normal}
        thead th{background:var(--pn);font-weight:600;overflow-wrap:normal;hyphens:auto}
        .n{text-align:right;font-variant-numeric:tabular-nums;width:7rem}
        .sw{display:inline-block;width:.85em;height:.85em;background:currentColor;vertical-align:-.08em;margin-right:.3em;border-radius:2px}
        .mk{font-weight:700;margin-right:.4em}
        tr.only th[scope=row]{box-shadow:inset 4px 0 var(--ac);padding-left:.8rem}
        .badge{display:inline-block;background:var(--bb);color:var(--bt);padding:0 .4em;margin-left:.3em;border-radius:3px;font-size:.85em;font-weight:600}
        .map svg{display:block;width:100%;min-width:2.5rem;height:.9rem}
        .trk{fill:var(--bg)}
        footer{margin-top:2rem;font-size:.85rem}
        @media (max-width:44rem){body{padding:0 .6rem 1rem}.cols{grid-auto-flow:row}.txt{max-height:36vh}.n{width:auto}}
        @media print{body{max-width:none;font-size:10pt}.txt{max-height:none;overflow:visible}nav,.hint,.skip{display:none}
        a{color:inherit;text-decoration:none}.sw,.map svg,.badge,thead th,.colhead{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        section{break-inside:auto}#texts{break-before:page}}

        """
}

/// The HTML report's one script, inline and allowed by its hash. Without it the page still
/// works: every passage is a link to its strongest partner, and `:target` highlights it.
///
/// With it, clicking or focusing a passage (`a.p`, its partners' ids in `data-l`) marks it
/// `src`, marks its partners `on` (and `weak` those in `data-w`, dashed) and scrolls each partner's column so the first partner
/// there is in view — the page too if that column is off screen (stacked columns) or cut by
/// the window's edge where the partner lies — while
/// the passage itself stays in view in its own column; Enter moves focus to the next
/// partner in turn (strongest first); Escape clears. A live region says what was
/// highlighted, for screen readers.
enum ReportScript {
    static let source = """
        "use strict";
        (() => {
          const status = document.getElementById("status");
          const turns = new WeakMap();
          let lit = [];
          const partners = (p) => (p.dataset.l || "").split(" ").filter(Boolean)
            .map((id) => document.getElementById(id)).filter(Boolean);
          const passage = (node) => node instanceof Element ? node.closest("a.p") : null;
          const label = (node) => node.closest(".col").querySelector("h3").textContent;
          // The part of a column's box that is on screen.
          function visible(box) {
            const b = box.getBoundingClientRect();
            return [Math.max(b.top, 0), Math.min(b.bottom, window.innerHeight)];
          }
          // Scrolls an element's column (never the page) so the element is in its visible part.
          function fit(el) {
            const box = el.closest(".txt");
            if (!box) return;
            const [top, bottom] = visible(box), r = el.getBoundingClientRect();
            if (r.top < top || r.bottom > bottom) box.scrollTop += r.top - top - Math.max(0, (bottom - top - r.height) / 3);
          }
          // A partner: its column brought on screen if it is not (stacked columns), then the
          // partner within it.
          function reveal(el) {
            const box = el.closest(".txt");
            if (!box) return;
            const [top, bottom] = visible(box);
            if (bottom - top < Math.min(box.clientHeight, el.getBoundingClientRect().height + 40)) box.scrollIntoView({ block: "nearest" });
            fit(el);
            // A column the window's edge cuts may not scroll far enough to show its last
            // passages (the topic table above pushes the columns down): then the page.
            const r = el.getBoundingClientRect();
            if (r.top < 0 || r.bottom > window.innerHeight) el.scrollIntoView({ block: "nearest" });
          }
          function clear() {
            for (const el of lit) el.classList.remove("src", "on", "weak");
            lit = [];
            status.textContent = "";
          }
          function select(p) {
            clear();
            const list = partners(p);
            p.classList.add("src");
            lit = [p, ...list];
            const shown = new Set(), weak = new Set((p.dataset.w || "").split(" ").filter(Boolean));
            for (const q of list) {
              q.classList.add("on");
              if (weak.has(q.id)) q.classList.add("weak");
              const box = q.closest(".txt");
              if (!shown.has(box)) { shown.add(box); reveal(q); }
            }
            fit(p);
            const where = [...new Set(list.map(label))].join(", ");
            status.textContent = list.length === 0 ? "" : list.length + (list.length === 1 ? " linked passage" : " linked passages")
              + " highlighted in " + where + (weak.size === 0 ? "" : " ("
              + (weak.size < list.length ? weak.size + " " : list.length > 1 ? "all " : "") + "weakly: a dashed outline)") + ". Enter moves to " + (list.length === 1 ? "it." : "each in turn.");
          }
          document.addEventListener("focusin", (e) => { const p = passage(e.target); if (p) select(p); });
          document.addEventListener("click", (e) => {
            const p = passage(e.target);
            if (!p) return;
            e.preventDefault();
            if (document.activeElement !== p) p.focus({ preventScroll: true });
            select(p);
          });
          document.addEventListener("keydown", (e) => {
            if (e.key === "Escape") { clear(); return; }
            if (e.key !== "Enter" || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
            const p = passage(e.target);
            if (!p) return;
            e.preventDefault();
            const list = partners(p);
            if (list.length === 0) return;
            const turn = turns.get(p) || 0;
            turns.set(p, turn + 1);
            const q = list[turn % list.length];
            q.focus({ preventScroll: true });
            reveal(q);
          });
        })();

        """
}

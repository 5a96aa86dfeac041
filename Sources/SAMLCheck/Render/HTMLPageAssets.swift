/// The style sheet and script the HTML report carries inline: the page loads nothing (its
/// Content-Security-Policy forbids it), so a report saved as a CI artefact or mailed to a
/// registrar looks the same everywhere.
///
/// The page is complete without the script: every entity row, finding and certificate is in
/// the markup. The script only adds a filter box (by entity ID) and a rule filter, sorting of
/// the entity table by any column, and paging of long lists (100 at a time), so that a
/// 10,000-entity aggregate stays usable. `#filter=TEXT&rule=ID` in the address pre-sets the
/// filters, so a link can point at one entity's or one rule's findings.
enum HTMLPageAssets {
    /// Run first, in the head: with script on, long lists show only their first page while the
    /// page loads, so the browser need not lay out 10,000 rows that the pager hides at the end.
    static let earlyScript = "document.documentElement.classList.add(\"js\");"

    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

    static let style = """
    :root{--error:#b3261e;--warning:#8a5a00;--info:#1f5fbf;--ok:#1e7d34;--muted:#5f6368;--line:#d9dce1}
    body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0 auto;max-width:1200px;padding:0 1.5em 3em;color:#1d1d1f;background:#fff}
    h1{font-size:1.6em;margin:.8em 0 .2em}
    h2{font-size:1.3em;margin:1.8em 0 .4em;border-bottom:2px solid var(--line);padding-bottom:.2em;overflow-wrap:anywhere}
    h3{font-size:1.05em;margin:1.4em 0 .4em}
    .run,.none,.muted{color:var(--muted)}
    dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:.5em 0}
    dl.facts dt{font-weight:600}
    .status{font-weight:700;padding:0 .4em;border-radius:3px;color:#fff;white-space:nowrap}
    .status.valid{background:var(--ok)}.status.invalid,.status.unreadable{background:var(--error)}.status.untrusted{background:var(--warning)}
    .status.absent,.status.not-checked{background:var(--muted)}
    .banner{padding:.6em 1em;border-radius:6px;color:#fff;font-size:1.1em;margin:1em 0}
    .banner.work{background:var(--ok)}.banner.fail{background:var(--error)}
    .sev{display:inline-block;min-width:4.6em;text-align:center;font-size:.8em;font-weight:700;border-radius:3px;color:#fff;padding:0 .3em;margin-right:.3em}
    .sev.error,li.error::before{background:var(--error)}.sev.warning,li.warning::before{background:var(--warning)}.sev.info,li.info::before{background:var(--info)}
    ul.findings li::before{content:attr(class);display:inline-block;min-width:4.6em;text-align:center;font-size:.8em;font-weight:700;border-radius:3px;color:#fff;padding:0 .3em;margin-right:.4em}
    html.js:not(.paged) [data-paged]>:nth-child(n+101){display:none}
    .n-error{color:var(--error);font-weight:600}.n-warning{color:var(--warning);font-weight:600}
    table{border-collapse:collapse;width:100%;margin:.3em 0}
    th,td{text-align:left;padding:.25em .5em;border-bottom:1px solid var(--line);vertical-align:top}
    th{background:#f4f5f7}th[data-sort]{cursor:pointer;user-select:none}
    th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
    .num{text-align:right;font-variant-numeric:tabular-nums}
    td.entity,summary{overflow-wrap:anywhere}
    details.group{border:1px solid var(--line);border-radius:4px;margin:.3em 0;padding:.2em .6em;content-visibility:auto;contain-intrinsic-size:auto 2em}
    details.group>summary{cursor:pointer}
    ul.findings{list-style:none;padding:0;margin:.3em 0}
    ul.findings li{padding:.15em 0;border-top:1px dotted var(--line);overflow-wrap:anywhere}
    .rule{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em}
    .other{color:var(--muted);font-size:.9em}
    .hint{color:var(--muted);margin:0 0 0 5.4em}
    .explain p{margin:.3em 0}
    svg.timeline{max-width:100%;height:auto;font:11px system-ui,"DejaVu Sans",sans-serif;display:block}
    svg .band{fill:#fff1d6}svg .today{stroke:var(--error);stroke-width:1.5}svg .tick{stroke:#e3e5e8}svg .year{fill:var(--muted)}
    svg .certificate text{fill:#1d1d1f}svg .ok rect{fill:#4a8fd9}svg .soon rect{fill:#e0a000}svg .expired rect{fill:var(--error)}svg .expired text{fill:var(--error)}
    .legend .expired{color:var(--error);font-weight:600}.legend .soon{color:var(--warning);font-weight:600}
    .controls{display:flex;flex-wrap:wrap;gap:.6em;align-items:center;margin:.6em 0;position:sticky;top:0;background:#fff;padding:.4em 0;z-index:1}
    .controls:empty{display:none}
    .controls input{flex:1;min-width:12em;max-width:30em;padding:.3em}
    .pager{margin:.4em 0;display:flex;gap:.6em;align-items:center}
    [hidden]{display:none!important}
    @media print{.controls,.pager{display:none}details.group{content-visibility:visible}}
    """

    static let script = """
    (function () {
      "use strict";
      var PAGE = 100;
      function entityOf(item) { return (item.getAttribute("data-entity") || "").toLowerCase(); }
      function hasRule(item, rule) { return (" " + (item.getAttribute("data-rules") || "") + " ").indexOf(" " + rule + " ") >= 0; }

      function Pager(container) {
        this.container = container;
        container.pager = this;
        this.items = Array.prototype.slice.call(container.children);
        this.predicate = function () { return true; };
        this.matching = this.items;
        this.page = 0;
        this.nav = document.createElement("div");
        this.nav.className = "pager";
        var anchor = container.closest("table") || container;
        anchor.parentNode.insertBefore(this.nav, anchor.nextSibling);
        this.render();
      }
      Pager.prototype.setItems = function (items) { this.items = items; this.filter(this.predicate, true); };
      Pager.prototype.filter = function (predicate, keepPage) {
        this.predicate = predicate;
        this.matching = this.items.filter(predicate);
        if (!keepPage) { this.page = 0; }
        this.render();
      };
      Pager.prototype.render = function () {
        var self = this, pages = Math.max(1, Math.ceil(this.matching.length / PAGE));
        if (this.page >= pages) { this.page = pages - 1; }
        var from = this.page * PAGE, to = Math.min(from + PAGE, this.matching.length);
        this.items.forEach(function (item) { item.hidden = true; });
        for (var i = from; i < to; i++) { this.matching[i].hidden = false; }
        this.nav.textContent = "";
        this.nav.hidden = this.items.length <= PAGE && this.matching.length === this.items.length;
        function button(label, page, disabled) {
          var b = document.createElement("button");
          b.type = "button"; b.textContent = label; b.disabled = disabled;
          b.addEventListener("click", function () { self.page = page; self.render(); });
          self.nav.appendChild(b);
        }
        button("\\u2039 previous", this.page - 1, this.page === 0);
        var label = document.createElement("span");
        label.textContent = this.matching.length === 0 ? "nothing matches"
          : (from + 1) + "\\u2013" + to + " of " + this.matching.length
            + (this.matching.length < this.items.length ? " (filtered from " + this.items.length + ")" : "");
        this.nav.appendChild(label);
        button("next \\u203A", this.page + 1, this.page >= pages - 1);
      };
      Pager.prototype.reveal = function (item) {
        var index = this.matching.indexOf(item);
        if (index < 0) { this.filter(function () { return true; }); index = this.items.indexOf(item); }
        this.page = Math.floor(index / PAGE);
        this.render();
      };

      function setUpSection(section, initial) {
        var pagers = Array.prototype.map.call(section.querySelectorAll("[data-paged]"), function (c) { return new Pager(c); });
        var controls = section.querySelector(".controls");
        if (!controls) { return; }
        var search = document.createElement("input");
        search.type = "search"; search.className = "search"; search.placeholder = "Filter by entity ID";
        search.setAttribute("aria-label", "Filter by entity ID");
        var rule = document.createElement("select");
        rule.className = "rule-filter"; rule.setAttribute("aria-label", "Only findings of rule");
        rule.appendChild(new Option("all rules", ""));
        section.querySelectorAll("tr[data-rule]").forEach(function (row) {
          var id = row.getAttribute("data-rule");
          rule.appendChild(new Option(id, id));
        });
        controls.appendChild(search);
        controls.appendChild(rule);
        function apply() {
          var text = search.value.trim().toLowerCase(), wanted = rule.value;
          pagers.forEach(function (pager) {
            pager.filter(function (item) {
              if (text && entityOf(item).indexOf(text) < 0) { return false; }
              var findings = item.querySelectorAll("li[data-rule]"), shown = 0;
              for (var i = 0; i < findings.length; i++) {
                var keep = !wanted || findings[i].getAttribute("data-rule") === wanted;
                findings[i].hidden = !keep;
                if (keep) { shown++; }
              }
              if (!wanted) { return true; }
              return findings.length ? shown > 0 : hasRule(item, wanted);
            });
          });
          var state = new URLSearchParams();
          if (search.value) { state.set("filter", search.value); }
          if (wanted) { state.set("rule", wanted); }
          if (state.toString() || /[=]/.test(location.hash)) {
            try { history.replaceState(null, "", "#" + state.toString()); } catch (e) { /* file: pages may refuse */ }
          }
        }
        search.addEventListener("input", apply);
        rule.addEventListener("change", apply);
        section.querySelectorAll("a[data-show-rule]").forEach(function (link) {
          link.addEventListener("click", function () { rule.value = link.getAttribute("data-show-rule"); apply(); });
        });
        section.querySelectorAll("table.entities th[data-sort]").forEach(function (th) {
          th.tabIndex = 0;
          function sort() {
            var table = th.closest("table"), body = table.tBodies[0], column = th.cellIndex;
            var numeric = th.getAttribute("data-sort") === "number";
            var descending = th.getAttribute("aria-sort") === "ascending";
            table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", descending ? "descending" : "ascending");
            var rows = Array.prototype.slice.call(body.rows);
            function key(row) { var cell = row.cells[column]; return cell.getAttribute("data-value") || cell.textContent; }
            rows.sort(function (a, b) {
              var order = numeric ? parseFloat(key(a)) - parseFloat(key(b)) : key(a).localeCompare(key(b));
              return descending ? -order : order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
            if (body.pager) { body.pager.setItems(rows); }
          }
          th.addEventListener("click", sort);
          th.addEventListener("keydown", function (event) { if (event.key === "Enter") { sort(); } });
        });
        if (initial.get("filter")) { search.value = initial.get("filter"); }
        if (initial.get("rule")) { rule.value = initial.get("rule"); }
        if (search.value || rule.value) { apply(); }
      }

      function revealTarget() {
        var id = decodeURIComponent(location.hash.slice(1));
        var target = id && id.indexOf("=") < 0 ? document.getElementById(id) : null;
        if (!target) { return; }
        var item = target.closest("[data-paged] > *");
        if (item && item.parentNode.pager) { item.parentNode.pager.reveal(item); }
        if (target.tagName === "DETAILS") { target.open = true; }
        target.scrollIntoView();
      }

      var initial = new URLSearchParams(location.hash.indexOf("=") >= 0 ? location.hash.slice(1) : "");
      document.querySelectorAll("section.document").forEach(function (section) { setUpSection(section, initial); });
      document.documentElement.classList.add("paged");
      document.documentElement.setAttribute("data-script", "ready");
      window.addEventListener("hashchange", revealTarget);
      revealTarget();
    })();
    """
}

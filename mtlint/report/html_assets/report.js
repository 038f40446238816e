(() => {
  "use strict";
  // The report's data: see mtlint/report/html_data.py. Article text is only ever
  // inserted as text nodes (never as markup), and only when the article is opened.
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const F = Object.fromEntries(data.fields.map((name, i) => [name, i]));
  const SEVERITIES = ["error", "warning", "info"];
  const FAMILIES = data.families.map(([letter]) => letter);
  // Rows are added a page at a time as the list scrolls: a browser lays out
  // 2,000 rows of 20 cells in seconds, and the worst articles come first anyway.
  const PAGE = 200;
  const state = {
    families: new Set(FAMILIES), severities: new Set(SEVERITIES), path: "", open: -1,
    pending: [], key: "",
  };
  const $ = (id) => document.getElementById(id);
  const familyOf = (finding) => data.rules[finding[F.rule]][1];

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function isShown(finding) {
    return state.families.has(familyOf(finding)) && state.severities.has(finding[F.severity]);
  }

  function narrowed() {
    return state.families.size < FAMILIES.length || state.severities.size < SEVERITIES.length;
  }

  function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
  }

  // ---- filters -------------------------------------------------------------

  function chip(group, value, label, title) {
    const box = el("label", "chip");
    const input = el("input");
    input.type = "checkbox";
    input.checked = true;
    input.dataset[group] = value;
    box.title = title;
    box.append(input, document.createTextNode(label));
    return box;
  }

  function buildFilters() {
    const families = $("family-filters");
    for (const [letter, name, count] of data.families) {
      families.append(chip("family", letter, `${letter} ${name} (${count})`,
        `${count} findings of family ${letter} (${name})`));
    }
    const all = el("button", "", "all");
    all.type = "button";
    all.addEventListener("click", () => setFamilies(FAMILIES));
    families.append(all);
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
    for (const article of data.articles) {
      for (const finding of article.findings) counts[finding[F.severity]] += 1;
    }
    const severities = $("severity-filters");
    for (const severity of SEVERITIES) {
      severities.append(chip("severity", severity, `${severity} (${counts[severity]})`,
        `${counts[severity]} findings of severity ${severity}`));
    }
    $("filters").addEventListener("change", readFilters);
    $("filters").addEventListener("submit", (event) => event.preventDefault());
    $("path-filter").addEventListener("input", readFilters);
    for (const bar of document.querySelectorAll(".chart .bar")) {
      bar.addEventListener("click", () => setFamilies([bar.dataset.family]));
    }
  }

  function setFamilies(letters) {
    for (const input of document.querySelectorAll("input[data-family]")) {
      input.checked = letters.includes(input.dataset.family);
    }
    readFilters();
  }

  function filterKey() {
    return [[...state.families], [...state.severities], state.path].join("|");
  }

  function readFilters() {
    state.families = new Set([...document.querySelectorAll("input[data-family]:checked")]
      .map((input) => input.dataset.family));
    state.severities = new Set([...document.querySelectorAll("input[data-severity]:checked")]
      .map((input) => input.dataset.severity));
    state.path = $("path-filter").value.trim().toLowerCase();
    // The search field also sends "change" when it loses focus, which a click on a row
    // does: re-rendering then would swallow that click.
    if (filterKey() === state.key) return;
    state.key = filterKey();
    renderTable();
    if (state.open >= 0) openArticle(state.open, false);
  }

  // ---- the table of articles --------------------------------------------------

  function buildHead() {
    const head = $("articles-head");
    const cells = [["Score", "MQM penalty points per 100 words; higher is worse"],
      ["Article", ""], ["Words", "words counted for the score"],
      ["Findings", "findings that match the filters"]];
    for (const [letter, name] of data.families) cells.push([letter, `family ${letter}: ${name}`]);
    cells.push(["Fixable", "findings that mtlint --fix fixes safely"]);
    for (const [label, title] of cells) {
      const th = el("th", label === "Article" ? "path" : "", label);
      if (title) th.title = title;
      th.scope = "col";
      head.append(th);
    }
  }

  function scoreClass(article) {
    if (data.max_score !== null && article.score > data.max_score) return "score over";
    if (article.score === 0) return "score s-clean";
    if (article.score <= 1) return "score s-low";
    return article.score <= 5 ? "score s-mid" : "score s-high";
  }

  function numberCell(n, className = "") {
    return el("td", n === 0 ? `${className} zero`.trim() : className, String(n));
  }

  // Long paths may wrap after a slash, not inside a name.
  function pathCell(path) {
    const cell = el("td", "path");
    path.split("/").forEach((part, i) => {
      if (i) cell.append("/", el("wbr"));
      cell.append(part);
    });
    return cell;
  }

  function articleRow(article, index, shown) {
    const row = el("tr");
    row.dataset.index = String(index);
    row.tabIndex = 0;
    if (index === state.open) row.className = "open";
    const perFamily = Object.fromEntries(FAMILIES.map((letter) => [letter, 0]));
    let fixable = 0;
    for (const finding of shown) {
      perFamily[familyOf(finding)] += 1;
      if (finding[F.fix_applicability] === "safe") fixable += 1;
    }
    const score = el("td", scoreClass(article), article.score.toFixed(2));
    score.title = `${article.penalty} penalty points over ${article.words} words`;
    row.append(score, pathCell(article.path), numberCell(article.words),
      numberCell(shown.length, "total"));
    for (const letter of FAMILIES) row.append(numberCell(perFamily[letter], `fam-${letter}`));
    row.append(numberCell(fixable, "fixable"));
    return row;
  }

  function renderTable() {
    const matches = [];
    let findings = 0;
    data.articles.forEach((article, index) => {
      if (state.path && !article.path.toLowerCase().includes(state.path)) return;
      const shown = article.findings.filter(isShown);
      if (shown.length === 0 && narrowed()) return;
      findings += shown.length;
      matches.push([article, index, shown]);
    });
    $("status").textContent =
      `Showing ${matches.length} of ${plural(data.articles.length, "article")}, ` +
      `${plural(findings, "finding")}`;
    state.pending = matches;
    $("articles-body").replaceChildren();
    appendRows();
  }

  const moreObserver = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) appendRows();
  }, { root: document.querySelector(".list"), rootMargin: "600px" });

  function appendRows() {
    moreObserver.disconnect();
    const body = $("articles-body");
    body.querySelector("tr.more")?.remove();
    const rows = document.createDocumentFragment();
    for (const [article, index, shown] of state.pending.splice(0, PAGE)) {
      rows.append(articleRow(article, index, shown));
    }
    if (state.pending.length) {
      const more = el("tr", "more");
      const cell = el("td", "", `${plural(state.pending.length, "more article")}: ` +
        "scroll down or click here to list them");
      cell.colSpan = FAMILIES.length + 5;
      more.tabIndex = 0;
      more.append(cell);
      rows.append(more);
      moreObserver.observe(more);
    }
    body.append(rows);
  }

  function rowEvent(event) {
    if (event.target.closest("tr.more")) {
      if (event.type === "click" || event.key === "Enter") appendRows();
      return;
    }
    const row = event.target.closest("tr[data-index]");
    if (!row) return;
    if (event.type === "keydown" && event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    openArticle(Number(row.dataset.index), true);
  }

  // ---- one article, rendered only when opened -------------------------------------

  function fixText(chars, finding) {
    const edits = finding[F.fix_edits] || [];
    const shown = edits.map(([start, end, replacement]) => {
      const before = chars.slice(start, end).join("");
      if (start === end) return `insert “${replacement}”`;
      return replacement === "" ? `delete “${before}”` : `“${before}” → “${replacement}”`;
    });
    return shown.join("; ");
  }

  function describe(finding, chars) {
    const item = el("div", "item");
    const severity = finding[F.severity];
    item.append(el("span", `badge sev-${severity}`, severity),
      el("span", "rule", finding[F.rule]),
      el("span", "name", data.rules[finding[F.rule]][0]),
      el("div", "msg", finding[F.message]));
    if (finding[F.fix_applicability]) {
      const fix = el("span", "fix",
        `Fix (${finding[F.fix_applicability]}): ${finding[F.fix_message]} `);
      fix.append(el("span", "edit", fixText(chars, finding)));
      item.append(fix);
    }
    return item;
  }

  function tooltip(findings) {
    return findings.map((finding) => {
      const fix = finding[F.fix_applicability]
        ? `\nFix (${finding[F.fix_applicability]}): ${finding[F.fix_message]}` : "";
      return `${finding[F.rule]} ${finding[F.message]}${fix}`;
    }).join("\n\n");
  }

  function addAt(map, key, value) {
    if (!map.has(key)) map.set(key, []);
    map.get(key).push(value);
  }

  function markFor(ids, findings, text) {
    const covering = ids.map((id) => findings[id]);
    const worst = SEVERITIES.find((s) => covering.some((f) => f[F.severity] === s));
    const mark = el("mark", `sev-${worst}${text === "" ? " insert" : ""}`, text);
    mark.dataset.ids = ids.join(" ");
    mark.title = tooltip(covering);
    mark.tabIndex = 0;
    return mark;
  }

  // Cut the text at every finding boundary; each piece is marked with the findings
  // covering it, so overlapping findings stay visible. Offsets are code points.
  function markedText(chars, findings, ids) {
    const starts = new Map();
    const ends = new Map();
    const inserts = new Map();
    const cuts = new Set([0, chars.length]);
    for (const id of ids) {
      const [start, end] = [findings[id][F.start], findings[id][F.end]];
      cuts.add(start);
      cuts.add(end);
      if (start === end) addAt(inserts, start, id);
      else { addAt(starts, start, id); addAt(ends, end, id); }
    }
    const fragment = document.createDocumentFragment();
    const active = new Set();
    const sorted = [...cuts].sort((a, b) => a - b);
    sorted.forEach((at, k) => {
      for (const id of ends.get(at) || []) active.delete(id);
      for (const id of starts.get(at) || []) active.add(id);
      if (inserts.has(at)) fragment.append(markFor(inserts.get(at), findings, ""));
      if (k + 1 === sorted.length) return;
      const piece = chars.slice(at, sorted[k + 1]).join("");
      fragment.append(active.size ? markFor([...active].sort((a, b) => a - b), findings, piece)
        : document.createTextNode(piece));
    });
    return fragment;
  }

  function openArticle(index, scroll) {
    hidePopover();
    state.open = index;
    for (const row of document.querySelectorAll("#articles-body tr.open")) row.className = "";
    const row = document.querySelector(`#articles-body tr[data-index="${index}"]`);
    if (row) row.className = "open";
    const article = data.articles[index];
    const chars = Array.from(article.text);
    const findings = article.findings;
    const ids = findings.map((_, id) => id).filter((id) => isShown(findings[id]));
    const detail = $("detail");
    const fixable = findings.filter((f) => f[F.fix_applicability] === "safe").length;
    const meta = `Score ${article.score.toFixed(2)} · ${plural(article.words, "word")} · ` +
      `${article.penalty} penalty points · ${plural(findings.length, "finding")}` +
      (fixable ? ` (${fixable} fixable with --fix)` : "") +
      (ids.length < findings.length ? ` · ${ids.length} shown by the filters` : "");
    const list = el("ol", "findings");
    list.setAttribute("aria-label", "Findings");
    for (const id of ids) {
      const item = el("li", `sev-${findings[id][F.severity]}`);
      item.dataset.id = String(id);
      item.append(el("span", "loc", `line ${findings[id][F.line]}`),
        describe(findings[id], chars));
      list.append(item);
    }
    const text = el("pre", "article-text");
    text.append(markedText(chars, findings, ids));
    const parts = [el("h2", "", article.path), el("p", "meta", meta)];
    if (data.fixing) {
      parts.push(el("p", "hint", "Fixes were applied: this is the fixed text and what remains."));
    }
    if (!ids.length) parts.push(el("p", "hint", "No findings match the filters."));
    const heading = el("h3", "", ids.length ? "Findings" : "");
    detail.replaceChildren(...parts, text, heading, list, $("popover"));
    detail.dataset.index = String(index);
    if (scroll) detail.scrollTop = 0;
  }

  // ---- picking a finding: the popover with its message and fix ------------------------

  function hidePopover() {
    $("popover").hidden = true;
    for (const node of document.querySelectorAll(".picked, .flash")) {
      node.classList.remove("picked", "flash");
    }
  }

  function pick(ids, anchor) {
    hidePopover();
    const article = data.articles[state.open];
    const chars = Array.from(article.text);
    const popover = $("popover");
    popover.replaceChildren(...ids.map((id) => describe(article.findings[id], chars)));
    for (const id of ids) {
      document.querySelector(`.findings li[data-id="${id}"]`)?.classList.add("picked");
      for (const mark of document.querySelectorAll("#detail mark")) {
        if (mark.dataset.ids.split(" ").includes(String(id))) mark.classList.add("flash");
      }
    }
    // The popover lives inside the scrolling detail pane, so it moves with the text.
    const detail = $("detail");
    const box = anchor.getBoundingClientRect();
    const pane = detail.getBoundingClientRect();
    popover.hidden = false;
    const left = box.left - pane.left + detail.scrollLeft;
    popover.style.left = `${Math.max(4, Math.min(left, detail.clientWidth - popover.offsetWidth - 4))}px`;
    popover.style.top = `${box.bottom - pane.top + detail.scrollTop + 6}px`;
  }

  function detailEvent(event) {
    if (event.type === "keydown" && event.key !== "Enter") return;
    const mark = event.target.closest("mark");
    if (mark) {
      pick(mark.dataset.ids.split(" ").map(Number), mark);
      return;
    }
    const item = event.target.closest(".findings li");
    if (!item) return;
    const id = item.dataset.id;
    const target = [...document.querySelectorAll("#detail mark")]
      .find((node) => node.dataset.ids.split(" ").includes(id));
    if (!target) return;
    target.scrollIntoView({ block: "center" });
    pick([Number(id)], target);
  }

  buildFilters();
  buildHead();
  state.key = filterKey();
  renderTable();
  $("articles-body").addEventListener("click", rowEvent);
  $("articles-body").addEventListener("keydown", rowEvent);
  $("detail").addEventListener("click", detailEvent);
  $("detail").addEventListener("keydown", detailEvent);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hidePopover();
  });
  document.addEventListener("click", (event) => {
    if (!event.target.closest("#popover, #detail mark, .findings li")) hidePopover();
  });
})();

// The search box in the header: Pagefind (built by hooks/dialog_pages.py), loaded with
// import() the first time the box is used, so a page view fetches nothing for search.
// Keyboard: "/" opens, arrows move between results, Enter follows, Esc closes.

function setUp(box) {
  const toggle = document.getElementById("__search");
  const input = box.querySelector(".dq-search__input");
  const form = box.querySelector("[data-dq-search-form]");
  const output = box.querySelector(".dq-search__results");
  const list = box.querySelector("#dq-search-results");
  const status = box.querySelector("#dq-search-status");
  const lang = document.documentElement.lang === "en" ? "en" : "da";
  const text = TEXTS[lang];
  const config = JSON.parse(document.getElementById("__config").textContent);
  const root = new URL(config.base.replace(/\/?$/, "/"), location.href);
  let engine = null;
  let timer = 0;

  // Pagefind and our word list, fetched once, on first use.
  function load() {
    engine ??= Promise.all([
      import(new URL("pagefind/pagefind.js", root).href),
      fetch(new URL(`pagefind/dq-words.${lang}.json`, root)).then((r) => r.json()),
    ]).then(async ([pagefind, words]) => {
      await pagefind.options({ baseUrl: root.pathname, excerptLength: 24 });
      await pagefind.init();
      return { pagefind, words };
    });
    return engine;
  }

  function open() {
    toggle.checked = true;
    input.focus();
  }

  function close() {
    toggle.checked = false;
    input.blur();
  }

  input.addEventListener("focus", () => {
    toggle.checked = true;
    load().catch(() => show([], input.value, text.failed));
  });
  toggle.addEventListener("change", () => toggle.checked && input.focus());
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), 80);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    list.querySelector("a")?.click();
  });
  form.addEventListener("reset", () => {
    setTimeout(() => { show([], "", text.idle); input.focus(); });
  });

  document.addEventListener("keydown", (event) => {
    const target = event.target;
    const typing = target instanceof HTMLElement &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      open();
    }
  });
  box.addEventListener("keydown", (event) => {
    const links = [...list.querySelectorAll("a")];
    const at = links.indexOf(document.activeElement);
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" && links.length) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : links[at - 1]).focus();
    }
  });
  // A result on this page: close the box so the question is not hidden behind it.
  list.addEventListener("click", (event) => {
    if (event.target.closest("a")) toggle.checked = false;
  });

  async function run(raw) {
    const query = raw.trim();
    if (!query) return show([], raw, text.idle);
    let found;
    try {
      found = await find(query, await load());
    } catch {
      return show([], raw, text.failed);
    }
    if (input.value !== raw) return; // the reader typed on
    const { items, plan, suggest, total } = found;
    if (!items.length) return show([], raw, text.none(query), suggest);
    const count = text.count(total, Math.min(total, SHOWN));
    const note = plan.corrected ? `${text.corrected(plan.terms.join(" "))}: ${count}` : count;
    show(items, raw, note);
  }

  function show(items, query, message, suggest = []) {
    list.replaceChildren(...items.map(item), ...suggestions(suggest));
    status.textContent = message;
    output.dataset.dqSearchQuery = query;
    output.dataset.dqSearchState = query.trim() ? "done" : "idle";
  }

  function item(result) {
    const li = el("li", "md-search-result__item" + (result.sub ? " dq-search__sub" : ""));
    const a = el("a", "md-search-result__link dq-search__link");
    a.href = new URL(result.url.replace(/^\//, ""), root).href;
    const article = el("article", "md-search-result__article md-typeset");
    if (result.context) article.append(el("p", "dq-search__context", result.context));
    const title = el("p", "dq-search__title");
    title.append(...result.title);
    article.append(title);
    if (result.snippet.length) {
      const teaser = el("p", "md-search-result__teaser dq-search__snippet");
      teaser.append(...result.snippet);
      article.append(teaser);
    }
    a.append(article);
    li.append(a);
    return li;
  }

  function suggestions(suggest) {
    if (!suggest.length) return [];
    const li = el("li", "dq-search__suggest");
    li.append(el("p", "", text.suggest));
    const ul = el("ul");
    for (const [title, url] of suggest) {
      const a = el("a", "dq-search__link", title);
      a.href = new URL(url.replace(/^\//, ""), root).href;
      const entry = el("li");
      entry.append(a);
      ul.append(entry);
    }
    li.append(ul);
    return [li];
  }
}

// The query: each word must be known to the index (as itself, a longer word it begins, or
// an inflection of an indexed word); an unknown word is corrected to the nearest indexed
// word, or the search finds nothing. So "viceværter" never finds "vi", nor "forankring" "for".
export function planQuery(query, words) {
  const terms = [];
  let corrected = false;
  const unknown = [];
  for (const term of query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    if (known(term, words)) {
      terms.push(term);
      continue;
    }
    const near = nearest(term, words);
    if (near) {
      terms.push(near);
      corrected = true;
    } else {
      unknown.push(term);
    }
  }
  return { terms, corrected, unknown };
}

function known(term, words) {
  const i = lowerBound(words, term);
  if (i < words.length && words[i].startsWith(term)) return true;
  if (term.length < 5) return false;
  for (let k = term.length - 1; k >= Math.max(4, term.length - 3); k--) {
    const stem = term.slice(0, k);
    const j = lowerBound(words, stem);
    if (j < words.length && words[j] === stem) return true;
  }
  return false;
}

function nearest(term, words) {
  const limit = term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0;
  let best = null;
  let bestDistance = limit + 1;
  for (const word of words) {
    if (Math.abs(word.length - term.length) > limit) continue;
    const d = distance(term, word, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [word, d];
  }
  return best;
}

// Optimal string alignment distance (Levenshtein plus swapped neighbours), capped at `cap`.
function distance(a, b, cap) {
  let prev2 = null;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      row.push(v);
      low = Math.min(low, v);
    }
    if (low >= cap) return cap;
    [prev2, prev] = [prev, row];
  }
  return prev[b.length];
}

function lowerBound(words, term) {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid] < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

async function find(query, { pagefind, words }) {
  const plan = planQuery(query, words.words);
  const suggest = words.suggest;
  if (!plan.terms.length || plan.unknown.length) return { items: [], plan, suggest };
  const search = await pagefind.search(plan.terms.join(" "));
  // Each result's text is a fragment of its own (~1 KB): fetch only those shown.
  const data = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
  const items = [];
  for (const page of data) {
    if (page.meta.kind) {
      items.push(recordItem(page));
    } else {
      items.push(...pageItems(page));
    }
  }
  return { items: items.slice(0, 2 * SHOWN), plan, suggest, total: search.results.length };
}

// A record made from the content: mark the words that were found, or the word an added
// word (dictionary form, compound part, synonym) came from.
function recordItem(page) {
  const words = page.content.split(/\s+/).filter(Boolean);
  const n = Number(page.meta.n) || words.length;
  const origin = (page.meta.x || "").split(" ").filter(Boolean).map(Number);
  const hits = new Set(page.locations.map((at) => (at < n ? at : origin[at - n])));
  const titleWords = page.meta.title.split(/\s+/).filter(Boolean);
  const titleLength = titleWords.length;
  const body = [];
  for (let i = titleLength; i < n; i++) body.push(i);
  const first = body.find((i) => hits.has(i)) ?? titleLength;
  const start = Math.max(titleLength, Math.min(first - 8, n - 24));
  const window = body.filter((i) => i >= start && i < start + 24);
  const snippet = marked(words, window, hits);
  if (window.length && window[0] > titleLength) snippet.unshift("… ");
  if (window.length && window.at(-1) < n - 1) snippet.push(" …");
  return {
    url: page.meta.url, // the record's own address (its file name while indexing is not)
    context: page.meta.context || "",
    // The title's own words: Pagefind puts a full stop after the heading in its text.
    title: marked(titleWords, [...titleWords.keys()], hits),
    snippet,
  };
}

function marked(words, indexes, hits) {
  const out = [];
  indexes.forEach((i, k) => {
    if (k) out.push(" ");
    const [, before, word, after] = words[i].match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u);
    if (hits.has(i) && word) out.push(before, el("mark", "", word), after);
    else out.push(words[i]);
  });
  return out;
}

// A written page: the page, and up to 5 of its sections that match (Pagefind shows 3).
function pageItems(page) {
  const items = [{ url: page.url, context: "", title: [page.meta.title || page.url],
                   snippet: excerpt(page.excerpt) }];
  for (const sub of (page.sub_results || []).slice(0, 6)) {
    if (sub.url === page.url || sub.title === page.meta.title) continue;
    items.push({ url: sub.url, context: page.meta.title || "", title: [sub.title],
                 snippet: excerpt(sub.excerpt), sub: true });
    if (items.length > 5) break;
  }
  return items;
}

// Pagefind's excerpt as text nodes and <mark>s only: nothing else of it becomes markup.
function excerpt(htmlText) {
  const template = document.createElement("template");
  template.innerHTML = htmlText || "";
  return [...template.content.childNodes].map((node) =>
    node.nodeName === "MARK" ? el("mark", "", node.textContent) : node.textContent);
}

function el(tag, className = "", content = "") {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content) node.textContent = content;
  return node;
}

const SHOWN = 12; // results shown (a written page adds up to 5 of its sections)

const TEXTS = {
  da: {
    idle: "Skriv for at søge",
    failed: "Søgningen kunne ikke indlæses.",
    none: (q) => `Ingen resultater for »${q}«`,
    count: (n, shown) => (n === 1 ? "1 resultat"
      : shown < n ? `${n} resultater, de ${shown} bedste vises` : `${n} resultater`),
    corrected: (q) => `Viser resultater for »${q}«`,
    suggest: "Prøv et andet ord, eller se:",
  },
  en: {
    idle: "Type to search",
    failed: "Search could not be loaded.",
    none: (q) => `No results for “${q}”`,
    count: (n, shown) => (n === 1 ? "1 result"
      : shown < n ? `${n} results, the best ${shown} shown` : `${n} results`),
    corrected: (q) => `Showing results for “${q}”`,
    suggest: "Try another word, or see:",
  },
};

const box = document.querySelector("[data-dq-search]");
if (box) setUp(box);

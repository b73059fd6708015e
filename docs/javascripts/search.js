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
  // The box's texts come with the page, in its language (overrides/partials/search.html).
  const text = JSON.parse(box.querySelector("[data-dq-search-texts]").textContent);
  const config = JSON.parse(document.getElementById("__config").textContent);
  const root = new URL(config.base.replace(/\/?$/, "/"), location.href);
  let engine = null;
  let timer = 0;

  // Pagefind and our word list, fetched once, on first use; a part of the thesaurus map
  // (dq-related.*.json) only when a query has a word nothing else can read.
  function load() {
    engine ??= Promise.all([
      import(new URL("pagefind/pagefind.js", root).href),
      fetch(new URL(`pagefind/dq-words.${lang}.json`, root)).then((r) => r.json()),
    ]).then(async ([pagefind, words]) => {
      await pagefind.options({ baseUrl: root.pathname, excerptLength: 24 });
      await pagefind.init();
      const parts = new Map();
      const related = (key) => {
        if (!parts.has(key)) {
          parts.set(key, fetch(new URL(`pagefind/dq-related.${lang}.${key}.json`, root))
            .then((r) => (r.ok ? r.json() : {})).catch(() => ({})));
        }
        return parts.get(key);
      };
      return { pagefind, words, related };
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
    const { items, plan, suggest, partial, more } = found;
    if (!items.length) return show([], raw, say(text.none, query), suggest);
    // The count is the rows listed: a written page's sections are rows of their own.
    const count = partial ? text.partial : more ? say(text.best, items.length)
      : say(items.length === 1 ? text.one : text.many, items.length);
    show(items, raw, plan.shown ? `${say(text.searched, plan.shown)}. ${count}` : count);
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

// The query, word by word. A word the index knows (as itself, a longer word it begins, or an
// inflection of an indexed word) is searched as it is. An unknown word is split into the
// index's words it is made of, as the build splits the text's compounds ("beboerinddragelse"
// is "beboer" + "inddragelse", with the Danish linking letters: "sundhed-s-data"), and
// corrected to the nearest indexed word ("virksomhedspratik"); both readings are searched.
// A word none of that reads, or a split reads only in part, is read as the text's words for
// it from the thesaurus, when the map is given (`dict.related`, fetched by find() for the
// `unread` words): "sick" as "ill".
// Stop words never decide a match. So "viceværter" never finds "vi", nor "forankring" "for":
// a part is a whole indexed word of at least 3 letters.
export function planQuery(query, dict) {
  const off = new Set(dict.off || []); // mechanisms switched off, to measure each (bench/)
  const stop = new Set(off.has("stop") ? [] : dict.stop || []);
  const tokens = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const ignored = (t) => stop.has(t) || t.length < 2;
  const all = tokens.length > 0 && tokens.every(ignored); // only stop words: search them
  const slots = tokens.map((word) => {
    if (ignored(word) && !all) return { word, stop: true, readings: [] };
    const found = readings(word, dict.words, stop, off.has("split") ? null : dict.linking || "");
    // The thesaurus knows a whole word; a split that reads only part of it is a guess.
    const guessed = found.every((r) => r.how === "split" && r.terms.length < r.size);
    const related = guessed && dict.related ? relatedTerms(word, dict.related) : [];
    return { word, stop: false, guessed, readings: related.length
      ? related.map((t) => ({ terms: [t], size: 1, how: "related" })) : found };
  });
  const searched = slots.filter((s) => !s.stop && s.readings.length);
  const said = (s) => (s.readings[0].how === "related"
    ? s.readings.map((r) => r.terms[0]).join("/") : s.readings[0].terms.join(" "));
  return {
    slots,
    // What was searched, when that is not simply what was typed.
    shown: searched.some((s) => s.readings[0].how !== "word") ? searched.map(said).join(" ") : "",
    terms: [...new Set(searched.flatMap((s) => s.readings.flatMap((r) => r.terms)))],
    // Words nothing could read, or only in part, whose thesaurus part (shardKey) may: find().
    unread: off.has("related") || dict.related ? []
      : slots.filter((s) => !s.stop && s.guessed).map((s) => s.word),
  };
}

// The text's own words for a word it does not use, from the thesaurus map (related.py): the
// word, or the word less one or two letters of ending ("udløber" -> "udløbe" -> "slutte").
function relatedTerms(word, related) {
  const found = [];
  for (let cut = 0; cut <= 2 && word.length - cut >= (cut ? 4 : 3); cut++) {
    for (const term of related[word.slice(0, word.length - cut)] || []) {
      if (!found.includes(term)) found.push(term);
    }
  }
  return found.slice(0, 6);
}

// The file of the thesaurus map a word is in: its first two letters as code points, as
// related.py names it ("sick" -> "73-69").
export function shardKey(word) {
  return [...word.slice(0, 2)].map((c) => c.codePointAt(0).toString(16)).join("-");
}

// The ways to read one word: [{terms, size, how}]; a part that is not in the index still
// counts in `size`, so a text can only cover such a word in part.
function readings(word, words, stop, linking) {
  const as = known(word, words);
  if (as) return [{ terms: [as], size: 1, how: "word" }];
  const found = [];
  const near = nearest(word, words);
  if (near) found.push({ terms: [near], size: 1, how: "corrected" });
  const parts = linking === null ? null : compoundParts(word, words, stop, linking);
  if (parts) {
    const full = parts.every((p) => p.known);
    // Outside a full split a piece of 3 letters counts only as an indexed word of its own,
    // not as the start of longer ones ("udløber" is no "ber…").
    const terms = parts.filter((p) => p.known && (full || p.piece.length >= 4
      || has(words, p.piece))).map((p) => p.term);
    const reading = { terms, size: parts.length, how: "split" };
    if (full) found.unshift(reading); // a full split reads best
    else if (!near && terms.length) found.push(reading);
  }
  if (found.length > 1 && found[0].how === "split" && found[1].how === "corrected"
      && distance(word, found[1].terms[0], 2) === 1) found.reverse(); // one typo reads best
  return found;
}

// The best cut of `word` into 2-3 pieces of 3 letters or more: a piece before the last must
// be an indexed word (or one plus a linking letter), the last piece a known word. Most
// letters in known pieces first, then fewer pieces, then the most even cut.
function compoundParts(word, words, stop, linking) {
  const exact = (w) => w.length >= 3 && !stop.has(w) && has(words, w);
  // "sundheds" -> "sundhed": the word without its linking letter finds both forms.
  const head = (piece) => (linking.includes(piece.at(-1)) && exact(piece.slice(0, -1))
    ? piece.slice(0, -1) : exact(piece) ? piece : null);
  const last = (piece) => (piece.length >= 3 && !stop.has(piece) ? known(piece, words) : null);
  let best = null;
  let bestKey = null;
  const consider = (pieces) => {
    if (pieces.some((p) => p.piece.length < 3)) return;
    const knownLetters = pieces.reduce((n, p) => n + (p.known ? p.piece.length : 0), 0);
    if (!knownLetters) return;
    const key = [knownLetters, -pieces.length, Math.min(...pieces.map((p) => p.piece.length))];
    if (!bestKey || key[0] > bestKey[0] || (key[0] === bestKey[0] && (key[1] > bestKey[1]
        || (key[1] === bestKey[1] && key[2] > bestKey[2])))) {
      [best, bestKey] = [pieces, key];
    }
  };
  const piece = (text, isLast) => {
    const term = isLast ? last(text) : head(text);
    return { piece: text, term: term || text, known: Boolean(term) };
  };
  for (let i = 3; i <= word.length - 3; i++) {
    consider([piece(word.slice(0, i), false), piece(word.slice(i), true)]);
    for (let j = i + 3; j <= word.length - 3; j++) {
      consider([piece(word.slice(0, i), false), piece(word.slice(i, j), false),
                piece(word.slice(j), true)]);
    }
  }
  return best;
}

function has(words, term) {
  const i = lowerBound(words, term);
  return i < words.length && words[i] === term;
}

// The term to search for a word the index knows: the word, when an indexed word begins with
// it, or the indexed word it inflects ("inddragelse" -> "inddrage"); null when unknown.
function known(term, words) {
  const i = lowerBound(words, term);
  if (i < words.length && words[i].startsWith(term)) return term;
  if (term.length < 5) return null;
  for (let k = term.length - 1; k >= Math.max(4, term.length - 3); k--) {
    if (has(words, term.slice(0, k))) return term.slice(0, k);
  }
  return null;
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

// Each term is searched on its own. A result's coverage is the share of the query's words it
// holds, each word weighted by how rare it is in the index (a word in every text tells little),
// a compound's parts counting in part; its score is the sum of Pagefind's scores. Best
// coverage first, then score: the results holding every word, then those holding some.
export function rank(plan, found, documents, off = new Set()) {
  const weighted = !off.has("weights");
  const mixed = !off.has("mixed");
  const slots = plan.slots.filter((s) => !s.stop);
  const results = new Map();
  for (const [term, hits] of found) {
    for (const hit of hits) {
      const r = results.get(hit.id) ?? { id: hit.id, terms: new Map(), score: 0 };
      r.terms.set(term, hit);
      r.score += hit.score;
      results.set(hit.id, r);
    }
  }
  // Rarity: log(1 + documents / documents holding the term); a word found nowhere is rarest.
  const rarity = (term) => (weighted
    ? Math.log(1 + documents / Math.max(1, found.get(term)?.length || 0)) : 1);
  // Each reading of a word weighs by its own rarity, so of two readings ("udløber" read as
  // "forløbe" or "slutte") the one that tells more counts more; a word weighs its best.
  const readingWeight = (reading) => mean(reading.terms.map(rarity));
  const weights = slots.map((slot) => (slot.readings.length
    ? Math.max(...slot.readings.map(readingWeight)) : rarity(null)));
  const total = weights.reduce((a, b) => a + b, 0);
  // How much of the query a set of terms covers, from 0 to 1.
  const cover = (has) => slots.reduce((sum, slot) => sum + Math.max(0,
    ...slot.readings.map((reading) => readingWeight(reading)
      * reading.terms.filter(has).length / reading.size)),
  0) / total;
  // Whether a set of terms holds every word, in one of its readings. Not coverage 1: a word
  // read by a commoner reading ("forløbe", not "stoppe") is held, though it covers less.
  const complete = (has) => slots.every((slot) => slot.readings.some((reading) =>
    reading.terms.length === reading.size && reading.terms.every(has)));
  for (const r of results.values()) {
    r.coverage = cover((t) => r.terms.has(t));
    r.full = complete((t) => r.terms.has(t));
  }
  // At equal coverage a question, recommendation or example (a record made from the content)
  // comes before a written page about the tool: the content is what people search for.
  const records = !off.has("records");
  const first = (r) => (records && r.record ? 1 : 0);
  const order = (list) => {
    const all = list.filter((r) => r.full || mixed || !list.some((x) => x.full));
    return all.sort((a, b) => b.full - a.full || b.coverage - a.coverage
      || (b.exact || 0) - (a.exact || 0) || first(b) - first(a) || b.score - a.score);
  };
  return { ranked: order([...results.values()]), cover, complete, order };
}

// A written page covers the query only as far as one of its sections does: a long page holds
// every word somewhere, but a reader lands on a section. Its rows are the sections that cover
// the most (ids; "" is the text before the first heading).
function sectionCoverage(result, page, cover, complete) {
  const heads = (page.anchors || []).filter((a) => /h\d/i.test(a.element))
    .sort((a, b) => a.location - b.location);
  const sections = [{ id: "", at: 0 }, ...heads.map((a) => ({ id: a.id, at: a.location }))];
  const scored = sections.map((section, k) => {
    const end = sections[k + 1]?.at ?? Infinity;
    const inside = (t) => (result.terms.get(t).words || []).some((at) => at >= section.at
      && at < end);
    const has = (t) => result.terms.has(t) && inside(t);
    return { id: section.id, coverage: cover(has), full: complete(has) };
  });
  const best = Math.max(...scored.map((s) => s.coverage));
  return { best, full: scored.some((s) => s.full),
           ids: new Set(scored.filter((s) => s.coverage > best - 1e-9).map((s) => s.id)) };
}

function mean(values) {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

async function find(query, { pagefind, words, related }) {
  let plan = planQuery(query, words);
  const keys = [...new Set(plan.unread.map(shardKey))].filter((k) => (words.thesaurus || [])
    .includes(k));
  if (keys.length) {
    const map = Object.assign({}, ...await Promise.all(keys.map(related)));
    plan = planQuery(query, { ...words, related: map });
  }
  const suggest = words.suggest;
  const found = new Map(await Promise.all(plan.terms.map(async (term) =>
    [term, (await pagefind.search(term)).results])));
  const off = new Set(words.off || []);
  const { ranked, cover, complete, order } = rank(plan, found, words.documents, off);
  if (!ranked.length || (off.has("partial") && !ranked[0].full)) {
    return { items: [], plan, suggest };
  }
  // Each result's text is a fragment of its own (~1 KB): fetch only those that can be shown,
  // and as many more as there are written pages among them, which may move down once their
  // sections are looked at.
  const fetched = (list) => Promise.all(list.map(async (r) => [r, await bestHit(r).data()]));
  const data = new Map(await fetched(ranked.slice(0, SHOWN)));
  const pages = [...data.values()].filter((page) => !page.meta.kind).length;
  for (const entry of await fetched(ranked.slice(SHOWN, SHOWN + pages))) data.set(...entry);
  const candidates = [...data.keys()];
  // The words as typed: the index matches stems ("jobs" finds "job"), but of two results
  // that cover the query alike, the one using the reader's own forms is likelier meant.
  const typed = new Set(plan.slots.filter((s) => !s.stop).map((s) => s.word));
  for (const [r, page] of data) {
    r.record = Boolean(page.meta.kind);
    if (!off.has("exact")) r.exact = ownWords(page.content, typed);
    if (!page.meta.kind && !off.has("sections")) {
      ({ best: r.coverage, full: r.full, ids: r.sections } = sectionCoverage(r, page, cover,
        complete));
    }
  }
  const shown = order(candidates).slice(0, SHOWN);
  const items = [];
  for (const r of shown) {
    const page = data.get(r);
    if (page.meta.kind) {
      items.push(recordItem(page, [...r.terms.values()].flatMap((hit) => hit.words || [])));
    } else {
      items.push(...pageItems(page, r.sections));
    }
  }
  return { items: items.slice(0, 2 * SHOWN), plan, suggest, partial: !shown[0].full,
           more: ranked.length > shown.length };
}

// How many of `typed` occur in `text` just as typed.
function ownWords(text, typed) {
  const words = new Set((text || "").toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return [...typed].filter((w) => words.has(w)).length;
}

function bestHit(result) {
  return [...result.terms.values()].sort((a, b) => b.score - a.score)[0];
}

// A record made from the content: mark the words that were found, or the word an added
// word (dictionary form, compound part, synonym) came from.
function recordItem(page, locations) {
  const words = page.content.split(/\s+/).filter(Boolean);
  const n = Number(page.meta.n) || words.length;
  const origin = (page.meta.x || "").split(" ").filter(Boolean).map(Number);
  const hits = new Set(locations.map((at) => (at < n ? at : origin[at - n])));
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
    out.push(...(hits.has(i) ? markWord(words[i]) : [words[i]]));
  });
  return out;
}

// A written page: the page, and up to 5 of its sections that match (Pagefind shows 3).
function pageItems(page, sections = null) {
  const items = [{ url: page.url, context: "", title: [page.meta.title || page.url],
                   snippet: excerpt(page.excerpt) }];
  for (const sub of (page.sub_results || []).slice(0, 6)) {
    if (sub.url === page.url || sub.title === page.meta.title) continue;
    if (sections && !sections.has(sub.anchor?.id ?? "")) continue; // covers less of the query
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
  return [...template.content.childNodes].flatMap((node) =>
    node.nodeName === "MARK" ? markWord(node.textContent) : [node.textContent]);
}

// A found word marked without the punctuation around it: "mødearket." marks "mødearket".
function markWord(text) {
  const [, before, word, after] = text.match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su);
  return word ? [before, el("mark", "", word), after].filter((x) => x !== "") : [text];
}

function el(tag, className = "", content = "") {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content) node.textContent = content;
  return node;
}

const SHOWN = 12; // results shown (a written page adds up to 5 of its sections)

// A text with its placeholder filled in: "{n} resultater", "Ingen resultater for »{q}«".
function say(template, value) {
  return template.replace(/\{[nq]\}/, value);
}

// The page's box; none when the module is loaded by the tests (tests/js/search.test.mjs).
const box = globalThis.document?.querySelector("[data-dq-search]");
if (box) setUp(box);

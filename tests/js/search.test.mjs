// The search box's reading of a query and its ranking (docs/javascripts/search.js), on a
// small made-up index: no browser, no Pagefind.
import { test } from "node:test";
import assert from "node:assert/strict";
import { planQuery, rank, shardKey } from "../../docs/javascripts/search.js";

const DICT = {
  words: ["beboer", "inddragelse", "job", "jobs", "sundhed", "samarbejde", "slutter", "slutte",
          "helhedsplanen", "illness"].sort(),
  stop: ["hvad", "vi", "når", "how", "do", "we", "the"],
  linking: "se",
};

const readingsOf = (plan) => plan.slots.filter((s) => !s.stop)
  .map((s) => [s.word, s.readings.map((r) => `${r.how}:${r.terms.join("+")}`)]);

test("a word the index knows is searched as it is, and nothing is said", () => {
  const plan = planQuery("hvad sundhed", DICT);
  assert.deepEqual(plan.terms, ["sundhed"]);
  assert.equal(plan.shown, "");
  assert.deepEqual(plan.unread, []);
});

test("an unknown compound is read as its indexed words, with a linking letter", () => {
  const plan = planQuery("sundhedssamarbejde", DICT);
  assert.deepEqual(readingsOf(plan), [["sundhedssamarbejde", ["split:sundhed+samarbejde"]]]);
  assert.equal(plan.shown, "sundhed samarbejde");
});

test("a piece of three letters is no word outside a full split, unless it is indexed", () => {
  // "xyzzbeb" would be "xyzz" + "beb…" (the start of "beboer"): no reading.
  assert.deepEqual(readingsOf(planQuery("xyzzbeb", DICT)), [["xyzzbeb", []]]);
  // "job" is an indexed word of its own: it counts.
  assert.deepEqual(readingsOf(planQuery("jobqqqq", DICT)), [["jobqqqq", ["split:job"]]]);
});

test("a word nothing reads asks for its thesaurus part, and is read from it", () => {
  const first = planQuery("hvad når helhedsplanen udløber", DICT);
  assert.deepEqual(first.unread, ["udløber"]);
  const related = { udløbe: ["ende", "slutte"], udløber: ["gren"], udl: ["nothing"] };
  const plan = planQuery("hvad når helhedsplanen udløber", { ...DICT, related });
  assert.deepEqual(readingsOf(plan), [
    ["helhedsplanen", ["word:helhedsplanen"]],
    ["udløber", ["related:gren", "related:ende", "related:slutte"]],
  ]);
  assert.equal(plan.shown, "helhedsplanen gren/ende/slutte");
  assert.deepEqual(plan.unread, []);
});

test("a word the index knows is never read from the thesaurus", () => {
  const plan = planQuery("slutter", { ...DICT, related: { slutter: ["ophører"] } });
  assert.deepEqual(readingsOf(plan), [["slutter", ["word:slutter"]]]);
});

test("the thesaurus part of a word is named by its first two letters, as related.py names it", () => {
  assert.equal(shardKey("sick"), "73-69");
  assert.equal(shardKey("øl"), "f8-6c");
  assert.equal(shardKey("å"), "e5");
});

// Pagefind's answer for each term: results with an id, a score and word locations.
function found(map) {
  return new Map(Object.entries(map).map(([term, hits]) =>
    [term, hits.map(([id, score]) => ({ id, score, words: [0] }))]));
}

test("of two readings of a word, the one fewer texts hold counts more", () => {
  const plan = planQuery("helhedsplanen udløber", { ...DICT,
    related: { udløber: ["ende", "slutte"] } });
  // "ende" is in 8 of 10 texts, "slutte" in 1: a text with "slutte" covers more.
  const hits = found({
    helhedsplanen: [["a", 1], ["b", 1]],
    ende: [["a", 5], ["c", 1], ["d", 1], ["e", 1], ["f", 1], ["g", 1], ["h", 1], ["i", 1]],
    slutte: [["b", 1]],
  });
  const { ranked } = rank(plan, hits, 10);
  assert.deepEqual(ranked.slice(0, 2).map((r) => r.id), ["b", "a"]);
});

test("at equal coverage the reader's own word forms come first, then the content's records", () => {
  const plan = planQuery("jobs", DICT);
  const { order } = rank(plan, found({ jobs: [["page", 9], ["record", 1], ["own", 1]] }), 10);
  const [page, record, own] = ["page", "record", "own"].map((id) => ({ id, coverage: 1,
    score: id === "page" ? 9 : 1 }));
  record.record = true;
  own.exact = 1;
  assert.deepEqual(order([page, record, own]).map((r) => r.id), ["own", "record", "page"]);
  assert.deepEqual(order([page, record]).map((r) => r.id), ["record", "page"]);
  assert.deepEqual(order([{ ...page, coverage: 1 }, { ...record, coverage: 0.5 }])
    .map((r) => r.id), ["page", "record"]); // coverage still decides first
});

test("the thesaurus reads a word a split could read only in part", () => {
  // "sundhedxyzq": "sundhed" + an unknown piece, a guess; the thesaurus knows the word.
  const guess = planQuery("sundhedxyzq", DICT);
  assert.deepEqual(readingsOf(guess), [["sundhedxyzq", ["split:sundhed"]]]);
  assert.deepEqual(guess.unread, ["sundhedxyzq"]);
  const plan = planQuery("sundhedxyzq", { ...DICT, related: { sundhedxyzq: ["samarbejde"] } });
  assert.deepEqual(readingsOf(plan), [["sundhedxyzq", ["related:samarbejde"]]]);
  // Without an entry the guess stands.
  assert.deepEqual(readingsOf(planQuery("sundhedxyzq", { ...DICT, related: {} })),
    [["sundhedxyzq", ["split:sundhed"]]]);
});

test("a text holding every word in a commoner reading holds them all, and comes first", () => {
  const plan = planQuery("helhedsplanen udløber", { ...DICT,
    related: { udløber: ["ende", "slutte"] } });
  // "a" has both words ("ende" for "udløber"); "b" only the rare "slutte".
  const hits = found({
    helhedsplanen: [["a", 1]],
    ende: [["a", 1], ["c", 1], ["d", 1], ["e", 1], ["f", 1], ["g", 1], ["h", 1], ["i", 1]],
    slutte: [["b", 1]],
  });
  const { ranked } = rank(plan, hits, 10);
  const a = ranked.find((r) => r.id === "a");
  assert.ok(a.full && a.coverage < 1);
  assert.equal(ranked[0].id, "a");
  assert.ok(!ranked.find((r) => r.id === "b").full);
});

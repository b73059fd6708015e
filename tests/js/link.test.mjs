// Short links: compressed behind the marker, old links read as they stand.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pack, unpack, isPacked, tooLong, MARKER, LINK_WARN, MAX_UNPACKED } from "../../docs/javascripts/meeting/link.mjs";

const OLD = "titel=Styringsdialog+2026&dato=2026-12-10&tid=13%3A00&q=sund-1-1:15,sund-1-2,_1:10&eget=Hvordan+g%C3%A5r+det%3F";

test("a link from before compression opens as it stands", async () => {
  assert.deepEqual(await unpack("#" + OLD), { params: OLD, broken: false });
  assert.deepEqual(await unpack(OLD), { params: OLD, broken: false });
  assert.deepEqual(await unpack(""), { params: "", broken: false });
});

test("a packed link is shorter, carries the marker and unpacks to the same parameters", async () => {
  const params = OLD + "&m=" + encodeURIComponent(JSON.stringify({ notes: { "sund-1-1": "æøå ".repeat(200) } }));
  const fragment = await pack(params);
  assert.ok(fragment.startsWith(MARKER));
  assert.ok(fragment.length < params.length / 2, `${fragment.length} vs ${params.length}`);
  assert.match(fragment.slice(MARKER.length), /^[A-Za-z0-9_-]+$/);
  assert.deepEqual(await unpack("#" + fragment), { params, broken: false });
});

test("a tiny meeting stays readable when compression would not make it shorter", async () => {
  assert.equal(await pack("titel=A"), "titel=A");
  assert.equal(await pack(""), "");
});

test("a damaged packed link is reported, not half read", async () => {
  assert.deepEqual(await unpack("#z=!!!"), { params: "", broken: true });
  assert.deepEqual(await unpack("#z=AAAA"), { params: "", broken: true });
  const fragment = await pack(OLD + OLD);
  assert.equal((await unpack(fragment.slice(0, fragment.length - 8))).broken, true);
});

test("a packed link cannot unpack to more than the cap", async () => {
  const bomb = await pack("a=" + "x".repeat(MAX_UNPACKED + 10));
  assert.ok(bomb.length < 2000);
  assert.deepEqual(await unpack(bomb), { params: "", broken: true });
});

test("links longer than the warning length are flagged", () => {
  assert.equal(tooLong("x".repeat(LINK_WARN)), false);
  assert.equal(tooLong("x".repeat(LINK_WARN + 1)), true);
});

test("only a fragment that is the marker and its data counts as packed", async () => {
  assert.equal(isPacked("#" + (await pack(OLD + OLD))), true);
  assert.equal(isPacked(OLD), false);
  assert.equal(isPacked("z=abc&titel=x"), false);
  assert.equal(isPacked(""), false);
});

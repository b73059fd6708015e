/* Dialogværktøjet, meeting kit: short links.
 *
 * A meeting lives in the link's fragment as URL parameters (titel=…&q=…, see
 * handout-state.js). E-mail and chat clients cut links of a few thousand characters, so the
 * parameters are compressed (deflate-raw) and written base64url behind the format marker
 * `z=`: #z=… . A fragment without the marker is read as it stands, so every link made
 * before compression still opens. Pure functions, no DOM.
 */

export const MARKER = "z=";
/* Links longer than this are cut by some mail and chat clients: the page says so and
 * offers the file instead. */
export const LINK_WARN = 2000;
/* A compressed fragment is never unpacked to more than this (a hostile link cannot make
 * the page inflate megabytes). */
export const MAX_UNPACKED = 200000;

function toBase64Url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("not base64url");
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function through(bytes, stream) {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_UNPACKED) { await reader.cancel(); throw new Error("too large"); }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  chunks.forEach((chunk) => { out.set(chunk, at); at += chunk.length; });
  return out;
}

/* Whether this browser can write compressed links (every current one can). */
export function canPack() {
  return typeof CompressionStream === "function";
}

/* The fragment (without #) for the URL parameters `params`: compressed behind the marker,
 * or the parameters as they stand where the browser cannot compress, or when that is
 * shorter (an almost empty meeting). */
export async function pack(params) {
  if (!params || !canPack()) return params || "";
  const packed = await through(new TextEncoder().encode(params), new CompressionStream("deflate-raw"));
  const fragment = MARKER + toBase64Url(packed);
  return fragment.length < params.length ? fragment : params;
}

/* Whether `fragment` (with or without #) is a packed link. */
export function isPacked(fragment) {
  const raw = String(fragment || "").replace(/^#/, "");
  return raw.slice(0, MARKER.length) === MARKER && raw.indexOf("&") === -1;
}

/* The URL parameters in `fragment` (with or without #): {params, broken}. A fragment behind
 * the marker is unpacked; any other fragment is returned as it stands (links from before
 * compression). A damaged compressed fragment gives empty parameters and broken = true. */
export async function unpack(fragment) {
  const raw = String(fragment || "").replace(/^#/, "");
  if (!isPacked(raw)) return { params: raw, broken: false };
  try {
    const bytes = await through(fromBase64Url(raw.slice(MARKER.length)), new DecompressionStream("deflate-raw"));
    return { params: new TextDecoder("utf-8", { fatal: true }).decode(bytes), broken: false };
  } catch (e) {
    return { params: "", broken: true };
  }
}

/* Whether a link this long should come with the advice to send the file instead. */
export function tooLong(url) {
  return String(url).length > LINK_WARN;
}

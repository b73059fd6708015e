/* Dialogværktøjet, meeting kit: small DOM helpers shared by the views. All text goes in as
 * text nodes; nothing from a link or a file becomes markup. */

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => values[key]);
}

/* A traffic light as colour and word: the colour alone never carries the meaning. */
export function light(value, L) {
  const span = el("span", "dq-light dq-light-" + (value || "none"));
  span.appendChild(el("span", "dq-swatch")).setAttribute("aria-hidden", "true");
  span.appendChild(document.createTextNode(L["kit_light_" + (value || "none")]));
  return span;
}

/* A fieldset of radio buttons named `name`, one per value, labelled by `label(value)`
 * (text or a node), with `checked` chosen. */
export function radios(name, values, checked, label, legend) {
  const set = el("fieldset", "dq-radios");
  if (legend) set.appendChild(legend);
  values.forEach((value) => {
    const id = name + "-" + value;
    const input = set.appendChild(el("input"));
    input.type = "radio";
    input.name = name;
    input.id = id;
    input.value = value;
    input.checked = value === checked;
    const text = set.appendChild(el("label"));
    text.htmlFor = id;
    const shown = label(value);
    text.appendChild(typeof shown === "string" ? document.createTextNode(shown) : shown);
  });
  return set;
}

/* A labelled field: {wrap, input}. `hidden` is read by screen readers only. */
export function field(tag, id, labelText, value, hidden) {
  const wrap = el("p", "dq-field");
  const label = wrap.appendChild(el("label", null, labelText));
  label.htmlFor = id;
  if (hidden) label.appendChild(el("span", "md-visually-hidden", hidden));
  const input = wrap.appendChild(el(tag));
  input.id = id;
  if (tag === "input") input.type = "text";
  input.value = value || "";
  return { wrap, input };
}

/* The browser saves `text` as the file `name`; nothing leaves the page. */
export function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/* A recommendation as "3. Title". */
export function recTitle(rec) {
  return rec.number + ". " + rec.title;
}

// A tiny element builder. Text always goes in through text nodes, never as HTML, because much
// of what the page shows (article text, names, URLs) comes from pages anyone could have written.
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((ev: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children) {
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else if (c !== null && c !== undefined && c !== false) el.appendChild(document.createTextNode(String(c)));
  }
}

/** A link only for http(s) URLs; anything else (javascript:, data:…) is shown as plain text. */
export function safeLink(url: string | null, label?: string): Node {
  if (!url) return document.createTextNode(label ?? '');
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return h('span', { class: 'unsafe-url' }, label ?? url);
  return h('a', { href: parsed.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, label ?? url);
}

export function clear(el: Element): void {
  el.replaceChildren();
}

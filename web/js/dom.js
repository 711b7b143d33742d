// Small DOM helpers. Graph content is always inserted as text (textContent), never as HTML.

/** h('a', {href: '/x', class: 'y', onclick: fn}, 'texto', child) → element. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
      else if (key === 'class') el.className = value;
      else if (key === 'dataset') Object.assign(el.dataset, value);
      else if (value === true) el.setAttribute(key, '');
      else el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the children of el (null/false children are skipped, unlike Element.append). */
export function fill(el, ...children) {
  clear(el);
  return append(el, children);
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) el.setAttribute(key, String(value));
  append(el, children);
  return el;
}

/** Shows a short message in the live region (read out by screen readers). */
export function notify(text) {
  const box = document.getElementById('aviso');
  if (!box) return;
  box.textContent = text;
  box.classList.add('visible');
  clearTimeout(notify.timer);
  notify.timer = setTimeout(() => box.classList.remove('visible'), 4000);
}

/** Offers a Blob or text as a file download. */
export function download(name, content, type) {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, class: 'solo-lector' }, name);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

export function errorBox(message, extra) {
  return h('div', { class: 'error', role: 'alert' }, h('strong', null, 'Error: '), message, extra || null);
}

/** Asks before something that cannot be undone; resolves true only if the user confirms. */
export function confirmDialog(message, confirmLabel = 'Sí, continuar') {
  return new Promise((resolve) => {
    const ok = h('button', { type: 'button', class: 'primario', id: 'confirmar-si' }, confirmLabel);
    const cancel = h('button', { type: 'button', id: 'confirmar-no' }, 'Cancelar');
    const dialog = h('dialog', { class: 'confirmar', id: 'confirmar', 'aria-labelledby': 'confirmar-texto' },
      h('p', { id: 'confirmar-texto' }, message), h('div', { class: 'botones' }, ok, cancel));
    const close = (answer) => { dialog.close(); dialog.remove(); resolve(answer); };
    ok.addEventListener('click', () => close(true));
    cancel.addEventListener('click', () => close(false));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(false); });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}

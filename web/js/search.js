// Autocomplete over Spanish and English names (the API ignores accents/case and tolerates typos).
// An ARIA combobox: arrows move, Enter opens, Escape closes.
import { api } from './api.js';
import { h, clear, notify } from './dom.js';
import { kindInfo } from './kinds.js';

let counter = 0;

/** The best match for free text, as the header's Enter picks it (accents, case and typos forgiven); null if none. */
export async function findConcept(text) {
  try {
    const hits = await api.search(text, 1);
    return hits.length ? hits[0].concept : null;
  } catch {
    return null;
  }
}

export function attachAutocomplete(input, onChoose, { limit = 8 } = {}) {
  const id = `sugerencias-${++counter}`;
  const list = h('ul', { id, role: 'listbox', class: 'sugerencias', hidden: true, 'aria-label': 'Sugerencias' });
  input.after(list);
  input.parentElement.classList.add('con-sugerencias');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', id);

  let hits = [];
  let active = -1;
  let timer = null;
  let seq = 0;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function render() {
    clear(list);
    hits.forEach((hit, i) => {
      const c = hit.concept;
      const other = hit.matched && hit.matched !== c.labelEs ? hit.matched : c.labelEn;
      const li = h('li', { id: `${id}-${i}`, role: 'option', class: 'sugerencia', 'aria-selected': String(i === active), dataset: { slug: c.slug } },
        h('span', { class: 'sugerencia-nombre' }, c.labelEs),
        other && other !== c.labelEs ? h('span', { class: 'sugerencia-otro' }, other) : null,
        h('span', { class: 'sugerencia-tipo' }, kindInfo(c.kind).label));
      li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(i); });
      list.append(li);
    });
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  async function lookup(text) {
    const mine = ++seq;
    try {
      const result = await api.search(text, limit);
      if (mine !== seq) return hits; // an older answer arriving late
      hits = result;
      active = -1;
      render();
    } catch {
      hits = [];
      render();
    }
    return hits;
  }

  function choose(i) {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.concept.labelEs;
    close();
    onChoose(hit.concept);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) { hits = []; close(); return; }
    timer = setTimeout(() => lookup(text), 120);
  });

  input.addEventListener('keydown', async (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + hits.length) % hits.length;
      render();
    } else if (e.key === 'Escape') {
      close();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (active >= 0) { choose(active); return; }
      clearTimeout(timer);
      const text = input.value.trim();
      if (!text) return;
      const found = await lookup(text);
      if (found.length) choose(0);
      else notify(`No se encontró ningún concepto para «${text}».`);
    }
  });

  input.addEventListener('blur', () => setTimeout(close, 150));
  return { close };
}

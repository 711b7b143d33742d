// Autocomplete over Spanish and English names (the API ignores accents/case and tolerates typos) and, with
// fullText, over the text inside every card and practice question: names first, then "En el texto de las fichas"
// with the field and a snippet whose matched words are <mark>ed (built as text nodes, never as HTML).
// An ARIA combobox: arrows move, Enter opens, Escape closes.
import { api } from './api.js';
import { h, clear, notify } from './dom.js';
import { kindInfo } from './kinds.js';
import { href, navigate } from './router.js';

const TEXT_HITS = 4;

let counter = 0;

/** The best match for free text, as the header's Enter picks it (accents, case and typos forgiven); null if none. */
export async function findConcept(text) {
  try {
    const hits = await api.search(text, 1, 'names');
    return hits.length ? hits[0].concept : null;
  } catch {
    return null;
  }
}

/** A snippet as text with its matched words in <mark>: [{start, end}] offsets into the snippet. */
export function snippetNodes(snippet, highlights = []) {
  const parts = [];
  let at = 0;
  for (const { start, end } of highlights) {
    if (start < at || end > snippet.length) continue;
    if (start > at) parts.push(snippet.slice(at, start));
    parts.push(h('mark', null, snippet.slice(start, end)));
    at = end;
  }
  if (at < snippet.length) parts.push(snippet.slice(at));
  return parts;
}

export function attachAutocomplete(input, onChoose, { limit = 8, fullText = true } = {}) {
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

  let typed = '';

  function render() {
    clear(list);
    hits.forEach((hit, i) => {
      const c = hit.concept;
      const inText = Boolean(hit.snippet);
      if (inText && (i === 0 || !hits[i - 1].snippet)) {
        list.append(h('li', { role: 'presentation', class: 'sugerencias-grupo' }, 'En el texto de las fichas y preguntas'));
      }
      const other = hit.matched && hit.matched !== c.labelEs ? hit.matched : c.labelEn;
      const li = h('li', { id: `${id}-${i}`, role: 'option', class: inText ? 'sugerencia sugerencia-texto' : 'sugerencia',
        'aria-selected': String(i === active), dataset: { slug: c.slug, campo: hit.field || 'nombre' } },
        h('span', { class: 'sugerencia-nombre' }, hit.question ? `Pregunta de práctica sobre ${c.labelEs}` : c.labelEs),
        !inText && other && other !== c.labelEs ? h('span', { class: 'sugerencia-otro' }, other) : null,
        h('span', { class: 'sugerencia-tipo' }, inText ? hit.fieldLabel : kindInfo(c.kind).label),
        inText ? h('span', { class: 'sugerencia-fragmento' }, snippetNodes(hit.snippet, hit.highlights)) : null);
      li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(i); });
      list.append(li);
    });
    if (!hits.length && typed) {
      list.append(h('li', { role: 'presentation', class: 'sugerencias-vacio' },
        fullText ? `Ningún nombre ni ficha menciona «${typed}».` : `Ningún concepto se llama «${typed}».`));
    }
    const shown = list.children.length > 0;
    list.hidden = !shown;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  async function lookup(text) {
    const mine = ++seq;
    try {
      const [names, inText] = await Promise.all([api.search(text, limit, 'names'),
        fullText ? api.search(text, TEXT_HITS, 'text') : Promise.resolve([])]);
      if (mine !== seq) return hits; // an older answer arriving late
      const named = new Set(names.map((hit) => hit.concept.slug));
      hits = names.concat(inText.filter((hit) => hit.question || !named.has(hit.concept.slug)));
      typed = text;
      active = -1;
      render();
    } catch {
      hits = [];
      typed = '';
      render();
    }
    return hits;
  }

  function choose(i) {
    const hit = hits[i];
    if (!hit) return;
    close();
    if (hit.question) { // a practice question: its concept's questions, in the exam view
      input.value = '';
      navigate(href('examen', null, { concepto: hit.concept.slug }));
      return;
    }
    input.value = hit.concept.labelEs;
    onChoose(hit.concept, hit);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) { hits = []; typed = ''; close(); return; }
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

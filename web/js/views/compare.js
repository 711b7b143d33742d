// Comparar: two to eight concepts side by side (definition, the attributes any of them is compared on, exam tip,
// traps), from /api/compare. The address keeps the choice: /?vista=comparar&c=pay-per-token&c=provisioned-throughput.
import { api } from '../api.js';
import { h, notify, errorBox, fill } from '../dom.js';
import { conceptLink } from '../card.js';
import { attachAutocomplete, findConcept } from '../search.js';
import { navigate } from '../router.js';
import { compareHref } from './resumen.js';

const MAX = 8;

function chosenSlugs(route) {
  const slugs = route.params.getAll('c').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  return [...new Set(slugs)].slice(0, MAX);
}

export async function renderCompare(main, route) {
  const slugs = chosenSlugs(route);
  const input = h('input', { type: 'text', id: 'comparar-concepto', placeholder: 'p. ej. pago por token', spellcheck: 'false' });
  const chips = h('ul', { class: 'comparar-elegidos', id: 'comparar-elegidos' });
  const result = h('div', { id: 'resultado-comparar' });
  const form = h('form', { class: 'selector-par', id: 'form-comparar' },
    h('label', null, 'Añadir un concepto', h('span', { class: 'con-sugerencias' }, input)),
    h('button', { type: 'submit', class: 'primario', id: 'anadir-comparar' }, 'Añadir'));
  fill(main, h('h1', { class: 'titulo-vista' }, 'Comparar conceptos'), form, chips, result);

  const go = (next) => navigate(compareHref(next));
  const add = (slug) => {
    if (slugs.includes(slug)) { notify('Ese concepto ya está en la tabla.'); return; }
    if (slugs.length >= MAX) { notify(`Como mucho ${MAX} conceptos.`); return; }
    go([...slugs, slug]);
  };
  attachAutocomplete(input, (c) => add(c.slug), { fullText: false });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) { notify('Escribe un concepto.'); input.focus(); return; }
    const concept = await findConcept(text);
    if (!concept) { notify(`No se encontró ningún concepto para «${text}».`); input.focus(); return; }
    add(concept.slug);
  });

  if (slugs.length < 2) {
    result.append(h('p', { class: 'ayuda' }, 'Elige dos o más conceptos (hasta ocho): se muestran lado a lado su definición, los atributos en que se comparan, el consejo para el examen y con qué se confunden. Las «Tablas de comparación» del Resumen traen grupos ya hechos.'));
    if (slugs.length === 1) chips.append(h('li', null, slugs[0], ' ', h('button', { type: 'button', class: 'quitar', onclick: () => go([]) }, 'Quitar')));
    return;
  }
  let data;
  try {
    data = await api.compare(slugs);
  } catch (e) {
    fill(result, errorBox(e.message || String(e)));
    return;
  }
  const members = data.miembros;
  chips.append(...members.map((m) => h('li', { dataset: { slug: m.concept.slug } }, m.concept.labelEs, ' ',
    h('button', { type: 'button', class: 'quitar', 'aria-label': `Quitar ${m.concept.labelEs}`,
      onclick: () => go(slugs.filter((s) => s !== m.concept.slug)) }, '×'))));

  const row = (label, cell, attrs = {}) => h('tr', attrs, h('th', { scope: 'row' }, label), members.map((m) => h('td', null, cell(m))));
  const traps = (m) => (m.trampas.length ? m.trampas.flatMap((c, i) => [i ? ', ' : null, conceptLink(c)]) : '—');
  const groups = data.grupos || [];
  fill(result,
    h('div', { class: 'tabla-envoltura', tabindex: 0, role: 'region', 'aria-label': 'Comparación' }, h('table', { class: 'tabla-comparacion', id: 'tabla-comparar' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Concepto'),
        members.map((m) => h('th', { scope: 'col', dataset: { slug: m.concept.slug } }, conceptLink(m.concept), h('br'), h('span', { class: 'nombre-en', lang: 'en' }, m.concept.labelEn))))),
      h('tbody', null,
        row('Definición', (m) => m.definicion || '—', { dataset: { fila: 'definicion' } }),
        data.atributos.map((a) => row(a.label, (m) => m.valores[a.id] || '—', { dataset: { atributo: a.id } })),
        row('Consejo para el examen', (m) => m.consejoExamen || '—', { dataset: { fila: 'consejo' } }),
        row('Se confunde con', traps, { dataset: { fila: 'trampas' } })))),
    groups.length ? h('p', { class: 'ayuda' }, 'Grupos de comparación que los reúnen: ',
      groups.flatMap((g, i) => [i ? ', ' : null, h('a', { href: compareHref(g.miembros.map((m) => m.concept.slug)), 'data-nav': true }, g.label)])) : null);
}

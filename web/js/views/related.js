// "¿Qué se relaciona con X?": every neighbour grouped by relation, both directions, filterable.
import { api } from '../api.js';
import { h, clear, fill } from '../dom.js';
import { conceptLink, kindBadge } from '../card.js';
import { href, reflect } from '../router.js';

export async function renderRelated(main, route, { intro } = {}) {
  const card = await api.card(route.slug);
  const c = card.concept;
  const text = h('input', { type: 'search', id: 'filtro-texto', placeholder: 'Filtrar por nombre…', value: route.params.get('filtro') || '' });
  const direction = h('select', { id: 'filtro-direccion' },
    h('option', { value: '' }, 'Ambas direcciones'),
    h('option', { value: 'out' }, `Salientes (${c.labelEs} → …)`),
    h('option', { value: 'in' }, `Entrantes (… → ${c.labelEs})`));
  direction.value = route.params.get('direccion') || '';
  const relation = h('select', { id: 'filtro-relacion' }, h('option', { value: '' }, 'Todas las relaciones'),
    card.relaciones.map((g) => h('option', { value: `${g.relation}|${g.direction}` }, g.label)));
  relation.value = route.params.get('relacion') || '';
  const count = h('p', { id: 'cuenta-relacionados', class: 'estado-grafo', role: 'status' });
  const list = h('div', { id: 'lista-relacionados' });

  function draw() {
    const needle = normalize(text.value);
    clear(list);
    let total = 0;
    for (const group of card.relaciones) {
      if (direction.value && group.direction !== direction.value) continue;
      if (relation.value && `${group.relation}|${group.direction}` !== relation.value) continue;
      const concepts = group.concepts.filter((x) => !needle || normalize(`${x.labelEs} ${x.labelEn}`).includes(needle));
      if (!concepts.length) continue;
      total += concepts.length;
      list.append(h('section', { class: 'grupo-relacion', dataset: { relacion: group.relation, direccion: group.direction } },
        h('h2', null, `${c.labelEs} ${group.label}… `, h('span', { class: 'direccion' },
          group.direction === 'out' ? '(saliente)' : '(entrante)', ` · ${concepts.length}`)),
        h('ul', null, concepts.map((x) => h('li', null, conceptLink(x, 'relacionados'), ' ', h('span', { class: 'nombre-en', lang: 'en' }, x.labelEn), ' ', kindBadge(x.kind))))));
    }
    count.textContent = total ? `${total} relaciones mostradas.` : 'Ninguna relación coincide con el filtro.';
    reflect(href('relacionados', c.slug, { filtro: text.value.trim(), direccion: direction.value, relacion: relation.value }));
  }
  text.addEventListener('input', draw);
  direction.addEventListener('change', draw);
  relation.addEventListener('change', draw);

  fill(main, intro || null,
    h('h1', { class: 'titulo-vista' }, '¿Qué se relaciona con ', h('span', { id: 'titulo-concepto' }, c.labelEs), '?'),
    h('p', null, kindBadge(c.kind), ' ', card.definicion, ' ', h('a', { href: href('explorar', c.slug), 'data-nav': true }, 'Ver en el grafo')),
    h('div', { class: 'filtros' },
      h('label', { for: 'filtro-texto' }, 'Nombre '), text,
      h('label', { for: 'filtro-relacion' }, 'Relación '), relation,
      h('label', { for: 'filtro-direccion' }, 'Dirección '), direction),
    count, list);
  draw();
}

export function normalize(text) {
  return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

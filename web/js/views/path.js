// "¿Cómo se conecta A con B?": the shortest chains, as sentences and on the graph.
import { api, relationIndex } from '../api.js';
import { h, clear, notify, errorBox, fill } from '../dom.js';
import { createGraph, scrollSafeFrame } from '../graph.js';
import { attachAutocomplete } from '../search.js';
import { href, navigate } from '../router.js';
import { legend } from './explore.js';

export async function renderPath(main, route) {
  const from = route.params.get('de') || '';
  const to = route.params.get('a') || '';
  const chosen = { de: from, a: to };
  const fromInput = h('input', { type: 'text', id: 'camino-de', placeholder: 'p. ej. pyfunc', spellcheck: 'false' });
  const toInput = h('input', { type: 'text', id: 'camino-a', placeholder: 'p. ej. tabla de inferencia', spellcheck: 'false' });
  const maxLength = h('select', { id: 'camino-largo' }, [2, 3, 4, 5, 6, 7, 8].map((n) => h('option', { value: n, selected: n === (Number(route.params.get('largo')) || 6) }, String(n))));
  const result = h('div', { id: 'resultado-camino' });
  const form = h('form', { class: 'selector-par', id: 'form-camino' },
    h('label', null, 'Desde', h('span', { class: 'con-sugerencias' }, fromInput)),
    h('label', null, 'Hasta', h('span', { class: 'con-sugerencias' }, toInput)),
    h('label', null, 'Pasos como máximo', maxLength),
    h('button', { type: 'submit', class: 'primario', id: 'buscar-camino' }, 'Buscar camino'));
  fill(main, h('h1', { class: 'titulo-vista' }, '¿Cómo se conecta A con B?'), form, result);

  attachAutocomplete(fromInput, (c) => { chosen.de = c.slug; });
  attachAutocomplete(toInput, (c) => { chosen.a = c.slug; });
  fromInput.addEventListener('input', () => { chosen.de = ''; });
  toInput.addEventListener('input', () => { chosen.a = ''; });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const de = chosen.de || fromInput.value.trim();
    const a = chosen.a || toInput.value.trim();
    if (!de || !a) { notify('Escribe los dos conceptos.'); return; }
    navigate(href('camino', null, { de, a, largo: maxLength.value !== '6' ? maxLength.value : null }));
  });

  if (!from || !to) {
    result.append(h('p', { class: 'ayuda' }, 'Elige dos conceptos: se muestran las cadenas de relaciones más cortas entre ellos.'));
    return;
  }
  let data;
  try {
    data = await api.path(from, to, Number(maxLength.value), 5);
  } catch (e) {
    result.append(errorBox(e.message, e.suggestions && e.suggestions.length ? ` ¿Quisiste decir: ${e.suggestions.map((s) => s.label).join(', ')}?` : ''));
    fromInput.value = from; toInput.value = to;
    return;
  }
  fromInput.value = data.from.labelEs; toInput.value = data.to.labelEs;
  chosen.de = data.from.slug; chosen.a = data.to.slug;
  if (!data.paths.length) {
    result.append(h('p', { class: 'error', role: 'status' }, `No hay camino de ${data.maxLength} pasos o menos entre «${data.from.labelEs}» y «${data.to.labelEs}».`));
    return;
  }
  const relations = await relationIndex();
  const canvas = h('div', { class: 'grafo', id: 'grafo', tabindex: 0, role: 'application', 'aria-label': 'Grafo de los caminos encontrados' });
  const list = h('ol', { class: 'caminos', id: 'lista-caminos' });
  result.append(h('h2', null, `${data.paths.length === 1 ? 'Un camino' : `${data.paths.length} caminos`} de «${data.from.labelEs}» a «${data.to.labelEs}»`),
    h('div', { class: 'camino-resultado' }, list, h('div', null, scrollSafeFrame(canvas), legend())));

  const graph = createGraph(canvas, {});
  main.graph = graph;
  data.paths.forEach((path, i) => {
    const button = h('button', { type: 'button', class: 'enlace-boton', onclick: () => mark(i) }, 'Resaltar en el grafo');
    list.append(h('li', { dataset: { pasos: path.steps.length } },
      h('p', { class: 'frase' }, sentence(path, relations)),
      h('p', { class: 'pasos' }, `${path.steps.length} ${path.steps.length === 1 ? 'paso' : 'pasos'} · ${path.sentence} · `, button)));
    for (const step of path.steps) {
      graph.addNode(step.from); graph.addNode(step.to);
      const out = step.direction === 'out';
      const source = out ? step.from : step.to;
      const target = out ? step.to : step.from;
      const rel = relations.get(step.relation);
      graph.addEdge({ id: `${source.slug}|${step.relation}|${target.slug}`, source: source.slug, target: target.slug,
        relation: step.relation, label: rel ? rel.label : step.label, inverseLabel: rel ? rel.inverseLabel : null, symmetric: rel ? rel.symmetric : false });
    }
  });
  graph.cy.getElementById(data.from.slug).addClass('raiz');
  graph.cy.getElementById(data.to.slug).addClass('raiz');
  await graph.runLayout('breadthfirst', data.from.slug);
  mark(0);

  function mark(i) {
    const path = data.paths[i];
    graph.cy.elements().removeClass('camino');
    for (const step of path.steps) {
      graph.cy.getElementById(step.from.slug).addClass('camino');
      graph.cy.getElementById(step.to.slug).addClass('camino');
      graph.cy.edges().filter((e) => (e.data('relations') || [e.data('relation')]).includes(step.relation)
        && ((e.data('source') === step.from.slug && e.data('target') === step.to.slug) || (e.data('source') === step.to.slug && e.data('target') === step.from.slug))).addClass('camino');
    }
  }
}

/** "pyfunc es usado por Modelo personalizado, que se relaciona con …" read step by step. */
function sentence(path, relations) {
  const parts = [path.steps[0].from.labelEs];
  path.steps.forEach((step, i) => {
    parts.push(`${i ? ', que ' : ' '}${step.label} ${step.to.labelEs}`);
  });
  return parts.join('') + '.';
}

// "¿Cómo se conecta A con B?": different chains (the shortest and one or two steps longer), as sentences whose
// concepts are links, and on the graph. "Se confunde con" and "se relaciona con" only when the reader asks.
import { api, relationIndex } from '../api.js';
import { h, clear, notify, errorBox, fill } from '../dom.js';
import { createGraph, scrollSafeFrame } from '../graph.js';
import { attachAutocomplete, findConcept } from '../search.js';
import { href, navigate } from '../router.js';
import { legend } from './explore.js';

export async function renderPath(main, route) {
  const from = route.params.get('de') || '';
  const to = route.params.get('a') || '';
  const chosen = { de: from, a: to };
  const fromInput = h('input', { type: 'text', id: 'camino-de', placeholder: 'p. ej. pyfunc', spellcheck: 'false' });
  const toInput = h('input', { type: 'text', id: 'camino-a', placeholder: 'p. ej. tabla de inferencia', spellcheck: 'false' });
  const maxLength = h('select', { id: 'camino-largo' }, [2, 3, 4, 5, 6, 7, 8].map((n) => h('option', { value: n, selected: n === (Number(route.params.get('largo')) || 6) }, String(n))));
  const allRelations = route.params.get('todas') === '1';
  const everyRelation = h('input', { type: 'checkbox', id: 'camino-todas', checked: allRelations });
  const switchLabel = h('label', { class: 'casilla' }, everyRelation, ' Incluir «se confunde con» y «se relaciona con»');
  // A checkbox on one line with its text, whatever the form's column layout (CSSOM, allowed by the CSP).
  Object.assign(switchLabel.style, { flexDirection: 'row', alignItems: 'center', fontWeight: 'normal', alignSelf: 'center' });
  everyRelation.style.minWidth = '0';
  const result = h('div', { id: 'resultado-camino' });
  const form = h('form', { class: 'selector-par', id: 'form-camino' },
    h('label', null, 'Desde', h('span', { class: 'con-sugerencias' }, fromInput)),
    h('label', null, 'Hasta', h('span', { class: 'con-sugerencias' }, toInput)),
    h('label', null, 'Pasos como máximo', maxLength),
    switchLabel,
    h('button', { type: 'submit', class: 'primario', id: 'buscar-camino' }, 'Buscar camino'));
  fill(main, h('h1', { class: 'titulo-vista' }, '¿Cómo se conecta A con B?'), form, result);

  // Same search as the header: a suggestion chosen, or else the best match for what was typed (typos forgiven).
  attachAutocomplete(fromInput, (c) => { chosen.de = c.slug; }, { fullText: false });
  attachAutocomplete(toInput, (c) => { chosen.a = c.slug; if (chosen.de) form.requestSubmit(); }, { fullText: false });
  fromInput.addEventListener('input', () => { chosen.de = ''; });
  toInput.addEventListener('input', () => { chosen.a = ''; });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const ends = {};
    for (const [key, input] of [['de', fromInput], ['a', toInput]]) {
      const text = input.value.trim();
      if (!chosen[key] && !text) { notify('Escribe los dos conceptos.'); input.focus(); return; }
      const concept = chosen[key] ? null : await findConcept(text);
      if (!chosen[key] && !concept) { notify(`No se encontró ningún concepto para «${text}».`); input.focus(); return; }
      ends[key] = chosen[key] || concept.slug;
    }
    navigate(href('camino', null, { de: ends.de, a: ends.a, largo: maxLength.value !== '6' ? maxLength.value : null,
      todas: everyRelation.checked ? '1' : null }));
  });

  if (!from || !to) {
    result.append(h('p', { class: 'ayuda' }, 'Elige dos conceptos: se muestran cadenas distintas de relaciones entre ellos, las más cortas primero y luego otras de uno o dos pasos más.'));
    return;
  }
  let data;
  try {
    data = await api.path(from, to, Number(maxLength.value), 5, allRelations);
  } catch (e) {
    const options = e.suggestions || [];
    const which = e.message.includes(`«${from}»`) ? 'de' : 'a'; // the server names the end it could not find
    const head = e.message.split('\n')[0].replace(/ (¿Quisiste decir\.\.\.\?|Elige uno:)$/, '');
    result.append(errorBox(head, options.length
      ? h('span', null, ' ¿Quisiste decir: ', ...options.flatMap((s, i) => [i ? ', ' : '',
        h('a', { href: href('camino', null, { de: which === 'de' ? s.slug : from, a: which === 'a' ? s.slug : to, todas: allRelations ? '1' : null }), 'data-nav': '' }, s.label)]), '?')
      : ''));
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
    h('p', { class: 'ayuda', id: 'nota-camino' }, data.excludedRelations.length
      ? 'Solo relaciones con significado: sin «se confunde con» (una trampa no es una conexión) ni «se relaciona con».'
      : 'Con todas las relaciones, también «se confunde con» y «se relaciona con».'),
    h('div', { class: 'camino-resultado' }, list, h('div', null, scrollSafeFrame(canvas), legend())));

  const graph = createGraph(canvas, {});
  main.graph = graph;
  data.paths.forEach((path, i) => {
    const button = h('button', { type: 'button', class: 'enlace-boton', onclick: () => mark(i) }, 'Resaltar en el grafo');
    list.append(h('li', { dataset: { pasos: path.steps.length } },
      h('p', { class: 'frase' }, ...sentence(path)),
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

/** "pyfunc es servido por Servicio de modelos, que incluye …" read step by step; every concept is a link to its card. */
function sentence(path) {
  const link = (c) => h('a', { href: href('explorar', c.slug), 'data-nav': '', class: 'concepto-camino' }, c.labelEs || c.labelEn || c.slug);
  const parts = [link(path.steps[0].from)];
  path.steps.forEach((step, i) => parts.push(`${i ? ', que ' : ' '}${step.label} `, link(step.to)));
  parts.push('.');
  return parts;
}

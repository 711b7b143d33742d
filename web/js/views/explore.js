// Explore: the concept and its neighbours on a graph, with its card beside it.
import { api, relationIndex, ApiError } from '../api.js';
import { h, clear, svg, notify, errorBox, fill } from '../dom.js';
import { createGraph, edgeOf, LAYOUTS, scrollSafeFrame } from '../graph.js';
import { KINDS, kindColor, shapePath } from '../kinds.js';
import { renderCard, conceptLink } from '../card.js';
import { href, navigate, reflect } from '../router.js';
import { onThemeChange } from '../theme.js';

export function legend(kinds) {
  const list = h('ul', { class: 'leyenda', 'aria-label': 'Leyenda: tipo de concepto' });
  function draw() {
    clear(list);
    for (const [kind, info] of Object.entries(KINDS)) {
      if (kinds && !kinds.has(kind)) continue;
      list.append(h('li', null,
        svg('svg', { viewBox: '0 0 20 20', width: 16, height: 16, 'aria-hidden': 'true' }, svg('path', { d: shapePath(info.shape), fill: kindColor(kind) })),
        info.label));
    }
    list.append(h('li', null, h('span', { class: 'leyenda-flecha', 'aria-hidden': 'true' }, '⟶'), 'relación (se lee en el sentido de la flecha)'));
    list.append(h('li', null, h('span', { class: 'leyenda-flecha', 'aria-hidden': 'true' }, '╌'), 'relación simétrica'));
  }
  draw();
  onThemeChange(draw);
  return list;
}

export function relationPicker(relations, chosen, onChange) {
  const box = h('details', { class: 'filtro-relaciones' },
    h('summary', null, chosen.length ? `Relaciones (${chosen.length})` : 'Relaciones: todas'));
  const form = h('fieldset', null, h('legend', { class: 'solo-lector' }, 'Mostrar solo estas relaciones'));
  for (const rel of relations.values()) {
    const id = `rel-${rel.id.replace(/[^a-z0-9]/gi, '-')}`;
    const input = h('input', { type: 'checkbox', id, value: rel.id, checked: chosen.includes(rel.id) });
    form.append(h('label', { for: id, class: 'casilla' }, input, ` ${rel.label}`));
  }
  form.append(h('button', { type: 'button', class: 'enlace-boton', onclick: () => {
    form.querySelectorAll('input').forEach((i) => { i.checked = false; });
    form.dispatchEvent(new Event('change'));
  } }, 'Todas'));
  form.addEventListener('change', () => {
    onChange([...form.querySelectorAll('input:checked')].map((i) => i.value));
  });
  box.append(form);
  return box;
}

export async function renderExplore(main, route, { intro } = {}) {
  const slug = route.slug;
  const depth = clamp(Number(route.params.get('profundidad')) || 1, 1, 3);
  const layoutName = LAYOUTS[route.params.get('disposicion')] ? route.params.get('disposicion') : 'abanico';
  const chosen = (route.params.get('rel') || '').split(',').filter(Boolean);
  const started = performance.now();

  const [relations, related] = await Promise.all([relationIndex(), api.related(slug, depth, chosen)]);
  const root = related.root;
  const state = { depth, layoutName, chosen };
  const params = () => ({ profundidad: state.depth > 1 ? state.depth : null, disposicion: state.layoutName !== 'abanico' ? state.layoutName : null, rel: state.chosen });

  const canvas = h('div', { class: 'grafo', id: 'grafo', tabindex: 0, role: 'application',
    'aria-label': `Grafo de ${root.labelEs}. Flechas: recorrer nodos; Intro: expandir o contraer; o: abrir; + y -: zoom; 0: encajar.` });
  const cardBox = h('aside', { class: 'panel-ficha', 'aria-label': 'Ficha del concepto', 'aria-live': 'polite' });
  const status = h('p', { class: 'estado-grafo', id: 'estado-grafo' });

  const depthSelect = h('select', { id: 'profundidad' }, [1, 2, 3].map((d) => h('option', { value: d, selected: d === depth }, String(d))));
  depthSelect.addEventListener('change', () => { state.depth = Number(depthSelect.value); navigate(href('explorar', slug, params())); });
  const layoutSelect = h('select', { id: 'disposicion' }, Object.entries(LAYOUTS).map(([k, v]) => h('option', { value: k, selected: k === layoutName }, v)));
  layoutSelect.addEventListener('change', async () => {
    state.layoutName = layoutSelect.value;
    reflect(href('explorar', slug, params()));
    await graph.runLayout(state.layoutName, slug);
  });
  const moreButton = h('button', { type: 'button', id: 'ver-mas', hidden: true, onclick: () => showMoreFar() }, 'Ver más');
  const toggleButton = h('button', { type: 'button', id: 'expandir', onclick: () => { const sel = graph.cy.nodes(':selected')[0]; if (sel) toggle(sel.id()); else notify('Elige primero un nodo.'); } }, 'Expandir / contraer');

  const toolbar = h('div', { class: 'barra', role: 'toolbar', 'aria-label': 'Controles del grafo' },
    h('label', { for: 'profundidad' }, 'Profundidad '), depthSelect,
    h('label', { for: 'disposicion' }, 'Disposición '), layoutSelect,
    relationPicker(relations, chosen, (list) => { state.chosen = list; navigate(href('explorar', slug, params())); }),
    toggleButton, moreButton,
    h('button', { type: 'button', title: 'Acercar', 'aria-label': 'Acercar', onclick: () => graph.zoomBy(1.25) }, '+'),
    h('button', { type: 'button', title: 'Alejar', 'aria-label': 'Alejar', onclick: () => graph.zoomBy(0.8) }, '−'),
    h('button', { type: 'button', id: 'encajar', onclick: () => graph.fit() }, 'Encajar'));

  fill(main, 
    intro || null,
    h('h1', { class: 'titulo-vista' }, 'Explorar: ', h('span', { id: 'titulo-concepto' }, root.labelEs)),
    h('div', { class: 'explorar' },
      h('div', { class: 'explorar-grafo' }, toolbar, scrollSafeFrame(canvas), status,
        h('p', { class: 'ayuda' }, 'Clic: ver ficha · doble clic o Intro: expandir/contraer · teclado: flechas, o (abrir), + / −, 0 (encajar).'),
        legend()),
      cardBox));

  const graph = createGraph(canvas, {
    onSelect: (id) => showCard(id),
    onToggle: (id) => toggle(id),
    onOpen: (id) => navigate(href('explorar', id, params())),
  });
  main.graph = graph;
  const addedBy = new Map(); // node → the node whose expansion brought it (for collapse)

  function addEntries(entries, owner) {
    const fresh = [];
    for (const entry of entries) {
      for (const concept of [entry.from, entry.concept]) {
        const node = graph.addNode(concept, { nivel: entry.depth });
        if (node) { fresh.push(node); if (owner) addedBy.set(concept.slug, owner); }
      }
    }
    for (const entry of entries) graph.addEdge(edgeOf(entry, relations));
    return fresh;
  }

  // The near ring: a hub has dozens of neighbours, so the first NEAR_STEP (specific relations before the generic
  // one and the exam traps) are drawn with their names and the rest wait behind "Ver más".
  // Depth 2 and 3: far concepts faded, the best connected first, the rest behind "Ver más" too.
  const near = related.entries.filter((e) => e.depth <= 1);
  const far = related.entries.filter((e) => e.depth > 1);
  const nearOrder = rankNear(near, root.slug);
  let nearShown = Math.min(NEAR_STEP, nearOrder.length);
  const farRank = new Map();
  for (const e of far) for (const c of [e.from, e.concept]) farRank.set(c.slug, (farRank.get(c.slug) || 0) + 1);
  const nearSlugs = new Set([root.slug, ...nearOrder]);
  const farOrder = [...farRank.keys()].filter((k) => !nearSlugs.has(k)).sort((a, b) => farRank.get(b) - farRank.get(a) || a.localeCompare(b));
  let farShown = 0;
  function nearEntries() {
    const allowed = new Set([root.slug, ...nearOrder.slice(0, nearShown)]);
    return near.filter((e) => allowed.has(e.from.slug) && allowed.has(e.concept.slug));
  }
  function farEntries(upTo) {
    const allowed = new Set([root.slug, ...nearOrder.slice(0, nearShown), ...farOrder.slice(0, upTo)]);
    return far.filter((e) => allowed.has(e.from.slug) && allowed.has(e.concept.slug));
  }
  graph.cy.batch(() => {
    graph.addNode(root, { nivel: 0 }).addClass('raiz expandido');
    addEntries(nearEntries(), null);
    farShown = nearShown < nearOrder.length ? 0 : Math.min(FAR_STEP, farOrder.length);
    addEntries(farEntries(farShown), null).forEach((n) => n.addClass('lejano'));
    graph.cy.nodes('.lejano').connectedEdges().addClass('lejana');
  });
  async function showMoreFar() {
    graph.cy.batch(() => {
      if (nearShown < nearOrder.length) {
        nearShown = Math.min(nearShown + NEAR_STEP, nearOrder.length);
        addEntries(nearEntries(), null);
      } else {
        farShown = Math.min(farShown + FAR_STEP, farOrder.length);
        addEntries(farEntries(farShown), null).forEach((n) => n.addClass('lejano'));
        graph.cy.nodes('.lejano').connectedEdges().addClass('lejana');
      }
    });
    await graph.runLayout(state.layoutName, slug);
    updateStatus();
  }
  // Nodes reached within the requested depth count as expanded, except the outer ring.
  graph.cy.nodes().forEach((n) => { if ((n.data('nivel') || 0) < depth) n.addClass('expandido'); });
  await graph.runLayout(layoutName, slug);
  const elapsed = performance.now() - started;
  window.__explorador = Object.assign(window.__explorador || {}, { firstGraphMs: window.__explorador?.firstGraphMs ?? performance.now(), lastGraphMs: elapsed });
  updateStatus();
  graph.select(slug);
  showCard(slug);

  async function toggle(id) {
    const node = graph.cy.getElementById(id);
    if (!node.length) return;
    if (node.hasClass('expandido') && id !== slug) {
      collapse(id);
      node.removeClass('expandido');
      notify(`Contraído: ${node.data('label')}`);
    } else if (!node.hasClass('expandido')) {
      const more = await api.related(id, 1, state.chosen);
      const fresh = addEntries(more.entries, id);
      node.addClass('expandido');
      fresh.forEach((n) => n.position({ ...node.position() }));
      await graph.runLayout(state.layoutName === 'cose' ? 'cose' : state.layoutName, slug);
      graph.select(id);
      notify(`Expandido: ${node.data('label')} (+${fresh.length} nodos)`);
    }
    updateStatus();
  }

  function collapse(id) {
    for (const [child, owner] of [...addedBy]) {
      if (owner !== id) continue;
      collapse(child);
      addedBy.delete(child);
      graph.cy.getElementById(child).remove();
    }
  }

  function updateStatus() {
    const hiddenNear = nearOrder.length - nearShown;
    const hidden = hiddenNear > 0 ? hiddenNear : farOrder.length - farShown;
    moreButton.hidden = hidden <= 0;
    moreButton.textContent = hiddenNear > 0
      ? `Ver más (+${Math.min(hiddenNear, NEAR_STEP)} de ${hiddenNear} vecinos)`
      : `Ver más (+${Math.min(hidden, FAR_STEP)} de ${hidden} lejanos)`;
    status.textContent = `${graph.cy.nodes().length} conceptos y ${graph.cy.edges().length} relaciones en pantalla (profundidad ${state.depth}${state.chosen.length ? `, ${state.chosen.length} tipos de relación` : ''}).`
      + (state.depth > 1 ? ' Los conceptos lejanos salen pequeños: pasa el ratón o elige uno para ver su nombre.' : '')
      + ' Las relaciones se leen al pasar el ratón o al elegir un concepto.';
  }

  async function showCard(id) {
    try {
      const card = await api.card(id);
      const changed = cardBox.dataset.slug !== id;
      fill(cardBox, renderCard(card),
        id !== slug ? h('p', null, conceptLink(card.concept, 'explorar'), ' — centrar el grafo en este concepto') : null);
      cardBox.dataset.slug = id;
      // A new concept is read from its title: back to the top of the card.
      if (changed) {
        cardBox.scrollTop = 0;
        const top = cardBox.getBoundingClientRect().top;
        if (top < 0 && getComputedStyle(cardBox).overflowY !== 'auto') cardBox.scrollIntoView({ block: 'start' });
      }
    } catch (e) {
      fill(cardBox, errorBox(e.message));
    }
  }
  return graph;
}

const FAR_STEP = 40;
const NEAR_STEP = 30;
/** Relations drawn last around a hub: the generic one and the exam traps say least about the concept. */
const WEAK_RELATIONS = new Set(['skos:related', 'gd:seConfundeCon']);

/** The root's neighbours, each once: those reached by a specific relation first, then by name. */
function rankNear(entries, rootSlug) {
  const best = new Map();
  for (const e of entries) {
    const other = e.from.slug === rootSlug ? e.concept : e.from;
    if (other.slug === rootSlug) continue;
    const weak = WEAK_RELATIONS.has(e.relation) ? 1 : 0;
    const known = best.get(other.slug);
    if (!known || weak < known.weak) best.set(other.slug, { weak, label: other.labelEs || other.slug });
  }
  return [...best.entries()].sort((a, b) => a[1].weak - b[1].weak || a[1].label.localeCompare(b[1].label, 'es'))
    .map(([slug]) => slug);
}

function clamp(n, lo, hi) {
  return Math.max(lo, Math.min(hi, n));
}

/** "¿Quisiste decir…?" for an unknown concept. */
export function unknownConcept(main, error, slug) {
  fill(main, h('h1', { class: 'titulo-vista' }, 'Concepto no encontrado'),
    errorBox(error instanceof ApiError ? error.message : `No hay ningún concepto llamado «${slug}».`),
    error.suggestions && error.suggestions.length ? h('div', null, h('p', null, '¿Quisiste decir…?'),
      h('ul', null, error.suggestions.map((s) => h('li', null, h('a', { href: href('explorar', s.slug), 'data-nav': true }, s.label))))) : null);
}

// Cytoscape wrapper shared by the explorer, the path view and the mind map.
// Edges always point subject → object and carry the relation's forward Spanish label ("usa", "se guarda en").
import { kindColor, kindInfo } from './kinds.js';
import { cssVar, onThemeChange } from './theme.js';

export const LAYOUTS = {
  abanico: 'Abanico (legible)',
  cose: 'Fuerzas (cose)',
  breadthfirst: 'Árbol (breadthfirst)',
  concentric: 'Anillos (concentric)',
  circle: 'Círculo (circle)',
};

function style(options = {}) {
  const text = cssVar('--texto') || '#222';
  const bg = cssVar('--fondo') || '#fff';
  const line = cssVar('--linea-grafo') || '#888';
  const accent = cssVar('--acento') || '#e8590c';
  const select = cssVar('--seleccion') || '#f59f00';
  return [
    { selector: 'node', style: {
      'background-color': (n) => kindColor(n.data('kind')),
      shape: (n) => kindInfo(n.data('kind')).shape,
      label: 'data(label)', color: text, 'font-size': 13, 'text-wrap': 'ellipsis', 'text-max-width': LABEL_WIDTH,
      'text-valign': 'bottom', 'text-margin-y': 4, 'text-outline-color': bg, 'text-outline-width': 2,
      width: 20, height: 20, 'border-width': 1, 'border-color': bg, 'min-zoomed-font-size': 6,
    } },
    { selector: 'node.raiz', style: { width: 42, height: 42, 'border-width': 4, 'border-color': accent, 'font-size': 15, 'font-weight': 'bold', 'text-wrap': 'wrap', 'text-max-width': 220 } },
    // Abanico layout: labels point away from the centre, so neighbours in a column never overlap.
    { selector: 'node.a-la-derecha', style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 6, 'text-margin-y': 0 } },
    { selector: 'node.a-la-izquierda', style: { 'text-halign': 'left', 'text-valign': 'center', 'text-margin-x': -6, 'text-margin-y': 0 } },
    { selector: 'node.raiz.en-abanico', style: { 'text-valign': 'top', 'text-margin-y': -6 } },
    // Far nodes (depth 2 and 3): small and faded, name on hover or selection.
    { selector: 'node.lejano', style: { width: 12, height: 12, opacity: 0.6, label: '' } },
    { selector: 'node.lejano.con-nombre, node.lejano:selected, node.lejano.resaltado', style: { label: 'data(label)', opacity: 1 } },
    { selector: 'node.expandido', style: { 'border-width': 3, 'border-style': 'double', 'border-color': text } },
    { selector: 'edge', style: {
      width: 1.5, 'line-color': line, 'target-arrow-color': line, 'target-arrow-shape': 'triangle', 'curve-style': 'bezier',
      label: '', 'font-size': 11, color: text, 'text-rotation': 'autorotate',
      'text-background-color': bg, 'text-background-opacity': 0.85, 'text-background-padding': 1, 'min-zoomed-font-size': 7,
    } },
    // Edge readings only where they help: on hover, around the selected node, or when there are few edges.
    { selector: 'edge.etiquetada, edge:selected', style: { label: 'data(label)' } },
    { selector: 'edge.simetrica', style: { 'target-arrow-shape': 'none', 'line-style': 'dashed' } },
    { selector: '.atenuado', style: { opacity: 0.18 } },
    { selector: 'node.resaltado', style: { 'border-width': 3, 'border-color': select } },
    { selector: 'edge.lejana', style: { opacity: 0.35 } },
    { selector: 'edge.resaltado', style: { width: 2, opacity: 1, 'line-color': select, 'target-arrow-color': select, 'font-weight': 'bold' } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': select, 'overlay-opacity': 0.12, 'overlay-color': select } },
    // Mind maps are for reading: labels stay visible at any zoom.
    { selector: 'edge.camino', style: { 'line-color': accent, 'target-arrow-color': accent, width: 4 } },
    { selector: 'node.camino', style: { 'border-width': 4, 'border-color': accent } },
  ];
}

const LABEL_WIDTH = 230;
const FEW_EDGES = 12; // up to this many edges, every reading is shown
const ROW = 28; // vertical room for one labelled node in the abanico layout
const FAR_ROW = 15; // and for one far (unlabelled) node
const FIRST_RING = 110; // root → first column
const COLUMN = LABEL_WIDTH + 90; // one column → the next (room for the labels)

/** Same seed, same numbers: cose stays the same picture every time. */
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Abanico: a left/right tidy tree around the root. The root's neighbours make two columns (grouped by relation),
 * their own neighbours the next columns outwards; every node gets its own row, and labels point outwards,
 * so no two labels overlap. Deterministic: the same view is the same picture.
 */
export function abanicoPositions(cy, rootId) {
  const root = cy.getElementById(rootId);
  if (!root.length) return null;
  const parent = new Map([[rootId, null]]);
  const kids = new Map();
  const reading = new Map();
  const queue = [root];
  while (queue.length) {
    const node = queue.shift();
    const next = [];
    node.connectedEdges().forEach((edge) => {
      const other = edge.source().id() === node.id() ? edge.target() : edge.source();
      if (parent.has(other.id())) return;
      parent.set(other.id(), node.id());
      reading.set(other.id(), edge.data('label') || '');
      next.push(other);
    });
    next.sort((a, b) => reading.get(a.id()).localeCompare(reading.get(b.id()), 'es') || a.data('label').localeCompare(b.data('label'), 'es'));
    kids.set(node.id(), next);
    queue.push(...next);
  }
  const height = (node) => {
    const own = node.hasClass('lejano') ? FAR_ROW : ROW;
    const sum = (kids.get(node.id()) || []).reduce((total, k) => total + height(k), 0);
    return Math.max(own, sum);
  };
  const first = kids.get(rootId) || [];
  const total = first.reduce((t, k) => t + height(k), 0);
  // Split the first ring in two halves of about the same height: right, then left.
  const right = [];
  const left = [];
  let acc = 0;
  for (const k of first) { (acc < total / 2 ? right : left).push(k); acc += height(k); }
  const positions = { [rootId]: { x: 0, y: 0 } };
  const sides = new Map();
  function place(list, side, level, top) {
    let y = top;
    for (const node of list) {
      const hgt = height(node);
      positions[node.id()] = { x: side * (FIRST_RING + (level - 1) * COLUMN), y: y + hgt / 2 };
      sides.set(node.id(), side);
      place(kids.get(node.id()) || [], side, level + 1, y + (hgt - (kids.get(node.id()) || []).reduce((t, k) => t + height(k), 0)) / 2);
      y += hgt;
    }
  }
  const heightOf = (list) => list.reduce((t, k) => t + height(k), 0);
  place(right, 1, 1, -heightOf(right) / 2);
  place(left, -1, 1, -heightOf(left) / 2);
  // Nodes not reached from the root (should not happen) go below.
  let extra = 0;
  cy.nodes().forEach((n) => { if (!positions[n.id()]) { positions[n.id()] = { x: 0, y: total / 2 + 60 + extra }; extra += ROW; } });
  return { positions, sides };
}

export function layoutOptions(name, rootId, count) {
  const base = { name, animate: false, fit: true, padding: 30 };
  if (name === 'cose') return { ...base, randomize: true, nodeRepulsion: () => 250000, idealEdgeLength: () => 120, nodeOverlap: 20, gravity: 0.5, numIter: count > 150 ? 500 : 1000 };
  if (name === 'breadthfirst') return { ...base, directed: false, spacingFactor: 1.1, roots: rootId ? [rootId] : undefined };
  if (name === 'concentric') {
    return { ...base, minNodeSpacing: 30, concentric: (n) => (n.hasClass('raiz') ? 100 : 100 - (n.data('nivel') || 1) * 10), levelWidth: () => 10 };
  }
  return { ...base, spacingFactor: 1 };
}

/** Turns an /api/related entry into the true edge: who is the subject, who the object. */
export function edgeOf(entry, relations) {
  const rel = relations.get(entry.relation);
  const out = entry.direction === 'out';
  const source = out ? entry.from : entry.concept;
  const target = out ? entry.concept : entry.from;
  return {
    id: `${source.slug}|${entry.relation}|${target.slug}`,
    source: source.slug,
    target: target.slug,
    relation: entry.relation,
    label: rel ? rel.label : entry.relationLabel,
    inverseLabel: rel ? rel.inverseLabel : null,
    symmetric: rel ? rel.symmetric : false,
  };
}

export function createGraph(container, handlers = {}, options = {}) {
  const cy = window.cytoscape({
    container, style: style(options), minZoom: 0.15, maxZoom: 3,
    boxSelectionEnabled: false, selectionType: 'single',
  });
  const off = onThemeChange(() => cy.style(style(options)));

  cy.on('tap', 'node', (e) => {
    handlers.onSelect && handlers.onSelect(e.target.id());
  });
  cy.on('dbltap', 'node', (e) => handlers.onToggle && handlers.onToggle(e.target.id()));
  cy.on('select', 'node', (e) => highlight(e.target));
  cy.on('unselect', 'node', () => { cy.elements().removeClass('atenuado resaltado'); labelWhenFew(); });
  // Hover: the node's name (if far) and the readings of its edges.
  cy.on('mouseover', 'node', (e) => {
    e.target.addClass('con-nombre');
    e.target.connectedEdges().addClass('etiquetada hover');
  });
  cy.on('mouseout', 'node', (e) => {
    e.target.removeClass('con-nombre');
    e.target.connectedEdges().removeClass('hover');
    restoreEdgeLabels();
  });
  cy.on('mouseover', 'edge', (e) => e.target.addClass('etiquetada hover'));
  cy.on('mouseout', 'edge', (e) => { e.target.removeClass('hover'); restoreEdgeLabels(); });

  function restoreEdgeLabels() {
    const selected = cy.nodes(':selected')[0];
    cy.edges().forEach((edge) => {
      const keep = edge.hasClass('hover') || cy.edges().length <= FEW_EDGES
        || (selected && selected.connectedEdges().length <= 8 && edge.connectedNodes().contains(selected));
      edge.toggleClass('etiquetada', Boolean(keep));
    });
  }

  function highlight(node) {
    cy.batch(() => {
      cy.elements().removeClass('atenuado resaltado');
      const near = node.closedNeighborhood();
      cy.elements().not(near).addClass('atenuado');
      near.edges().addClass('resaltado');
      near.nodes().not(node).addClass('resaltado');
    });
    restoreEdgeLabels();
  }

  // Keyboard: the canvas is focusable; arrows walk the nodes in name order.
  container.addEventListener('keydown', (e) => {
    const nodes = cy.nodes().sort((a, b) => a.data('label').localeCompare(b.data('label'), 'es'));
    if (!nodes.length) return;
    const current = cy.nodes(':selected')[0];
    const index = current ? nodes.indexOf(current) : -1;
    const key = e.key;
    if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(key)) {
      e.preventDefault();
      const step = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1;
      const next = nodes[(index + step + nodes.length) % nodes.length];
      select(next.id(), true);
      handlers.onSelect && handlers.onSelect(next.id());
    } else if ((key === 'Enter' || key === ' ') && current) {
      e.preventDefault();
      handlers.onToggle && handlers.onToggle(current.id());
    } else if (key === 'o' && current) {
      handlers.onOpen && handlers.onOpen(current.id());
    } else if (key === '+' || key === '=') {
      zoomBy(1.25);
    } else if (key === '-') {
      zoomBy(0.8);
    } else if (key === '0' || key === 'f') {
      cy.fit(undefined, 30);
    } else if (key === 'Escape') {
      cy.nodes().unselect();
    }
  });

  function zoomBy(factor) {
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
  }

  function select(id, center) {
    const node = cy.getElementById(id);
    if (!node.length) return;
    cy.nodes().unselect();
    node.select();
    if (center) cy.animate({ center: { eles: node }, duration: 150 });
  }

  function addNode(concept, data = {}) {
    if (cy.getElementById(concept.slug).length) return null;
    return cy.add({ group: 'nodes', data: { id: concept.slug, label: concept.labelEs, kind: concept.kind, ...data } });
  }

  // Two concepts linked by several relations get one edge carrying all the readings ("usa · alimenta").
  const pairs = new Map();
  function addEdge(edge) {
    if (cy.getElementById(edge.id).length) return null;
    if (!cy.getElementById(edge.source).length || !cy.getElementById(edge.target).length) return null;
    const pair = [edge.source, edge.target].sort().join('\u0000');
    const existing = pairs.get(pair);
    if (existing && existing.inside()) {
      const same = existing.data('source') === edge.source;
      const reading = same || edge.symmetric ? edge.label : edge.inverseLabel || edge.label;
      const ids = [...existing.data('ids'), edge.id];
      if (existing.data('ids').includes(edge.id)) return null;
      const readings = [...existing.data('readings')];
      if (!readings.includes(reading)) readings.push(reading);
      existing.data({ ids, readings, relations: [...existing.data('relations'), edge.relation], label: readings.join(' · ') });
      if (!edge.symmetric) existing.removeClass('simetrica');
      return existing;
    }
    const added = cy.add({ group: 'edges', data: { ...edge, ids: [edge.id], readings: [edge.label], relations: [edge.relation] } });
    pairs.set(pair, added);
    if (edge.symmetric) added.addClass('simetrica');
    return added;
  }

  /** Runs a layout and resolves when it has stopped (so callers can measure render time). */
  function runLayout(name, rootId) {
    cy.nodes().removeClass('a-la-derecha a-la-izquierda en-abanico');
    if (name === 'abanico') {
      const placed = abanicoPositions(cy, rootId);
      if (placed) {
        cy.batch(() => {
          for (const [id, side] of placed.sides) cy.getElementById(id).addClass(side > 0 ? 'a-la-derecha' : 'a-la-izquierda');
          cy.getElementById(rootId).addClass('en-abanico');
        });
        return runPreset(placed.positions);
      }
      name = 'concentric';
    }
    return new Promise((resolve) => {
      const layout = cy.layout(layoutOptions(name, rootId, cy.nodes().length));
      // cose draws random numbers: a fixed seed gives the same picture every time.
      const random = Math.random;
      if (name === 'cose') Math.random = seededRandom(cy.nodes().length * 7919 + cy.edges().length);
      layout.one('layoutstop', () => { Math.random = random; labelWhenFew(); resolve(); });
      try { layout.run(); } catch (e) { Math.random = random; throw e; }
    });
  }

  function runPreset(positions) {
    return new Promise((resolve) => {
      const layout = cy.layout({ name: 'preset', positions: (n) => positions[n.id()], animate: false, fit: true, padding: 30 });
      layout.one('layoutstop', () => { labelWhenFew(); resolve(); });
      layout.run();
    });
  }

  function labelWhenFew() {
    cy.edges().toggleClass('etiquetada', cy.edges().length <= FEW_EDGES);
  }

  return {
    cy, select, addNode, addEdge, runLayout, zoomBy, highlight,
    fit: () => cy.fit(undefined, 30),
    destroy: () => { off && off(); cy.destroy(); },
  };
}

/** A touch screen or a narrow window: the graph must not capture the page's vertical scroll. */
export function touchFirst() {
  return window.matchMedia('(pointer: coarse), (max-width: 40rem)').matches;
}

/**
 * Wraps a graph container so that, on a phone, a swipe over it scrolls the page: a transparent cover lies on
 * the graph until "Mover el grafo" is pressed; "Fijar el grafo" puts it back.
 */
export function scrollSafeFrame(container) {
  const frame = document.createElement('div');
  frame.className = 'grafo-marco';
  frame.append(container);
  if (!touchFirst()) return frame;
  const cover = document.createElement('div');
  cover.className = 'grafo-tapa';
  cover.id = 'grafo-tapa';
  const unlock = document.createElement('button');
  unlock.type = 'button';
  unlock.id = 'mover-grafo';
  unlock.textContent = 'Mover y tocar el grafo';
  const lock = document.createElement('button');
  lock.type = 'button';
  lock.id = 'fijar-grafo';
  lock.className = 'grafo-soltar';
  lock.textContent = 'Fijar el grafo (desplazar la página)';
  lock.hidden = true;
  unlock.addEventListener('click', () => { cover.hidden = true; lock.hidden = false; });
  lock.addEventListener('click', () => { cover.hidden = false; lock.hidden = true; });
  cover.append(unlock);
  frame.append(cover, lock);
  return frame;
}

// Cytoscape wrapper shared by the explorer, the path view and the mind map.
// Edges always point subject → object and carry the relation's forward Spanish label ("usa", "se guarda en").
import { kindColor, kindInfo } from './kinds.js';
import { cssVar, onThemeChange } from './theme.js';

export const LAYOUTS = {
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
      label: 'data(label)', color: text, 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 120,
      'text-valign': 'bottom', 'text-margin-y': 4, 'text-outline-color': bg, 'text-outline-width': 2,
      width: 26, height: 26, 'border-width': 1, 'border-color': bg, 'min-zoomed-font-size': 6,
    } },
    { selector: 'node.raiz', style: { width: 42, height: 42, 'border-width': 4, 'border-color': accent, 'font-size': 13, 'font-weight': 'bold' } },
    { selector: 'node.expandido', style: { 'border-width': 3, 'border-style': 'double', 'border-color': text } },
    { selector: 'edge', style: {
      width: 1.5, 'line-color': line, 'target-arrow-color': line, 'target-arrow-shape': 'triangle', 'curve-style': 'bezier',
      label: 'data(label)', 'font-size': 9, color: text, 'text-rotation': 'autorotate',
      'text-background-color': bg, 'text-background-opacity': 0.85, 'text-background-padding': 1, 'min-zoomed-font-size': 7,
    } },
    { selector: 'edge.simetrica', style: { 'target-arrow-shape': 'none', 'line-style': 'dashed' } },
    { selector: '.atenuado', style: { opacity: 0.18 } },
    { selector: 'node.resaltado', style: { 'border-width': 3, 'border-color': select } },
    { selector: 'edge.resaltado', style: { width: 3, 'line-color': select, 'target-arrow-color': select, 'font-weight': 'bold' } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': select, 'overlay-opacity': 0.12, 'overlay-color': select } },
    // Mind maps are for reading: labels stay visible at any zoom.
    ...(options.alwaysLabels ? [{ selector: 'node', style: { 'min-zoomed-font-size': 0, 'font-size': 13 } }, { selector: 'edge', style: { 'min-zoomed-font-size': 0 } }] : []),
    { selector: 'edge.camino', style: { 'line-color': accent, 'target-arrow-color': accent, width: 4 } },
    { selector: 'node.camino', style: { 'border-width': 4, 'border-color': accent } },
  ];
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
  cy.on('unselect', 'node', () => cy.elements().removeClass('atenuado resaltado'));

  function highlight(node) {
    cy.batch(() => {
      cy.elements().removeClass('atenuado resaltado');
      const near = node.closedNeighborhood();
      cy.elements().not(near).addClass('atenuado');
      near.edges().addClass('resaltado');
      near.nodes().not(node).addClass('resaltado');
    });
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

  function addEdge(edge) {
    if (cy.getElementById(edge.id).length) return null;
    if (!cy.getElementById(edge.source).length || !cy.getElementById(edge.target).length) return null;
    const added = cy.add({ group: 'edges', data: edge });
    if (edge.symmetric) added.addClass('simetrica');
    return added;
  }

  /** Runs a layout and resolves when it has stopped (so callers can measure render time). */
  function runLayout(name, rootId) {
    return new Promise((resolve) => {
      const layout = cy.layout(layoutOptions(name, rootId, cy.nodes().length));
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  }

  return {
    cy, select, addNode, addEdge, runLayout, zoomBy, highlight,
    fit: () => cy.fit(undefined, 30),
    destroy: () => { off && off(); cy.destroy(); },
  };
}

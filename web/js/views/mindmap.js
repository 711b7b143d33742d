// Mind map from any concept: radial or tree, depth and relations chosen; PNG, SVG and Markdown downloads.
import { api, relationIndex } from '../api.js';
import { h, clear, download, notify, fill } from '../dom.js';
import { createGraph } from '../graph.js';
import { href, navigate } from '../router.js';
import { toSvg, toMarkdown } from '../export.js';
import { legend, relationPicker } from './explore.js';
import { cssVar } from '../theme.js';

export async function renderMindmap(main, route) {
  const slug = route.slug;
  const depth = Math.min(4, Math.max(1, Number(route.params.get('profundidad')) || 2));
  const shape = route.params.get('forma') === 'arbol' ? 'arbol' : 'radial';
  const chosen = (route.params.get('rel') || '').split(',').filter(Boolean);
  const [tree, relations] = await Promise.all([api.mindmap(slug, depth, chosen), relationIndex()]);
  const state = { depth, shape, chosen };
  const go = () => navigate(href('mapa', slug, { profundidad: state.depth, forma: state.shape === 'arbol' ? 'arbol' : null, rel: state.chosen }));

  const depthSelect = h('select', { id: 'mapa-profundidad' }, [1, 2, 3, 4].map((d) => h('option', { value: d, selected: d === depth }, String(d))));
  depthSelect.addEventListener('change', () => { state.depth = Number(depthSelect.value); go(); });
  const shapeSelect = h('select', { id: 'mapa-forma' }, h('option', { value: 'radial', selected: shape === 'radial' }, 'Radial'), h('option', { value: 'arbol', selected: shape === 'arbol' }, 'Árbol'));
  shapeSelect.addEventListener('change', () => { state.shape = shapeSelect.value; go(); });
  const canvas = h('div', { class: 'grafo mapa', id: 'grafo', tabindex: 0, role: 'application', 'aria-label': `Mapa mental de ${tree.concept.labelEs}` });
  const count = h('p', { class: 'estado-grafo', id: 'mapa-cuenta' });
  const outline = h('details', { class: 'esquema' }, h('summary', null, 'Ver como esquema de texto'), h('pre', { id: 'mapa-markdown' }, toMarkdown(tree)));

  fill(main, 
    h('h1', { class: 'titulo-vista' }, 'Mapa mental: ', h('span', { id: 'titulo-concepto' }, tree.concept.labelEs)),
    h('div', { class: 'barra', role: 'toolbar', 'aria-label': 'Controles del mapa' },
      h('label', { for: 'mapa-profundidad' }, 'Profundidad '), depthSelect,
      h('label', { for: 'mapa-forma' }, 'Forma '), shapeSelect,
      relationPicker(relations, chosen, (list) => { state.chosen = list; go(); }),
      h('button', { type: 'button', id: 'descargar-png', onclick: () => savePng() }, 'Descargar PNG'),
      h('button', { type: 'button', id: 'descargar-svg', onclick: () => saveSvg() }, 'Descargar SVG'),
      h('button', { type: 'button', id: 'descargar-md', onclick: () => saveMarkdown() }, 'Descargar Markdown'),
      h('button', { type: 'button', onclick: () => graph.fit() }, 'Encajar')),
    canvas, count, legend(), outline);

  const graph = createGraph(canvas, { onOpen: (id) => navigate(href('explorar', graph.cy.getElementById(id).data('slug'))) }, { alwaysLabels: true });
  main.graph = graph;
  // Tree ids are paths (a/b/c), so a concept reached by two branches is drawn in both, as a mind map should.
  let n = 0;
  function add(node, parentId, level) {
    const id = parentId ? `${parentId}/${node.concept.slug}` : node.concept.slug;
    graph.cy.add({ group: 'nodes', data: { id, slug: node.concept.slug, label: node.concept.labelEs, kind: node.concept.kind, nivel: level } });
    n++;
    if (parentId) graph.cy.add({ group: 'edges', data: { id: `${id}|e`, source: parentId, target: id, label: node.relationLabel } });
    for (const child of node.children || []) add(child, id, level + 1);
  }
  graph.cy.batch(() => add(tree, null, 0));
  graph.cy.getElementById(tree.concept.slug).addClass('raiz');
  await graph.runLayout(shape === 'arbol' ? 'breadthfirst' : 'concentric', tree.concept.slug);
  if (shape === 'arbol') graph.cy.layout({ name: 'breadthfirst', directed: true, roots: [tree.concept.slug], animate: false, spacingFactor: 1.15, padding: 30 }).run();
  count.textContent = `${n} nodos · profundidad ${depth}. Las flechas se leen del centro hacia fuera.`;

  const base = `mapa-${slug}-p${depth}`;
  function savePng() {
    const blob = graph.cy.png({ output: 'blob', full: true, scale: 2, bg: cssVar('--fondo') || '#ffffff' });
    download(`${base}.png`, blob);
    notify('PNG descargado.');
  }
  function saveSvg() {
    download(`${base}.svg`, toSvg(graph.cy, `Mapa mental: ${tree.concept.labelEs}`), 'image/svg+xml');
    notify('SVG descargado.');
  }
  function saveMarkdown() {
    download(`${base}.md`, toMarkdown(tree), 'text/markdown');
    notify('Markdown descargado.');
  }
}

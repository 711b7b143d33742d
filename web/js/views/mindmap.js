// Mind map: a foldable tree read left to right. From a concept: the concept, one branch per relation
// (its Spanish reading), then the concepts; from the course: modules → topics → concepts.
// Downloads: PNG and SVG (white or theme background, never transparent) and a Markdown outline.
import { api, relationIndex } from '../api.js';
import { h, download, notify, fill } from '../dom.js';
import { href, navigate } from '../router.js';
import { createMindTree, standaloneSvg, svgToPng } from '../mindtree.js';
import { legend, relationPicker } from './explore.js';
import { cssVar } from '../theme.js';
import { currentScope, rememberScope, scopeParam, scopeSwitch, reopen } from '../scope.js';

const COURSE_TITLE = 'Curso: Generative AI Application Deployment and Monitoring';
const CERTIFICATION_TITLE = 'Certificación: Generative AI Engineer Associate (curso y resto del examen)';

/** Groups API children by the relation's reading into branch nodes; concepts already on the path are left out. */
function branches(apiChildren, ancestors, ctx) {
  const groups = new Map();
  for (const child of apiChildren || []) {
    if (ancestors.has(child.concept.slug)) continue;
    const list = groups.get(child.relationLabel) || [];
    if (!list.some((c) => c.concept.slug === child.concept.slug)) list.push(child);
    groups.set(child.relationLabel, list);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], 'es'))
    .map(([label, list]) => ({
      type: 'rama', label, open: true,
      children: list.sort((a, b) => a.concept.labelEs.localeCompare(b.concept.labelEs, 'es'))
        .map((child) => conceptNode(child.concept, child.children, new Set([...ancestors, child.concept.slug]), ctx)),
    }));
}

/** A concept node; its relations come from the API tree when loaded, else on first unfold. */
function conceptNode(concept, apiChildren, ancestors, ctx) {
  const node = { type: 'concepto', label: concept.labelEs, labelEn: concept.labelEn, slug: concept.slug, kind: concept.kind, open: false };
  if (apiChildren && apiChildren.length) node.children = branches(apiChildren, ancestors, ctx);
  else if ((ctx.degree.get(concept.slug) || 0) > 1) {
    node.load = async () => branches((await api.mindmap(concept.slug, 1, ctx.chosen)).children, ancestors, ctx);
  }
  return node;
}

async function conceptMap(slug, depth, chosen) {
  const [tree, concepts] = await Promise.all([api.mindmap(slug, depth, chosen), api.concepts()]);
  const ctx = { chosen, degree: new Map(concepts.map((c) => [c.concept.slug, c.degree])) };
  const root = { type: 'raiz', label: tree.concept.labelEs, labelEn: tree.concept.labelEn, slug, kind: tree.concept.kind, open: true, showAll: true, // every relation of the concept is a branch; «+N más» only inside long branches
    children: branches(tree.children, new Set([slug]), ctx) };
  return { root, title: `Mapa mental: ${tree.concept.labelEs}`, name: tree.concept.labelEs, ctx };
}

async function courseMap(scope) {
  const [outline, concepts] = await Promise.all([api.outline(scope), api.concepts()]);
  const ctx = { chosen: [], degree: new Map(concepts.map((c) => [c.concept.slug, c.degree])) };
  const root = { type: 'raiz', label: scope === 'certificacion' ? CERTIFICATION_TITLE : COURSE_TITLE, open: true, showAll: true, // every module, never «+N más»
    children: outline.map((m) => ({ type: 'rama', label: `Módulo ${m.order}: ${m.label}`, open: true,
      children: m.topics.map((t) => ({ type: 'rama', label: `${m.order}.${t.order} ${t.label}`, open: false,
        children: t.concepts.map((c) => conceptNode(c, null, new Set([c.slug]), ctx)) })) })) };
  return scope === 'certificacion' ? { root, title: 'Mapa mental de la certificación', name: CERTIFICATION_TITLE, ctx }
    : { root, title: 'Mapa mental del curso', name: COURSE_TITLE, ctx };
}

/** The loaded part of the tree as a Markdown outline (Markmap and most outliners read it). */
export function treeToMarkdown(root) {
  const heading = root.labelEn && root.labelEn !== root.label && !root.label.includes(root.labelEn) ? `${root.label} (${root.labelEn})` : root.label;
  const lines = [`# ${heading}`, ''];
  (function walk(node, level) {
    for (const kid of node.children || []) {
      const en = kid.labelEn && kid.labelEn !== kid.label && !kid.label.includes(kid.labelEn) ? ` (${kid.labelEn})` : '';
      lines.push(`${'  '.repeat(level)}- ${kid.type === 'rama' ? `*${kid.label}*` : `**${kid.label}**${en}`}`);
      walk(kid, level + 1);
    }
  })(root, 0);
  return lines.join('\n') + '\n';
}

/** The same outline as nested lists on the page (instead of raw Markdown). */
function outlineList(node) {
  const kids = node.children || [];
  if (!kids.length) return null;
  return h('ul', null, kids.map((kid) => h('li', { class: kid.type === 'rama' ? 'esquema-rama' : null },
    kid.type === 'concepto' ? h('a', { href: href('explorar', kid.slug), 'data-nav': true }, kid.label) : h('em', null, kid.label),
    outlineList(kid))));
}

export async function renderMindmap(main, route) {
  const slug = route.slug;
  const depth = Math.min(3, Math.max(1, Number(route.params.get('profundidad')) || 1));
  const chosen = (route.params.get('rel') || '').split(',').filter(Boolean);
  const scope = currentScope(route);
  if (!slug) rememberScope(scope);
  const [map, relations] = await Promise.all([slug ? conceptMap(slug, depth, chosen) : courseMap(scope), relationIndex()]);
  const state = { depth, chosen };
  const go = () => navigate(href('mapa', slug, { profundidad: state.depth > 1 ? state.depth : null, rel: state.chosen }));

  const depthSelect = h('select', { id: 'mapa-profundidad' }, [1, 2, 3].map((d) => h('option', { value: d, selected: d === depth }, String(d))));
  depthSelect.addEventListener('change', () => { state.depth = Number(depthSelect.value); go(); });
  const background = h('select', { id: 'mapa-fondo' }, h('option', { value: 'blanco' }, 'blanco'), h('option', { value: 'tema' }, 'del tema'));
  const host = h('div', { class: 'mapa-lienzo', id: 'mapa-lienzo', tabindex: -1 });
  const count = h('p', { class: 'estado-grafo', id: 'mapa-cuenta' });
  const selection = h('p', { class: 'mapa-seleccion', id: 'mapa-seleccion', 'aria-live': 'polite' }, 'Clic en un concepto o en su «+» para desplegar sus relaciones; clic otra vez para plegar.');
  const outline = h('details', { class: 'esquema', id: 'mapa-esquema' }, h('summary', null, 'Ver como esquema de texto'));
  const which = h(slug ? 'p' : 'div', { class: 'mapa-cual' }, slug
    ? h('a', { href: href('mapa'), 'data-nav': true }, 'Ver el mapa de todo el curso')
    : ['Módulos → temas → conceptos. Para el mapa de un concepto, búscalo arriba o ábrelo desde su ficha.',
      scopeSwitch(scope, (next) => reopen(href('mapa', null, { alcance: scopeParam(next) })))]);

  fill(main,
    h('h1', { class: 'titulo-vista' }, 'Mapa mental: ', h('span', { id: 'titulo-concepto' }, map.name)),
    which,
    h('div', { class: 'barra', role: 'toolbar', 'aria-label': 'Controles del mapa' },
      slug ? [h('label', { for: 'mapa-profundidad' }, 'Niveles abiertos '), depthSelect,
        relationPicker(relations, chosen, (list) => { state.chosen = list; go(); })] : null,
      h('button', { type: 'button', id: 'mapa-desplegar', onclick: () => { levels += slug ? 1 : 0; tree.openTo(levels).then(describe); } }, slug ? 'Desplegar un nivel más' : 'Desplegar todos los temas'),
      h('button', { type: 'button', id: 'mapa-plegar', onclick: () => { levels = 1; fold(map.root); tree.redraw(); describe(); } }, 'Plegar'),
      h('label', { for: 'mapa-fondo' }, 'Fondo de las descargas '), background,
      h('button', { type: 'button', id: 'descargar-png', onclick: () => savePng() }, 'Descargar PNG'),
      h('button', { type: 'button', id: 'descargar-svg', onclick: () => saveSvg() }, 'Descargar SVG'),
      h('button', { type: 'button', id: 'descargar-md', onclick: () => saveMarkdown() }, 'Descargar Markdown')),
    selection, host, count, legend(), outline);

  let levels = slug ? depth : 1;
  const tree = createMindTree(host, map.root, { title: map.title, onSelect: showSelection });
  if (slug && depth > 1) await tree.openTo(depth);
  host.addEventListener('mapa-dibujado', describe);
  describe();
  // Start with the root in view (a big map is taller than its box).
  const rootBox = host.querySelector('.nodo-raiz')?.getBoundingClientRect();
  if (rootBox) host.scrollTop = Math.max(0, rootBox.top - host.getBoundingClientRect().top - host.clientHeight / 2);

  function fold(node) {
    if (node !== map.root && node.type !== 'mas') node.open = node.type === 'rama' && node.parent === map.root;
    node.showAll = false;
    (node.children || []).forEach(fold);
  }

  function describe() {
    const shown = host.querySelectorAll('.nodo-concepto, .nodo-raiz').length;
    count.textContent = `${shown} conceptos a la vista. Las ramas se leen de izquierda a derecha: «${map.name}» → relación → concepto.`;
    const list = outlineList(map.root);
    fill(outline, h('summary', null, 'Ver como esquema de texto'), list);
  }

  function showSelection(node) {
    fill(selection, h('strong', null, node.label), ' — ',
      h('a', { href: href('explorar', node.slug), 'data-nav': true }, 'ver su ficha y su grafo'), ' · ',
      h('a', { href: href('mapa', node.slug), 'data-nav': true, id: 'mapa-desde-aqui' }, 'mapa desde este concepto'));
  }

  const base = slug ? `mapa-${slug}` : 'mapa-curso';
  function backgroundColor() {
    return background.value === 'tema' ? cssVar('--fondo') || '#ffffff' : '#ffffff';
  }
  function exportText() {
    // On a white background the theme's light text would vanish: draw the copy in light colours.
    const dark = document.documentElement.dataset.theme === 'oscuro';
    if (dark && background.value === 'blanco') {
      document.documentElement.dataset.theme = 'claro';
      tree.redraw();
      const text = standaloneSvg(tree.svg(), map.title, '#ffffff');
      document.documentElement.dataset.theme = 'oscuro';
      tree.redraw();
      return text;
    }
    return standaloneSvg(tree.svg(), map.title, backgroundColor());
  }
  async function savePng() {
    const el = tree.svg();
    const blob = await svgToPng(exportText(), Number(el.getAttribute('width')), Number(el.getAttribute('height')), backgroundColor());
    download(`${base}.png`, blob);
    notify('PNG descargado (lo que está desplegado en pantalla).');
  }
  function saveSvg() {
    download(`${base}.svg`, exportText(), 'image/svg+xml');
    notify('SVG descargado (lo que está desplegado en pantalla).');
  }
  function saveMarkdown() {
    download(`${base}.md`, treeToMarkdown(map.root), 'text/markdown');
    notify('Markdown descargado.');
  }
}

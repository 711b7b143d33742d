// A foldable mind-map tree drawn as plain SVG (no library): read left to right, like Markmap or XMind.
// Model: {label, type: 'raiz' | 'rama' | 'concepto' | 'mas', slug?, kind?, children?, open?, load?}.
// - 'rama' nodes are the branches (a relation's reading, a module, a topic); 'concepto' nodes are concepts.
// - a node with `load` (async () => children) gets its children the first time it is unfolded.
// - a branch with more than MAX_SHOWN concepts shows the first ones and a "+N más" node.
// Text is drawn at 1:1 (never scaled down to fit), so it stays readable at any size of map.
import { svg, clear } from './dom.js';
import { kindColor, kindInfo, shapePath } from './kinds.js';
import { cssVar } from './theme.js';

export const FONT_SIZE = 14;
export const MAX_SHOWN = 8;
const ROW = 30; // vertical room per visible leaf
const GAP = 48; // horizontal gap between a node and its children
const PAD = 20;
const BRANCH_COLORS = ['#1c7ed6', '#e8590c', '#2f9e44', '#ae3ec9', '#0c8599', '#c2255c', '#5c940d', '#f08c00', '#364fc7', '#862e9c'];

let measureContext = null;
function textWidth(text, bold) {
  measureContext = measureContext || document.createElement('canvas').getContext('2d');
  measureContext.font = `${bold ? 'bold ' : ''}${FONT_SIZE}px ${cssVar('--fuente') || 'sans-serif'}`;
  return measureContext.measureText(text).width;
}

/**
 * Children that are drawn: all of them, or the first ones plus a "+N más" node. Only lists of concepts fold:
 * the branches themselves (one per relation reading, module or topic) are the map's structure and always show.
 */
function shownChildren(node) {
  const kids = node.children || [];
  const onlyBranches = kids.every((kid) => kid.type === 'rama');
  if (node.showAll || onlyBranches || kids.length <= MAX_SHOWN) return kids;
  const first = kids.slice(0, MAX_SHOWN - 1);
  node.moreNode = node.moreNode || { type: 'mas', label: `+${kids.length - first.length} más`, parent: node };
  return [...first, node.moreNode];
}

export function hasHiddenChildren(node) {
  return node.type !== 'mas' && ((node.children && node.children.length > 0) || Boolean(node.load)) && !node.open;
}

function canFold(node) {
  return node.type !== 'mas' && ((node.children && node.children.length > 0) || Boolean(node.load));
}

/** Tidy left-to-right layout: leaves take one row each, a parent sits at the middle of its children. */
function layout(root) {
  let row = 0;
  const placed = [];
  function walk(node, x, depth, branchColor) {
    const bold = node.type !== 'concepto';
    node.width = textWidth(node.label, bold) + (node.type === 'concepto' ? 26 : 16) + (canFold(node) ? 22 : 0);
    node.x = x;
    node.depth = depth;
    node.color = branchColor;
    placed.push(node);
    const kids = node.open ? shownChildren(node) : [];
    if (!kids.length) {
      node.y = row * ROW;
      row += 1;
      return;
    }
    kids.forEach((kid, i) => {
      kid.parent = node;
      const color = depth === 0 ? BRANCH_COLORS[i % BRANCH_COLORS.length] : branchColor;
      walk(kid, x + node.width + GAP, depth + 1, color);
    });
    node.y = (kids[0].y + kids[kids.length - 1].y) / 2;
  }
  walk(root, 0, 0, cssVar('--acento') || '#c2410c');
  return placed;
}

/**
 * Draws the tree into `host` (a scrollable element) and redraws it after every fold/unfold.
 * Returns {svg(), redraw(), expandAll(levels)}; onSelect(node) is called when a node is clicked.
 */
export function createMindTree(host, root, { title, onSelect } = {}) {
  let current = null;
  let selected = null;

  async function toggle(node) {
    if (node.type === 'mas') {
      node.parent.showAll = true;
      draw(node.parent);
      return;
    }
    if (!canFold(node)) return;
    if (!node.open && node.load && !node.children) {
      node.loading = true;
      draw(node);
      try { node.children = await node.load(); } finally { node.loading = false; }
    }
    node.open = !node.open;
    draw(node);
  }

  function draw(focusNode) {
    const placed = layout(root);
    const text = cssVar('--texto') || '#1d2125';
    const bg = cssVar('--fondo') || '#ffffff';
    const soft = cssVar('--fondo-2') || '#f4f5f7';
    const maxX = Math.max(...placed.map((n) => n.x + n.width));
    const maxY = Math.max(...placed.map((n) => n.y));
    const width = Math.ceil(maxX + PAD * 2);
    const height = Math.ceil(maxY + ROW + PAD * 2);
    const top = PAD + ROW / 2;
    const out = svg('svg', { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`,
      class: 'arbol-mapa', role: 'tree', 'aria-label': title || 'Mapa mental', 'font-family': cssVar('--fuente') || 'sans-serif' });
    out.append(svg('title', null, title || 'Mapa mental'));
    const links = svg('g', { class: 'enlaces', fill: 'none' });
    const nodes = svg('g', { class: 'nodos' });
    out.append(links, nodes);

    for (const node of placed) {
      const x = PAD + node.x;
      const y = top + node.y;
      if (node.parent && node.parent.open) {
        const px = PAD + node.parent.x + node.parent.width;
        const py = top + node.parent.y;
        const mid = (px + x) / 2;
        links.append(svg('path', { d: `M${px} ${py} C${mid} ${py} ${mid} ${y} ${x} ${y}`, stroke: node.color, 'stroke-width': node.depth <= 1 ? 2.5 : 1.6, 'stroke-opacity': 0.8 }));
      }
      const foldable = canFold(node);
      const g = svg('g', { class: `nodo-mapa nodo-${node.type}`, transform: `translate(${x} ${y})`, tabindex: 0,
        role: 'treeitem', 'aria-level': node.depth + 1, 'data-tipo': node.type });
      if (node.slug) g.setAttribute('data-slug', node.slug);
      if (foldable) g.setAttribute('aria-expanded', String(Boolean(node.open)));
      const labelX = node.type === 'concepto' ? 22 : 8;
      if (node.type === 'raiz') {
        g.append(svg('rect', { x: 0, y: -14, width: node.width, height: 28, rx: 8, fill: node.color, class: 'fondo-nodo' }));
      } else if (node.type === 'rama') {
        g.append(svg('rect', { x: 0, y: -12, width: node.width, height: 24, rx: 12, fill: soft, stroke: node.color, 'stroke-width': 1.5, class: 'fondo-nodo' }));
      } else if (node.type === 'mas') {
        g.append(svg('rect', { x: 0, y: -11, width: node.width, height: 22, rx: 11, fill: bg, stroke: node.color, 'stroke-dasharray': '4 3', class: 'fondo-nodo' }));
      } else {
        g.append(svg('rect', { x: 0, y: -12, width: node.width, height: 24, rx: 4, fill: bg, 'fill-opacity': 0.01, class: 'fondo-nodo' }));
        g.append(svg('path', { d: shapePath(kindInfo(node.kind).shape), fill: kindColor(node.kind), transform: 'translate(4 -7) scale(0.7)' }));
        g.append(svg('line', { x1: 0, y1: 12, x2: node.width, y2: 12, stroke: node.color, 'stroke-width': 1.2, 'stroke-opacity': 0.6 }));
      }
      const label = svg('text', { x: labelX, y: 0, 'dominant-baseline': 'central', 'font-size': FONT_SIZE,
        fill: node.type === 'raiz' ? (cssVar('--acento-texto') || '#ffffff') : text, 'font-weight': node.type === 'concepto' ? 'normal' : 'bold' }, node.label);
      g.append(label);
      if (foldable) {
        const cx = node.width - 10;
        g.append(svg('circle', { cx, cy: 0, r: 7, fill: node.open ? node.color : bg, stroke: node.color, 'stroke-width': 1.5, class: 'plegar' }));
        if (!node.open) g.append(svg('text', { x: cx, y: 0, 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-size': 12, fill: node.color, 'font-weight': 'bold', class: 'plegar' }, node.loading ? '…' : '+'));
      }
      if (node === selected) g.classList.add('seleccionado');
      g.addEventListener('click', () => activate(node));
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); activate(node); }
      });
      node.element = g;
      nodes.append(g);
    }
    clear(host);
    host.append(out);
    current = out;
    if (focusNode && focusNode.element) focusNode.element.focus({ preventScroll: false });
    host.dispatchEvent(new CustomEvent('mapa-dibujado'));
  }

  function activate(node) {
    if (node.type === 'concepto') {
      selected = node;
      onSelect && onSelect(node);
    }
    toggle(node);
    if (!canFold(node) && node.type !== 'mas') draw(node);
  }

  /** Opens the map down to `levels` concepts from the root (branches in between always open), loading what is needed. */
  async function openTo(node, levels, conceptLevel) {
    if (node.type === 'mas') return;
    const isConcept = node.type === 'concepto' || node.type === 'raiz';
    if (canFold(node) && (!isConcept || conceptLevel < levels)) {
      if (node.load && !node.children) node.children = await node.load();
      node.open = true;
    }
    if (!node.open) return;
    for (const kid of node.children || []) await openTo(kid, levels, isConcept ? conceptLevel + 1 : conceptLevel);
  }

  draw();
  return {
    svg: () => current,
    redraw: () => draw(),
    openTo: async (levels) => { await openTo(root, levels, 0); draw(); },
    selected: () => selected,
  };
}

/** The drawn map as a standalone SVG file: explicit size, a title and a solid background (never transparent). */
export function standaloneSvg(svgElement, title, background) {
  const copy = svgElement.cloneNode(true);
  copy.removeAttribute('class');
  copy.removeAttribute('role');
  copy.querySelectorAll('[tabindex]').forEach((el) => { el.removeAttribute('tabindex'); el.removeAttribute('role'); el.removeAttribute('aria-expanded'); el.removeAttribute('aria-level'); });
  copy.querySelector('title').textContent = title;
  const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', background);
  copy.insertBefore(rect, copy.querySelector('title').nextSibling);
  return new XMLSerializer().serializeToString(copy);
}

/** Rasterises a standalone SVG string to a PNG blob (scale 2, for print). */
export function svgToPng(svgText, width, height, background, scale = 2) {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(width * scale);
      canvas.height = Math.ceil(height * scale);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No se pudo crear el PNG.'))), 'image/png');
    };
    image.onerror = () => { URL.revokeObjectURL(url); reject(new Error('No se pudo dibujar el SVG.')); };
    image.src = url;
  });
}

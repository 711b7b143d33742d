// Mind map exports: a small SVG serializer of the drawn graph (positions and labels), and a Markdown outline.
import { kindColor, kindInfo, shapePath } from './kinds.js';
import { cssVar } from './theme.js';

function esc(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Lines of at most `width` characters, so long labels wrap like on screen. */
function wrap(text, width = 22) {
  const lines = [];
  let line = '';
  for (const word of String(text).split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function toSvg(cy, title) {
  const box = cy.elements().boundingBox({ includeLabels: true });
  const pad = 30;
  const x0 = box.x1 - pad;
  const y0 = box.y1 - pad;
  const w = Math.ceil(box.w + pad * 2);
  const hgt = Math.ceil(box.h + pad * 2);
  const bg = cssVar('--fondo') || '#ffffff';
  const text = cssVar('--texto') || '#000000';
  const line = cssVar('--linea-grafo') || '#888888';
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${hgt}" viewBox="0 0 ${w} ${hgt}" font-family="sans-serif">`);
  out.push(`<title>${esc(title)}</title>`);
  out.push(`<defs><marker id="flecha" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${line}"/></marker></defs>`);
  out.push(`<rect width="100%" height="100%" fill="${bg}"/>`);
  cy.edges().forEach((edge) => {
    const s = edge.source().position();
    const t = edge.target().position();
    const r = edge.target().width() / 2 + 2;
    const dx = t.x - s.x; const dy = t.y - s.y; const len = Math.hypot(dx, dy) || 1;
    const ex = t.x - (dx / len) * r; const ey = t.y - (dy / len) * r;
    out.push(`<line x1="${(s.x - x0).toFixed(1)}" y1="${(s.y - y0).toFixed(1)}" x2="${(ex - x0).toFixed(1)}" y2="${(ey - y0).toFixed(1)}" stroke="${line}" stroke-width="1.5" marker-end="url(#flecha)"/>`);
    if (edge.data('label')) {
      const mx = (s.x + t.x) / 2 - x0; const my = (s.y + t.y) / 2 - y0;
      out.push(`<text x="${mx.toFixed(1)}" y="${my.toFixed(1)}" font-size="9" fill="${text}" text-anchor="middle" stroke="${bg}" stroke-width="3" paint-order="stroke">${esc(edge.data('label'))}</text>`);
    }
  });
  cy.nodes().forEach((node) => {
    const p = node.position();
    const size = node.width();
    const kind = node.data('kind');
    const scale = size / 20;
    const tx = p.x - x0 - size / 2; const ty = p.y - y0 - size / 2;
    out.push(`<g class="nodo" data-slug="${esc(node.data('slug') || node.id())}">`);
    out.push(`<path d="${shapePath(kindInfo(kind).shape)}" transform="translate(${tx.toFixed(1)} ${ty.toFixed(1)}) scale(${scale.toFixed(3)})" fill="${kindColor(kind)}"/>`);
    wrap(node.data('label')).forEach((row, i) => {
      out.push(`<text x="${(p.x - x0).toFixed(1)}" y="${(p.y - y0 + size / 2 + 13 + i * 13).toFixed(1)}" font-size="11" fill="${text}" text-anchor="middle" stroke="${bg}" stroke-width="3" paint-order="stroke">${esc(row)}</text>`);
    });
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('\n');
}

/** The mind-map tree as a Markdown outline (Markmap and most outliners read it). */
export function toMarkdown(tree) {
  const lines = [`# ${tree.concept.labelEs} (${tree.concept.labelEn})`, ''];
  function walk(node, level) {
    for (const child of node.children || []) {
      lines.push(`${'  '.repeat(level)}- *${child.relationLabel}* **${child.concept.labelEs}** (${child.concept.labelEn})`);
      walk(child, level + 1);
    }
  }
  walk(tree, 0);
  return lines.join('\n') + '\n';
}

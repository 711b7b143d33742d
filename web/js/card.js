// The concept card ("ficha"): everything the graph knows about one concept, as text.
import { h, svg } from './dom.js';
import { href } from './router.js';
import { kindColor, kindInfo, shapePath } from './kinds.js';

export function conceptLink(concept, view = 'explorar', extra = {}) {
  return h('a', { href: href(view, concept.slug, extra), 'data-nav': true, class: 'enlace-concepto', dataset: { slug: concept.slug } }, concept.labelEs);
}

export function kindBadge(kind) {
  const info = kindInfo(kind);
  return h('span', { class: 'tipo' },
    svg('svg', { viewBox: '0 0 20 20', width: 14, height: 14, 'aria-hidden': 'true', class: 'tipo-forma' },
      svg('path', { d: shapePath(info.shape), fill: kindColor(kind) })),
    info.label);
}

function section(title, ...content) {
  const items = content.flat().filter(Boolean);
  if (!items.length) return null;
  return h('section', { class: 'ficha-seccion' }, h('h3', null, title), ...items);
}

/** A long or secondary section, folded: the title shows, the content opens with a click. */
function folded(title, ...content) {
  const items = content.flat().filter(Boolean);
  if (!items.length) return null;
  return h('details', { class: 'ficha-seccion plegable' }, h('summary', null, h('h3', null, title)), ...items);
}

function paragraphs(list) {
  return (list || []).filter(Boolean).map((t) => h('p', null, t));
}

/** Groups of related concepts, each phrase read from this concept: "usa: A, B". */
export function relationGroups(card) {
  return h('ul', { class: 'relaciones' }, card.relaciones.map((group) =>
    h('li', { dataset: { relacion: group.relation, direccion: group.direction } },
      h('span', { class: 'relacion-nombre' }, `${group.label}:`), ' ',
      h('span', { class: 'relacion-conceptos' }, group.concepts.flatMap((c, i) => [i ? ', ' : null, conceptLink(c)])))));
}

export function renderCard(card, { compact = false } = {}) {
  const c = card.concept;
  const tema = card.tema;
  return h('article', { class: 'ficha', 'aria-labelledby': `ficha-${c.slug}`, dataset: { slug: c.slug } },
    h('header', { class: 'ficha-cabecera' },
      h('h2', { id: `ficha-${c.slug}` }, c.labelEs),
      c.labelEn !== c.labelEs ? h('p', { class: 'nombre-en', lang: 'en' }, c.labelEn) : null,
      h('p', { class: 'ficha-meta' }, kindBadge(c.kind),
        tema ? h('span', { class: 'ficha-tema' }, ` · Módulo ${tema.moduleOrder}: ${tema.moduleLabel} › ${tema.topicLabel}`) : null)),
    h('nav', { class: 'ficha-acciones', 'aria-label': 'Acciones del concepto' },
      h('a', { href: href('explorar', c.slug), 'data-nav': true }, 'Grafo'),
      h('a', { href: href('relacionados', c.slug), 'data-nav': true }, '¿Qué se relaciona?'),
      h('a', { href: href('camino', null, { de: c.slug }), 'data-nav': true }, 'Conectar con…'),
      h('a', { href: href('mapa', c.slug), 'data-nav': true }, 'Mapa mental')),
    // The exam first: the tip and the traps, then what it is; the long sections fold.
    card.preguntas.length ? h('p', { class: 'ficha-practicar' }, h('a', { href: href('examen', null, { concepto: c.slug }), 'data-nav': true, class: 'boton primario' },
      `Practicar sus ${card.preguntas.length} ${card.preguntas.length === 1 ? 'pregunta' : 'preguntas'}`)) : null,
    section('Consejo para el examen', card.consejoExamen ? h('p', { class: 'consejo' }, card.consejoExamen) : null),
    section('Se confunde con (trampas)', card.trampas.length ? h('p', { class: 'trampas' }, card.trampas.flatMap((t, i) => [i ? ', ' : null, conceptLink(t)])) : null),
    section('Definición', paragraphs([card.definicion])),
    section(card.ejemplos.length > 1 ? 'Ejemplos' : 'Ejemplo', paragraphs(card.ejemplos)),
    folded('En Databricks', paragraphs([card.definicionDatabricks])),
    folded(`Relaciones (${card.relaciones.reduce((n, g) => n + g.concepts.length, 0)})`, card.relaciones.length ? relationGroups(card) : null),
    folded('Otros nombres', card.otrosNombres.length ? h('p', null, card.otrosNombres.join(' · ')) : null),
    folded('Nombres anteriores', card.nombresAnteriores.length ? h('p', null, card.nombresAnteriores.join(' · ')) : null),
    folded('Historial', paragraphs(card.historial)),
    compact ? null : folded('Código', card.codigo.map((code) => h('pre', null, h('code', null, code)))),
    folded('Notas de alcance', paragraphs(card.notasAlcance)),
    folded('Objetivos del examen', card.objetivos.length ? h('ul', null, card.objetivos.map((o) => h('li', null, `${o.label} (sección: ${o.sectionLabel}, ${o.weight} %)`))) : null),
    folded(`Preguntas de práctica (${card.preguntas.length})`, card.preguntas.length ? [
      h('ul', { class: 'preguntas-ficha' }, card.preguntas.map((q) => h('li', null, q.stem))),
      h('p', null, h('a', { href: href('examen', null, { concepto: c.slug }), 'data-nav': true, class: 'boton' }, `Practicar estas ${card.preguntas.length} preguntas`)),
    ] : null),
    folded('Fuentes', card.fuentes.length ? h('ul', { class: 'fuentes' }, card.fuentes.map((url) =>
      h('li', null, h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url)))) : null));
}

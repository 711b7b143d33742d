// The parts of the Resumen, one function each: a module (folding), a topic with its story and diagram, a concept as a
// full card or as one line, the comparison tables, the exam sections, the glossary and the most-asked distinctions.
// What an edition holds is decided by the server (/api/resumen/{edicion}); these only draw it.
import { h } from '../dom.js';
import { conceptLink, kindBadge } from '../card.js';
import { topicDiagramSrc } from '../api.js';
import { topicsRead, markTopicRead } from '../progress.js';

/** The address of the Comparar view for these concepts (?vista=comparar&c=a&c=b). */
export function compareHref(slugs) {
  const search = new URLSearchParams({ vista: 'comparar' });
  for (const slug of slugs) search.append('c', slug);
  return `/?${search}`;
}

/** A concept named in a story or a table: its card on this page if it is here, else its own page. */
export function cardLink(concept, onPage, text = concept.labelEs) {
  const link = onPage.has(concept.slug)
    ? h('a', { href: `#c-${concept.slug}`, class: 'enlace-concepto', dataset: { slug: concept.slug } }, text)
    : conceptLink(concept);
  if (text !== concept.labelEs) { link.textContent = text; link.title = concept.labelEs; }
  return link;
}

const links = (concepts, onPage) => concepts.flatMap((c, i) => [i ? ', ' : null, cardLink(c, onPage)]);

function field(term, ...values) {
  const items = values.flat().filter(Boolean);
  if (!items.length) return [];
  return [h('dt', null, term), ...items.map((v) => h('dd', null, v))];
}

/** The exam tip in a box of its own, with its traps: what the exam asks, and what it confuses it with. */
function examTip(tip, traps, onPage, title = 'Consejo para el examen') {
  if (!tip && !traps.length) return null;
  return h('div', { class: 'consejo-examen', role: 'note' },
    h('p', { class: 'consejo-titulo' }, title),
    tip ? h('p', { class: 'consejo-texto' }, tip) : null,
    traps.length ? h('p', { class: 'consejo-trampas' }, h('strong', null, 'Se confunde con: '), links(traps, onPage)) : null);
}

function conceptCard(card, onPage) {
  const c = card.concept;
  return h('article', { class: 'concepto-resumen', id: `c-${c.slug}`, dataset: { slug: c.slug } },
    h('h4', null, conceptLink(c), ' ', h('span', { class: 'nombre-en', lang: 'en' }, `(${c.labelEn})`)),
    h('p', { class: 'ficha-meta' }, kindBadge(c.kind)),
    h('dl', null,
      field('Definición', card.definicion),
      field('En Databricks', card.definicionDatabricks),
      field(card.ejemplos.length > 1 ? 'Ejemplos' : 'Ejemplo', card.ejemplos)),
    examTip(card.consejoExamen, card.trampas, onPage),
    h('dl', null,
      field('Relaciones', card.relaciones.map((g) => `${g.label}: ${g.concepts.map((x) => x.labelEs).join(', ')}`)),
      field('Nombres anteriores', card.nombresAnteriores.length ? card.nombresAnteriores.join(', ') : null)));
}

/** The esencial edition's concept: one line, its exam tip (highlighted) and its look-alikes. */
function conceptLine(line, onPage) {
  const c = line.concept;
  return h('li', { class: 'concepto-linea', id: `c-${c.slug}`, dataset: { slug: c.slug } },
    h('strong', null, conceptLink(c)), ' — ', line.linea,
    line.consejo ? [' ', h('span', { class: 'consejo-linea' }, h('span', { class: 'consejo-etiqueta' }, 'Examen'), ' ', line.consejo)] : null,
    line.trampas.length ? [' ', h('span', { class: 'trampas-linea' }, h('em', null, 'Se confunde con: '), links(line.trampas, onPage))] : null);
}

/** «La idea» of a module or topic, before its cards: its text with every concept it names linked. */
function storySection(story, onPage) {
  if (!story || !story.texto) return null;
  const text = (story.partes && story.partes.length ? story.partes : [{ texto: story.texto }])
    .map((part) => (part.concepto ? cardLink(part.concepto, onPage, part.texto) : part.texto));
  const extra = story.sinEnlace || [];
  return h('div', { class: 'historia', dataset: { nodo: story.node } },
    h('p', { class: 'historia-titulo' }, 'La idea'),
    h('p', { class: 'historia-texto' }, text),
    extra.length ? h('p', { class: 'historia-menciones' }, 'También nombra: ', links(extra, onPage)) : null);
}

/** The topic's picture, loaded when it comes near the screen; the words say what it shows. */
function diagram(topic) {
  const d = topic.diagrama;
  if (!d) return null;
  const src = topicDiagramSrc(d.tema);
  return h('figure', { class: 'diagrama-marco' },
    h('a', { href: src, target: '_blank', rel: 'noopener', title: 'Abrir el diagrama a tamaño completo' }, h('img', { class: 'diagrama-tema', src, loading: 'lazy', decoding: 'async', width: d.ancho, height: d.alto,
      alt: `Diagrama del tema «${topic.label}»: ${d.descripcion}`, dataset: { tema: d.tema } })),
    h('figcaption', null, `Diagrama: ${topic.label} — ${d.descripcion}`));
}

/** "Leído" checkbox per topic: the home page suggests the first topic not read yet. */
function readToggle(key) {
  const id = `leido-${key}`;
  const box = h('input', { type: 'checkbox', id, checked: Boolean(topicsRead()[key]) });
  box.addEventListener('change', () => markTopicRead(key, box.checked));
  return h('p', { class: 'casilla no-imprimir tema-leido' }, box, h('label', { for: id }, 'Tema leído'));
}

function topicSection(m, t, stories, onPage) {
  return h('section', { class: 'tema-curso', id: `t-${m.order}-${t.order}`, dataset: { tema: t.id } },
    h('h3', null, `${m.order}.${t.order} ${t.label}`), h('p', { class: 'nombre-en', lang: 'en' }, t.labelEn), readToggle(`${m.order}-${t.order}`),
    storySection(stories[t.iri], onPage),
    diagram(t),
    t.lineas ? h('ul', { class: 'lineas-esencial' }, t.lineas.map((line) => conceptLine(line, onPage)))
      : t.cards.map((card) => conceptCard(card, onPage)));
}

/** A module that folds: its title stays, its story, topics and cards hide. */
export function moduleSection(m, stories, onPage) {
  return h('section', { class: 'modulo', id: `m-${m.order}`, dataset: { fueraDelCurso: String(Boolean(m.outsideCourse)) } },
    h('details', { class: 'plegable-modulo', open: true },
      h('summary', null, h('h2', null, `Módulo ${m.order}: ${m.label}`, m.outsideCourse ? h('span', { class: 'fuera-curso' }, ' más allá del curso') : null)),
      h('div', { class: 'modulo-cuerpo' },
        h('p', { class: 'nombre-en', lang: 'en' }, m.labelEn),
        m.description ? h('p', null, m.description) : null,
        storySection(stories[m.iri], onPage),
        m.topics.map((t) => topicSection(m, t, stories, onPage)))));
}

/** The look-alikes the edition names per member (parts.trampasPorMiembro; absent means all), «…» when there are more. */
function trapsCell(traps, parts, onPage) {
  if (!traps.length) return '—';
  const shown = parts.trampasPorMiembro ? traps.slice(0, parts.trampasPorMiembro) : traps;
  return [links(shown, onPage), shown.length < traps.length ? '…' : null];
}

/** One comparison group of the ontology: rows = attributes, then the exam tips (when the edition has them) and the traps. */
function groupTable(group, parts, onPage) {
  const members = group.miembros;
  return h('section', { class: 'grupo-comparacion', id: `g-${group.id}`, dataset: { grupo: group.id } },
    h('h3', null, group.label, ' ', h('a', { href: compareHref(members.map((m) => m.concept.slug)), 'data-nav': true, class: 'boton no-imprimir enlace-comparar' }, 'Comparar')),
    group.pregunta ? h('p', { class: 'pregunta-grupo' }, group.pregunta) : null,
    h('div', { class: 'tabla-envoltura', tabindex: 0, role: 'region', 'aria-label': group.label }, h('table', { class: 'tabla-comparacion' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Atributo'),
        members.map((m) => h('th', { scope: 'col', dataset: { slug: m.concept.slug } }, cardLink(m.concept, onPage))))),
      h('tbody', null,
        group.atributos.map((a) => h('tr', { dataset: { atributo: a.id } },
          h('th', { scope: 'row' }, a.label),
          members.map((m) => h('td', null, m.valores[a.id] || '—')))),
        parts.consejosEnTablas ? h('tr', { class: 'fila-consejo' }, h('th', { scope: 'row' }, 'Consejo para el examen'),
          members.map((m) => h('td', null, m.consejoExamen || '—'))) : null,
        h('tr', { class: 'fila-trampas' }, h('th', { scope: 'row' }, 'Se confunde con'),
          members.map((m) => h('td', null, trapsCell(m.trampas, parts, onPage))))))));
}

export function comparisonsSection(groups, parts, onPage) {
  return h('section', { class: 'modulo', id: 'comparaciones' }, h('h2', null, 'Tablas de comparación'),
    h('p', null, 'Los conceptos que el examen pide distinguir, agrupados: cada tabla responde a una pregunta; las filas son los atributos y las columnas, los conceptos. «Comparar» los abre lado a lado con su definición, su consejo y sus trampas.'),
    groups.map((g) => groupTable(g, parts, onPage)));
}

/** The exam's sections with their weight and, for each objective, the concepts of this summary that prepare it. */
export function examSection(sections, outOfCourseNote, onPage) {
  return h('section', { class: 'modulo', id: 'examen' }, h('h2', null, 'Secciones del examen'),
    h('p', null, 'Databricks Certified Generative AI Engineer Associate: cada sección con su peso y, para cada objetivo, los conceptos de este resumen que lo preparan.'),
    sections.map((s) => h('section', { class: 'seccion-examen', dataset: { seccion: s.number } },
      h('h3', null, `Sección ${s.number}: ${s.label} — ${s.weight} %`),
      s.inScope ? null : h('p', { class: 'nota-fuera' }, h('em', null, outOfCourseNote)),
      h('ul', null, s.objectives.map((o) => h('li', null, o.label, ' — ',
        o.concepts.length ? links(o.concepts, onPage) : h('em', null, 'sin conceptos en este curso')))))));
}

export function glossarySection(cards) {
  const sorted = [...cards].sort((a, b) => a.concept.labelEs.localeCompare(b.concept.labelEs, 'es'));
  return h('section', { class: 'modulo', id: 'glosario' }, h('h2', null, 'Glosario español ↔ inglés'),
    h('div', { class: 'tabla-envoltura', tabindex: 0, role: 'region', 'aria-label': 'Glosario español ↔ inglés' }, h('table', { id: 'tabla-glosario' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Español'), h('th', { scope: 'col' }, 'Inglés'), h('th', { scope: 'col' }, 'Otros nombres'))),
      h('tbody', null, sorted.map((card) => h('tr', null,
        h('td', null, h('a', { href: `#c-${card.concept.slug}` }, card.concept.labelEs)),
        h('td', { lang: 'en' }, card.concept.labelEn),
        h('td', null, card.otrosNombres.join(', '))))))));
}

/** The chuleta's pairs of look-alikes, ranked by how many practice questions test them. */
export function distinctionsSection(distinctions, onPage) {
  return h('section', { class: 'modulo', id: 'chuleta' }, h('h2', null, 'Chuleta: las distinciones más preguntadas'),
    h('p', null, 'Parejas que el examen usa para confundir, ordenadas por cuántas preguntas de práctica las tocan.'),
    h('ol', { class: 'distinciones' }, distinctions.map((d) => h('li', { class: 'distincion' },
      h('p', null, h('strong', null, cardLink(d.a, onPage)), ': ', d.lineaA),
      h('p', null, h('strong', null, cardLink(d.b, onPage)), ': ', d.lineaB),
      h('p', { class: 'distincion-pie' }, `${d.preguntas} ${d.preguntas === 1 ? 'pregunta' : 'preguntas'} de práctica · `,
        h('a', { href: compareHref([d.a.slug, d.b.slug]), 'data-nav': true, class: 'no-imprimir' }, 'Comparar'))))));
}

// Resumen: the whole course as a study summary, in course order, with a table of contents, a glossary
// and a print stylesheet (print to PDF from the browser).
import { api } from '../api.js';
import { h, clear, fill } from '../dom.js';
import { conceptLink, kindBadge } from '../card.js';
import { topicsRead, markTopicRead } from '../progress.js';
import { href } from '../router.js';
import { currentScope, rememberScope, scopeParam, scopeSwitch, reopen } from '../scope.js';

function field(term, ...values) {
  const items = values.flat().filter(Boolean);
  if (!items.length) return [];
  return [h('dt', null, term), ...items.map((v) => h('dd', null, v))];
}

function conceptSection(card) {
  const c = card.concept;
  return h('article', { class: 'concepto-resumen', id: `c-${c.slug}`, dataset: { slug: c.slug } },
    h('h4', null, conceptLink(c), ' ', h('span', { class: 'nombre-en', lang: 'en' }, `(${c.labelEn})`)),
    h('p', { class: 'ficha-meta' }, kindBadge(c.kind)),
    h('dl', null,
      field('Definición', card.definicion),
      field('En Databricks', card.definicionDatabricks),
      field(card.ejemplos.length > 1 ? 'Ejemplos' : 'Ejemplo', card.ejemplos),
      field('Consejo para el examen', card.consejoExamen),
      field('Se confunde con', card.trampas.length ? card.trampas.map((t) => t.labelEs).join(', ') : null),
      field('Relaciones', card.relaciones.map((g) => `${g.label}: ${g.concepts.map((x) => x.labelEs).join(', ')}`)),
      field('Nombres anteriores', card.nombresAnteriores.length ? card.nombresAnteriores.join(', ') : null)));
}

/** A concept named in a story or a table: its card on this page if it is here, else its own page. */
function cardLink(concept, onPage, text = concept.labelEs) {
  const link = onPage.has(concept.slug)
    ? h('a', { href: `#c-${concept.slug}`, class: 'enlace-concepto', dataset: { slug: concept.slug } }, text)
    : conceptLink(concept);
  if (text !== concept.labelEs) { link.textContent = text; link.title = concept.labelEs; }
  return link;
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
    extra.length ? h('p', { class: 'historia-menciones' }, 'También nombra: ', extra.flatMap((c, i) => [i ? ', ' : null, cardLink(c, onPage)])) : null);
}

/** The address of the Comparar view for these concepts (?vista=comparar&c=a&c=b). */
export function compareHref(slugs) {
  const search = new URLSearchParams({ vista: 'comparar' });
  for (const slug of slugs) search.append('c', slug);
  return `/?${search}`;
}

/** One comparison group of the ontology: rows = attributes, columns = members. */
function groupTable(group, onPage) {
  const id = `g-${group.id}`;
  return h('section', { class: 'grupo-comparacion', id, dataset: { grupo: group.id } },
    h('h3', null, group.label, ' ', h('a', { href: compareHref(group.miembros.map((m) => m.concept.slug)), 'data-nav': true, class: 'boton no-imprimir enlace-comparar' }, 'Comparar')),
    group.pregunta ? h('p', { class: 'pregunta-grupo' }, group.pregunta) : null,
    h('div', { class: 'tabla-envoltura', tabindex: 0, role: 'region', 'aria-label': group.label }, h('table', { class: 'tabla-comparacion' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Atributo'),
        group.miembros.map((m) => h('th', { scope: 'col', dataset: { slug: m.concept.slug } }, cardLink(m.concept, onPage))))),
      h('tbody', null, group.atributos.map((a) => h('tr', { dataset: { atributo: a.id } },
        h('th', { scope: 'row' }, a.label),
        group.miembros.map((m) => h('td', null, m.valores[a.id] || '—'))))))));
}

/** "Leído" checkbox per topic: the home page suggests the first topic not read yet. */
function readToggle(key) {
  const id = `leido-${key}`;
  const box = h('input', { type: 'checkbox', id, checked: Boolean(topicsRead()[key]) });
  box.addEventListener('change', () => markTopicRead(key, box.checked));
  return h('p', { class: 'casilla no-imprimir tema-leido' }, box, h('label', { for: id }, 'Tema leído'));
}

export async function renderResumen(main, route) {
  const scope = currentScope(route);
  rememberScope(scope);
  const whole = scope === 'certificacion';
  const [modules, stories, groups] = await Promise.all([api.resumen(scope), api.stories(), api.compareGroups()]);
  const exportLink = (format, label) => h('a', { href: `/api/export/resumen?format=${format}${whole ? '&alcance=certificacion' : ''}`, class: 'boton', id: `exportar-${format}` }, label);
  const all = modules.flatMap((m) => m.topics.flatMap((t) => t.cards));
  const onPage = new Set(all.map((card) => card.concept.slug));
  const story = (node) => storySection(stories[node.iri], onPage);
  const toc = h('nav', { class: 'indice', 'aria-labelledby': 'indice-titulo' }, h('h2', { id: 'indice-titulo' }, 'Índice'),
    h('ol', null, modules.map((m) => h('li', { dataset: { modulo: m.order } }, h('a', { href: `#m-${m.order}` }, `Módulo ${m.order}: ${m.label}`),
      m.outsideCourse ? h('span', { class: 'fuera-curso' }, ' más allá del curso') : null,
      h('ol', null, m.topics.map((t) => h('li', null, h('a', { href: `#t-${m.order}-${t.order}` }, `${t.label} (${t.cards.length})`))))))),
    h('p', null, h('a', { href: '#comparaciones' }, `Tablas de comparación (${groups.length})`)),
    h('p', null, h('a', { href: '#glosario' }, 'Glosario español ↔ inglés')));

  const body = modules.map((m) => h('section', { class: 'modulo', id: `m-${m.order}`, dataset: { fueraDelCurso: String(Boolean(m.outsideCourse)) } },
    h('h2', null, `Módulo ${m.order}: ${m.label}`, m.outsideCourse ? h('span', { class: 'fuera-curso' }, ' más allá del curso') : null), h('p', { class: 'nombre-en', lang: 'en' }, m.labelEn),
    m.description ? h('p', null, m.description) : null,
    story(m),
    m.topics.map((t) => h('section', { class: 'tema-curso', id: `t-${m.order}-${t.order}` },
      h('h3', null, `${m.order}.${t.order} ${t.label}`), h('p', { class: 'nombre-en', lang: 'en' }, t.labelEn), readToggle(`${m.order}-${t.order}`),
      story(t),
      t.cards.map(conceptSection)))));

  const comparisons = h('section', { class: 'modulo', id: 'comparaciones' }, h('h2', null, 'Tablas de comparación'),
    h('p', null, 'Los conceptos que el examen pide distinguir, agrupados: cada tabla responde a una pregunta; las filas son los atributos y las columnas, los conceptos. «Comparar» los abre lado a lado con su definición, su consejo y sus trampas.'),
    groups.map((g) => groupTable(g, onPage)));

  const sorted = [...all].sort((a, b) => a.concept.labelEs.localeCompare(b.concept.labelEs, 'es'));
  const glossary = h('section', { class: 'modulo', id: 'glosario' }, h('h2', null, 'Glosario español ↔ inglés'),
    h('div', { class: 'tabla-envoltura', tabindex: 0, role: 'region', 'aria-label': 'Glosario español ↔ inglés' }, h('table', { id: 'tabla-glosario' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Español'), h('th', { scope: 'col' }, 'Inglés'), h('th', { scope: 'col' }, 'Otros nombres'))),
      h('tbody', null, sorted.map((card) => h('tr', null,
        h('td', null, h('a', { href: `#c-${card.concept.slug}` }, card.concept.labelEs)),
        h('td', { lang: 'en' }, card.concept.labelEn),
        h('td', null, card.otrosNombres.join(', '))))))));

  const outside = modules.filter((m) => m.outsideCourse).length;
  fill(main, h('div', { class: 'resumen', dataset: { alcance: scope } },
    h('h1', { class: 'titulo-vista' }, whole
      ? 'Resumen de la certificación Generative AI Engineer Associate: el curso y el resto del examen'
      : 'Resumen del curso «Generative AI Application Deployment and Monitoring»'),
    h('div', { class: 'no-imprimir' }, scopeSwitch(scope, (next) => reopen(href('resumen', null, { alcance: scopeParam(next) })))),
    h('p', { id: 'resumen-cuenta' }, whole
      ? `${modules.length} módulos y ${all.length} conceptos: los ${modules.length - outside} módulos del curso, en su orden, y después ${outside} módulos con el resto del examen (secciones 1, 2, 3 y 5). Cada concepto trae su definición sencilla, la de Databricks, un ejemplo, el consejo para el examen y sus relaciones.`
      : `${modules.length} módulos y ${all.length} conceptos, en el orden del curso. Cada concepto trae su definición sencilla, la de Databricks, un ejemplo, el consejo para el examen y sus relaciones. «Toda la certificación» añade los módulos con el resto del examen.`),
    h('div', { class: 'botones no-imprimir' }, h('button', { type: 'button', class: 'primario', id: 'imprimir', onclick: () => window.print() }, 'Imprimir o guardar como PDF'),
      exportLink('md', 'Descargar Markdown'), exportLink('html', 'Descargar HTML'), exportLink('pdf', 'Descargar PDF')),
    toc, body, comparisons, glossary));
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

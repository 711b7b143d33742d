// Resumen: the course as a study summary in three editions (completo, esencial, chuleta — the editions of the export,
// chosen by the server), with a table of contents that stays in view, modules that fold, each topic's diagram, the
// exam tips set apart, and printing (print.css) that starts each module on a new page.
import { api } from '../api.js';
import { h, fill } from '../dom.js';
import { href } from '../router.js';
import { currentScope, rememberScope, scopeParam, scopeSwitch, reopen } from '../scope.js';
import { currentEdition, rememberEdition, editionParam, editionSwitch } from '../edition.js';
import { moduleSection, comparisonsSection, examSection, glossarySection, distinctionsSection, compareHref } from './resumen-partes.js';
import { tableOfContents, openOnWideScreens, followReading, foldButtons, linksUnfold, unfold, printUnfolded, printWithPictures } from './resumen-lectura.js';

export { compareHref };

const COURSE = '«Generative AI Application Deployment and Monitoring»';
const CERTIFICATION = 'la certificación Generative AI Engineer Associate';

function title(edition, whole) {
  if (edition === 'chuleta') return `Chuleta ${whole ? `de ${CERTIFICATION}` : `del curso ${COURSE}`}`;
  if (edition === 'esencial') return `Resumen esencial ${whole ? `de ${CERTIFICATION}` : `del curso ${COURSE}`}`;
  return whole ? `Resumen de ${CERTIFICATION}: el curso y el resto del examen` : `Resumen del curso ${COURSE}`;
}

function countLine(data, modules, concepts, whole) {
  if (data.edicion === 'chuleta') {
    return `Las ${data.grupos.length} tablas de comparación y las ${data.distinciones.length} distinciones que más pregunta el examen, para repasar en pocas páginas.`;
  }
  const outside = modules.filter((m) => m.outsideCourse).length;
  const where = whole
    ? `${modules.length} módulos y ${concepts} conceptos: los ${modules.length - outside} módulos del curso, en su orden, y después ${outside} módulos con el resto del examen (secciones 1, 2, 3 y 5).`
    : `${modules.length} módulos y ${concepts} conceptos, en el orden del curso.`;
  const what = data.edicion === 'esencial'
    ? ' Cada módulo y cada tema empiezan por «La idea» y cada tema trae su diagrama; de cada concepto, una línea, su consejo para el examen y sus trampas.'
    : ' Cada tema trae su diagrama; cada concepto, su definición sencilla, la de Databricks, un ejemplo, el consejo para el examen y sus relaciones.';
  return where + what + (whole ? '' : ' «Toda la certificación» añade los módulos con el resto del examen.');
}

export async function renderResumen(main, route) {
  const scope = currentScope(route);
  const edition = currentEdition(route);
  rememberScope(scope);
  rememberEdition(edition);
  const whole = scope === 'certificacion';
  const data = await api.resumenEdition(edition, scope);
  const parts = data.partes;
  const modules = data.modulos;
  const cards = modules.flatMap((m) => m.topics.flatMap((t) => t.cards || []));
  const concepts = modules.reduce((n, m) => n + m.topics.reduce((k, t) => k + (t.cards || t.lineas).length, 0), 0);
  const onPage = new Set(modules.flatMap((m) => m.topics.flatMap((t) => (t.cards || t.lineas).map((x) => x.concept.slug))));
  const stories = data.historias || {};
  const go = (next) => reopen(href('resumen', null, { alcance: scopeParam(next.scope), edicion: editionParam(next.edition) }));
  const exportLink = (format, label) => h('a', { class: 'boton', id: `exportar-${format}`,
    href: `/api/export/resumen?format=${format}${editionParam(edition) ? `&edicion=${edition}` : ''}${whole ? '&alcance=certificacion' : ''}` }, label);

  const after = [
    { id: 'comparaciones', label: `Tablas de comparación (${data.grupos.length})`,
      children: parts.modulos ? [] : data.grupos.map((g) => ({ id: `g-${g.id}`, label: g.label })) },
    parts.examenYGlosario ? { id: 'examen', label: 'Secciones del examen' } : null,
    parts.examenYGlosario ? { id: 'glosario', label: 'Glosario español ↔ inglés' } : null,
    { id: 'chuleta', label: `Distinciones más preguntadas (${data.distinciones.length})` },
  ].filter(Boolean);
  const toc = tableOfContents(modules.map((m) => ({
    id: `m-${m.order}`, label: `Módulo ${m.order}: ${m.label}`,
    extra: m.outsideCourse ? h('span', { class: 'fuera-curso' }, ' más allá del curso') : null,
    children: m.topics.map((t) => ({ id: `t-${m.order}-${t.order}`, label: `${t.label} (${(t.cards || t.lineas).length})` })),
  })), after);

  const text = h('div', { class: 'resumen-texto' },
    parts.modulos ? foldButtons(main) : null,
    modules.map((m) => moduleSection(m, stories, onPage)),
    comparisonsSection(data.grupos, parts, onPage),
    parts.examenYGlosario ? examSection(data.examen, data.notaFueraDelCurso, onPage) : null,
    parts.examenYGlosario ? glossarySection(cards) : null,
    distinctionsSection(data.distinciones, onPage));

  const view = h('div', { class: 'resumen', dataset: { alcance: scope, edicion: edition } },
    h('h1', { class: 'titulo-vista' }, title(edition, whole)),
    h('div', { class: 'resumen-controles no-imprimir' },
      scopeSwitch(scope, (next) => go({ scope: next, edition })),
      editionSwitch(edition, (next) => go({ scope, edition: next }))),
    h('p', { id: 'resumen-cuenta' }, countLine(data, modules, concepts, whole)),
    h('div', { class: 'botones no-imprimir' },
      h('button', { type: 'button', class: 'primario', id: 'imprimir', onclick: () => printWithPictures(view) }, 'Imprimir o guardar como PDF'),
      exportLink('md', 'Descargar Markdown'), exportLink('html', 'Descargar HTML'), exportLink('pdf', 'Descargar PDF')),
    h('div', { class: 'resumen-cuerpo' }, toc, text));
  fill(main, view);
  linksUnfold(view);
  const stops = [openOnWideScreens(toc), followReading(toc, [...text.querySelectorAll(':scope > section.modulo')]), printUnfolded(view)];
  main.cleanup = () => stops.forEach((stop) => stop());
  if (location.hash) {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    unfold(target);
    target?.scrollIntoView();
  }
}

// Home: what to study today. Flash cards due, the weakest exam section (weighted by the exam's weights),
// the next topic of the summary in course order, the search box, and moving your progress to another browser.
import { api } from '../api.js';
import { h, fill, download, notify, confirmDialog } from '../dom.js';
import { href, navigate, forceRender } from '../router.js';
import { attachAutocomplete } from '../search.js';
import { currentScope } from '../scope.js';
import { dueToday, weakestSection, topicsRead, markTopicRead, exportProgress, importProgress } from '../progress.js';

function panel(id, title, ...content) {
  return h('section', { class: 'inicio-panel', id, 'aria-labelledby': `${id}-titulo` }, h('h2', { id: `${id}-titulo` }, title), ...content);
}

export async function renderHome(main) {
  const [concepts, outline, sections, questions] = await Promise.all([api.concepts(), api.outline(currentScope()), api.exam(), api.questions()]);

  // Search, as on every page, but large and first.
  const search = h('input', { id: 'inicio-buscar', type: 'search', placeholder: 'Busca un concepto: «tabla de inferencia», «pyfunc»…', spellcheck: 'false', autocomplete: 'off' });

  // Flash cards due today.
  const due = dueToday(concepts.map((c) => c.concept.slug));
  const cards = panel('inicio-tarjetas', 'Tarjetas para hoy',
    h('p', { class: 'inicio-cifra' }, h('strong', { id: 'tarjetas-hoy' }, String(due.review + due.fresh)), ' tarjetas pendientes'),
    h('p', null, `${due.review} para repasar y ${due.fresh} nuevas (término → definición).`),
    h('a', { href: href('tarjetas'), 'data-nav': true, class: 'boton primario' }, 'Repasar tarjetas'));

  // Weakest exam section, only among sections that have practice questions.
  const withQuestions = new Set(questions.map((q) => q.section));
  const weakest = weakestSection(sections.filter((s) => withQuestions.has(s.id)));
  const exam = panel('inicio-seccion', 'Sección del examen más floja',
    weakest ? [
      h('p', { class: 'inicio-cifra', id: 'seccion-floja', dataset: { seccion: weakest.section.id } }, `Sección ${weakest.section.number}: ${weakest.section.label}`),
      h('p', null, `Pesa ${weakest.section.weight} % del examen; `, weakest.answered
        ? `llevas ${weakest.correct} de ${weakest.answered} aciertos (${Math.round(100 * weakest.accuracy)} %).`
        : 'aún no has respondido preguntas de esta sección.'),
      h('a', { href: href('examen', null, { seccion: weakest.section.number, n: 10 }), 'data-nav': true, class: 'boton primario' }, `Practicar la sección ${weakest.section.number}`),
    ] : h('p', null, 'No hay preguntas de práctica.'));

  // Next topic of the summary, in course order.
  const read = topicsRead();
  const topics = outline.flatMap((m) => m.topics.map((t) => ({ key: `${m.order}-${t.order}`, label: `${m.order}.${t.order} ${t.label}`, module: m, topic: t })));
  const next = topics.find((t) => !read[t.key]);
  const doneCount = topics.filter((t) => read[t.key]).length;
  const reading = panel('inicio-tema', 'Siguiente tema del resumen',
    next ? [
      h('p', { class: 'inicio-cifra', id: 'tema-siguiente', dataset: { tema: next.key } }, next.label),
      h('p', null, `Módulo ${next.module.order}: ${next.module.label} · ${next.topic.concepts.length} conceptos · llevas ${doneCount} de ${topics.length} temas leídos.`),
      h('div', { class: 'botones' },
        h('a', { href: `${href('resumen')}#t-${next.key}`, 'data-nav': true, class: 'boton primario' }, 'Leer este tema'),
        h('button', { type: 'button', id: 'marcar-leido', onclick: () => { markTopicRead(next.key); notify(`Leído: ${next.label}`); forceRender(); } }, 'Marcar como leído')),
    ] : h('p', { id: 'tema-siguiente' }, `¡Has leído los ${topics.length} temas! Repasa con las tarjetas o el examen.`));

  // Progress that can move.
  const fileInput = h('input', { type: 'file', id: 'importar-archivo', accept: 'application/json,.json', class: 'solo-lector' });
  fileInput.addEventListener('change', () => importFile(fileInput));
  const progress = panel('inicio-progreso', 'Tu progreso',
    h('p', null, 'Tarjetas, resultados del examen y temas leídos se guardan solo en este navegador. Llévatelos a otro con un archivo JSON.'),
    h('div', { class: 'botones' },
      h('button', { type: 'button', id: 'exportar-progreso', onclick: () => {
        download(`progreso-explorador-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(exportProgress(), null, 2), 'application/json');
        notify('Progreso exportado.');
      } }, 'Exportar progreso (JSON)'),
      h('label', { for: 'importar-archivo', class: 'boton', id: 'importar-etiqueta' }, 'Importar progreso…'), fileInput));

  const hub = concepts.reduce((best, c) => (c.degree > best.degree ? c : best), concepts[0]).concept;
  fill(main,
    h('h1', { class: 'titulo-vista' }, '¿Qué estudio hoy?'),
    h('form', { class: 'inicio-buscador', role: 'search', onsubmit: (e) => e.preventDefault() },
      h('label', { for: 'inicio-buscar' }, 'Buscar un concepto (español o inglés)'), search),
    h('div', { class: 'inicio-paneles' }, cards, exam, reading, progress),
    h('p', { class: 'ayuda' }, 'También puedes ',
      h('a', { href: href('explorar', hub.slug), 'data-nav': true }, `explorar el concepto más conectado (${hub.labelEs})`), ', ver el ',
      h('a', { href: href('mapa'), 'data-nav': true }, 'mapa mental del curso'), ' o leer el ',
      h('a', { href: href('resumen'), 'data-nav': true }, 'resumen completo'), '.'));
  attachAutocomplete(search, (concept) => navigate(href('explorar', concept.slug)));
}

async function importFile(input) {
  const file = input.files && input.files[0];
  input.value = '';
  if (!file) return;
  let doc;
  try {
    doc = JSON.parse(await file.text());
    if (!(await confirmDialog('Importar reemplaza todo tu progreso actual (tarjetas, examen y temas leídos) por el del archivo. ¿Continuar?', 'Sí, importar'))) return;
    importProgress(doc);
  } catch (error) {
    notify(error instanceof SyntaxError ? 'El archivo no es JSON válido.' : error.message);
    return;
  }
  notify('Progreso importado.');
  forceRender();
}

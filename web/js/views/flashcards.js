// Flash cards, term → definition or definition → term, by module or exam section, with Leitner boxes.
import { api } from '../api.js';
import { h, clear, fill, confirmDialog } from '../dom.js';
import { conceptLink } from '../card.js';
import { href, reflect } from '../router.js';
import { answerCard, cardState, resetCards, progressTable, BOXES } from '../progress.js';
import { reviewDeck } from '../exam.js';
import { currentScope, rememberScope, scopeParam, scopeSwitch, reopen } from '../scope.js';

/** The cards of every module (the whole certification); `scope` keeps the course's modules only unless 'certificacion'. */
export async function deckData(scope = 'certificacion') {
  const [everything, sections] = await Promise.all([api.resumen('certificacion'), api.exam()]);
  const allCards = everything.flatMap((m) => m.topics.flatMap((t) => t.cards.map((card) => ({ card, module: `m${m.order}` }))));
  const modules = scope === 'certificacion' ? everything : everything.filter((m) => !m.outsideCourse);
  const cards = modules.flatMap((m) => m.topics.flatMap((t) => t.cards.map((card) => ({ card, module: `m${m.order}` }))));
  const bySection = new Map();
  for (const { card } of cards) {
    for (const o of card.objetivos) {
      const list = bySection.get(o.section) || [];
      if (!list.includes(card.concept.slug)) list.push(card.concept.slug);
      bySection.set(o.section, list);
    }
  }
  return { modules, sections, cards, bySection, allCards };
}

export async function renderFlashcards(main, route) {
  const scope = currentScope(route);
  rememberScope(scope);
  const { modules, sections, cards, bySection, allCards } = await deckData(scope);
  const deckId = route.params.get('mazo') || 'todo';
  const mode = route.params.get('modo') === 'definicion' ? 'definicion' : 'termino';
  const review = new Set(reviewDeck());
  const reviewCards = allCards.filter((x) => review.has(x.card.concept.slug)); // mistakes from any module
  const deckSelect = h('select', { id: 'mazo' },
    h('option', { value: 'todo' }, scope === 'certificacion' ? `Toda la certificación (${cards.length})` : `Todo el curso (${cards.length})`),
    reviewCards.length ? h('option', { value: 'repaso' }, `Repaso: conceptos de tus fallos en el examen (${reviewCards.length})`) : null,
    h('optgroup', { label: 'Por módulo' }, modules.map((m) => h('option', { value: `m${m.order}` }, `Módulo ${m.order}: ${m.label}`))),
    h('optgroup', { label: 'Por sección del examen' }, sections.filter((s) => bySection.has(s.id)).map((s) =>
      h('option', { value: s.id }, `Sección ${s.number}: ${s.label} (${bySection.get(s.id).length})`))));
  deckSelect.value = deckId;
  if (!deckSelect.value) deckSelect.value = 'todo';
  const modeSelect = h('select', { id: 'modo' }, h('option', { value: 'termino' }, 'Término → definición'), h('option', { value: 'definicion' }, 'Definición → término'));
  modeSelect.value = mode;

  const stage = h('div', { id: 'tarjeta-zona' });
  const boxes = h('ul', { class: 'cajas', id: 'cajas', 'aria-label': 'Tarjetas por caja de Leitner' });
  const progress = h('div', { id: 'progreso' });
  fill(main, h('h1', { class: 'titulo-vista' }, 'Tarjetas de estudio'),
    h('p', { class: 'ayuda' }, 'Repetición espaciada (cajas de Leitner): si aciertas, la tarjeta sube de caja y vuelve más tarde; si fallas, vuelve a la caja 1.'),
    scopeSwitch(scope, (next) => reopen(href('tarjetas', null, { alcance: scopeParam(next), modo: modeSelect.value !== 'termino' ? modeSelect.value : null }))),
    h('div', { class: 'filtros' }, h('label', { for: 'mazo' }, 'Mazo '), deckSelect, h('label', { for: 'modo' }, 'Modo '), modeSelect,
      h('button', { type: 'button', id: 'reiniciar', onclick: async () => {
        if (!(await confirmDialog(`¿Borrar el progreso de las ${deck().length} tarjetas de este mazo? No se puede deshacer (exporta antes tu progreso desde Inicio si quieres una copia).`, 'Sí, reiniciar'))) return;
        resetCards(deck().map(key)); next();
      } }, 'Reiniciar este mazo')),
    boxes, stage, h('h2', null, 'Progreso'), progress);

  deckSelect.addEventListener('change', next);
  modeSelect.addEventListener('change', next);

  function deck() {
    const id = deckSelect.value;
    if (id === 'todo') return cards;
    if (id === 'repaso') return reviewCards;
    if (id.startsWith('m')) return cards.filter((x) => x.module === id);
    const slugs = new Set(bySection.get(id) || []);
    return cards.filter((x) => slugs.has(x.card.concept.slug));
  }
  function key(x) {
    return `${modeSelect.value}:${x.card.concept.slug}`;
  }

  let force = false;
  function next() {
    reflect(href('tarjetas', null, { alcance: scopeParam(scope), mazo: deckSelect.value !== 'todo' ? deckSelect.value : null, modo: modeSelect.value !== 'termino' ? modeSelect.value : null }));
    const list = deck();
    const now = Date.now();
    const counts = Array(BOXES + 1).fill(0);
    list.forEach((x) => { counts[cardState(key(x)).box] += 1; });
    fill(boxes, counts.slice(1).map((n, i) => h('li', { dataset: { caja: i + 1 } }, `Caja ${i + 1}: ${n}`)));
    const due = list.filter((x) => force || cardState(key(x)).due <= now)
      .sort((a, b) => cardState(key(a)).box - cardState(key(b)).box || Math.random() - 0.5);
    fill(progress, progressTable(sections, bySection));
    clear(stage);
    if (!due.length) {
      stage.append(h('p', { class: 'tarjeta', id: 'sin-pendientes' }, '¡Nada pendiente en este mazo por hoy! ',
        h('button', { type: 'button', onclick: () => { force = true; next(); } }, 'Repasar igualmente')));
      return;
    }
    stage.append(h('p', { class: 'estado-grafo', id: 'pendientes' }, `${due.length} tarjetas pendientes en este mazo.`));
    show(due[0]);
  }

  function show(x) {
    const c = x.card.concept;
    const termFirst = modeSelect.value === 'termino';
    const term = h('div', null, h('p', { class: 'cara' }, h('strong', null, c.labelEs)), h('p', { class: 'nombre-en', lang: 'en' }, c.labelEn));
    const definition = h('div', null, h('p', { class: 'cara' }, x.card.definicion));
    const answer = h('div', { class: 'respuesta', id: 'respuesta', hidden: true }, termFirst ? definition : term,
      x.card.consejoExamen ? h('p', { class: 'consejo' }, h('strong', null, 'Examen: '), x.card.consejoExamen) : null,
      h('p', null, conceptLink(c), ' (abrir la ficha)'));
    const reveal = h('button', { type: 'button', class: 'primario', id: 'mostrar' }, 'Mostrar respuesta');
    const knew = h('button', { type: 'button', id: 'lo-sabia', hidden: true }, '✔ Lo sabía');
    const missed = h('button', { type: 'button', id: 'no-lo-sabia', hidden: true }, '✘ No lo sabía');
    reveal.addEventListener('click', () => { answer.hidden = false; reveal.hidden = true; knew.hidden = false; missed.hidden = false; knew.focus(); });
    knew.addEventListener('click', () => { answerCard(key(x), true); next(); stage.querySelector('#mostrar')?.focus(); });
    missed.addEventListener('click', () => { answerCard(key(x), false); next(); stage.querySelector('#mostrar')?.focus(); });
    const state = cardState(key(x));
    stage.append(h('article', { class: 'tarjeta', id: 'tarjeta', dataset: { slug: c.slug, caja: state.box } },
      h('p', { class: 'ayuda' }, `Caja ${state.box} · ${termFirst ? '¿Qué es?' : '¿Qué concepto es?'}`),
      termFirst ? term : definition, answer),
    h('div', { class: 'botones' }, reveal, knew, missed));
  }
  next();
}

// Study progress kept in this browser (localStorage): Leitner boxes for flash cards, quiz results per exam section.
import { h } from './dom.js';
import { EXAM_KEYS } from './exam.js';

const CARDS = 'explorador.leitner';
const QUIZ = 'explorador.examen';
const READING = 'explorador.lectura';
/** Everything that is study progress (the theme is a preference, not progress). */
export const PROGRESS_KEYS = [CARDS, QUIZ, READING, ...EXAM_KEYS];
const FILE_KIND = 'explorador-genai-progreso';
export const BOXES = 5;
const DAY = 24 * 60 * 60 * 1000;
// Box n is reviewed again after INTERVAL[n] days; box 1 comes back in the same session.
const INTERVAL = [0, 0, 1, 3, 7, 14];

function read(key) {
  try { return JSON.parse(localStorage.getItem(key)) || {}; } catch { return {}; }
}
function write(key, value) {
  localStorage.setItem(key, JSON.stringify(value));
}

export function cardState(id) {
  return read(CARDS)[id] || { box: 1, due: 0 };
}

export function answerCard(id, knew, now = Date.now()) {
  const all = read(CARDS);
  const current = all[id] || { box: 1, due: 0 };
  const box = knew ? Math.min(BOXES, current.box + 1) : 1;
  all[id] = { box, due: now + INTERVAL[box] * DAY, seen: (current.seen || 0) + 1 };
  write(CARDS, all);
  return all[id];
}

export function resetCards(ids) {
  const all = read(CARDS);
  for (const id of ids) delete all[id];
  write(CARDS, all);
}

export function quizProgress() {
  return read(QUIZ);
}

/** A table of progress per exam section: quiz accuracy and flash cards mastered (box 3 or more). */
export function progressTable(sections, cardsBySection) {
  const quiz = quizProgress().secciones || {};
  const leitner = read(CARDS);
  return h('div', { class: 'tabla-envoltura', tabindex: 0, role: 'region', 'aria-labelledby': 'tabla-progreso-titulo' }, h('table', { id: 'tabla-progreso' },
    h('caption', { id: 'tabla-progreso-titulo' }, 'Tu progreso por sección del examen (guardado en este navegador)'),
    h('thead', null, h('tr', null, ['Sección', 'Preguntas respondidas', 'Aciertos', 'Tarjetas dominadas'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, sections.map((s) => {
      const q = quiz[s.id] || { respondidas: 0, correctas: 0 };
      const ids = cardsBySection.get(s.id) || [];
      const mastered = ids.filter((id) => ['termino', 'definicion'].some((d) => (leitner[`${d}:${id}`]?.box || 1) >= 3)).length;
      const pct = q.respondidas ? Math.round((100 * q.correctas) / q.respondidas) : null;
      return h('tr', { dataset: { seccion: s.id } },
        h('th', { scope: 'row' }, `${s.number}. ${s.label} (${s.weight} %)`),
        h('td', null, String(q.respondidas)),
        h('td', null, pct === null ? '—' : `${q.correctas} (${pct} %) `, pct === null ? null : h('progress', { class: 'barra-progreso', max: 100, value: pct }, `${pct} %`)),
        h('td', null, `${mastered} de ${ids.length}`));
    }))));
}

/** Topics of the summary marked as read: {"1-2": "2026-12-01"}. */
export function topicsRead() {
  return read(READING).temas || {};
}

export function markTopicRead(key, isRead = true) {
  const all = read(READING);
  all.temas = all.temas || {};
  if (isRead) all.temas[key] = new Date().toISOString().slice(0, 10);
  else delete all.temas[key];
  write(READING, all);
}

/** Flash cards (term → definition) due today among these concept slugs: seen ones whose day came, and new ones. */
export function dueToday(slugs, now = Date.now()) {
  const all = read(CARDS);
  let review = 0;
  let fresh = 0;
  for (const slug of slugs) {
    const state = all[`termino:${slug}`];
    if (!state) fresh += 1;
    else if (state.due <= now) review += 1;
  }
  return { review, fresh };
}

/**
 * The exam section to practise next: the largest weight × (1 − accuracy); a section never answered counts as 0 %.
 * sections: [{id, number, label, weight}] with questions to practise.
 */
export function weakestSection(sections) {
  const quiz = quizProgress().secciones || {};
  let best = null;
  for (const s of sections) {
    const q = quiz[s.id];
    const accuracy = q && q.respondidas ? q.correctas / q.respondidas : 0;
    const score = s.weight * (1 - accuracy);
    if (!best || score > best.score) best = { section: s, score, answered: q ? q.respondidas : 0, correct: q ? q.correctas : 0, accuracy };
  }
  return best;
}

/** All study progress as one JSON document (to move it to another browser or keep a copy). */
export function exportProgress() {
  const data = {};
  for (const key of PROGRESS_KEYS) {
    const value = localStorage.getItem(key);
    if (value !== null) data[key] = JSON.parse(value);
  }
  return { tipo: FILE_KIND, version: 1, exportado: new Date().toISOString(), datos: data };
}

/** Replaces the study progress with an exported document; throws an Error in Spanish if it is not one. */
export function importProgress(doc) {
  if (!doc || doc.tipo !== FILE_KIND || typeof doc.datos !== 'object' || doc.datos === null) {
    throw new Error('El archivo no es un progreso exportado por este explorador.');
  }
  for (const key of Object.keys(doc.datos)) {
    if (!PROGRESS_KEYS.includes(key)) throw new Error(`Clave desconocida en el archivo: ${key}`);
  }
  for (const key of PROGRESS_KEYS) {
    if (key in doc.datos) write(key, doc.datos[key]);
    else localStorage.removeItem(key);
  }
}

// Study progress kept in this browser (localStorage): Leitner boxes for flash cards, quiz results per exam section.
import { h } from './dom.js';

const CARDS = 'explorador.leitner';
const QUIZ = 'explorador.examen';
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

export function recordQuiz(results) {
  // results: [{section, sectionLabel, correct: bool}]
  const all = read(QUIZ);
  all.secciones = all.secciones || {};
  for (const r of results) {
    const s = all.secciones[r.section] || { label: r.sectionLabel, respondidas: 0, correctas: 0 };
    s.respondidas += 1;
    if (r.correct) s.correctas += 1;
    all.secciones[r.section] = s;
  }
  all.rondas = (all.rondas || 0) + 1;
  write(QUIZ, all);
}

export function quizProgress() {
  return read(QUIZ);
}

/** A table of progress per exam section: quiz accuracy and flash cards mastered (box 3 or more). */
export function progressTable(sections, cardsBySection) {
  const quiz = quizProgress().secciones || {};
  const leitner = read(CARDS);
  return h('div', { class: 'tabla-envoltura' }, h('table', { id: 'tabla-progreso' },
    h('caption', null, 'Tu progreso por sección del examen (guardado en este navegador)'),
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

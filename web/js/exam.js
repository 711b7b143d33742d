// The exam's logic, without the DOM: shuffling, the simulacro's draw by section weights, its autosaved state,
// scoring by section and objective, the history of attempts, and what to review (wrong questions, their concepts).
// Everything is kept in this browser (localStorage), like the rest of the study progress.

export const SIMULACRO_SIZE = 45;
export const SIMULACRO_SECONDS = 90 * 60;

const RUNNING = 'explorador.simulacro';
const HISTORY = 'explorador.simulacros';
const REVIEW = 'explorador.repaso';
const QUIZ = 'explorador.examen';
/** Study-progress keys this module owns (progress.js exports and imports them with the rest). */
export const EXAM_KEYS = [RUNNING, HISTORY, REVIEW];
const MAX_ATTEMPTS = 100;

function read(key, fallback) {
  try { return JSON.parse(localStorage.getItem(key)) ?? fallback; } catch { return fallback; }
}
function write(key, value) {
  localStorage.setItem(key, JSON.stringify(value));
}

/** Fisher–Yates, in place. */
export function shuffle(list, random = Math.random) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/** A new order of a question's options (their stable letters), different on every attempt. */
export function optionOrder(question) {
  return shuffle(question.options.map((o) => o.letter));
}

/** The letter shown for the option at this position: A, B, C… (the graph's own letters never reach the screen). */
export function positionLetter(index) {
  return String.fromCharCode(65 + index);
}

/**
 * How many questions of each section a simulacro of `total` questions draws: proportional to the sections'
 * weights. A section with fewer questions in the bank than its share gives all it has, and the missing places
 * are shared among the other sections, again by weight (largest remainder; ties go to the heavier section).
 * sections: [{id, weight}]; available: Map section id → questions in the bank. Returns Map id → count.
 */
export function allocate(sections, available, total = SIMULACRO_SIZE) {
  const plan = new Map(sections.map((s) => [s.id, 0]));
  let open = sections.filter((s) => s.weight > 0 && (available.get(s.id) || 0) > 0);
  let left = Math.min(total, open.reduce((n, s) => n + available.get(s.id), 0));
  for (;;) {
    const weight = open.reduce((n, s) => n + s.weight, 0);
    const short = open.filter((s) => available.get(s.id) <= (left * s.weight) / weight);
    if (!short.length) break;
    for (const s of short) { plan.set(s.id, available.get(s.id)); left -= available.get(s.id); }
    open = open.filter((s) => !short.includes(s));
    if (!open.length) return plan;
  }
  const weight = open.reduce((n, s) => n + s.weight, 0);
  const shares = open.map((s) => ({ s, exact: (left * s.weight) / weight }));
  shares.forEach((x) => plan.set(x.s.id, Math.floor(x.exact)));
  let rest = left - shares.reduce((n, x) => n + Math.floor(x.exact), 0);
  shares.sort((a, b) => (b.exact - Math.floor(b.exact)) - (a.exact - Math.floor(a.exact)) || b.s.weight - a.s.weight);
  for (const x of shares) { if (rest <= 0) break; plan.set(x.s.id, plan.get(x.s.id) + 1); rest -= 1; }
  return plan;
}

/** Draws the simulacro's questions: the plan's count from each section, at random, then shuffled together. */
export function drawSimulacro(sections, questions, total = SIMULACRO_SIZE) {
  const bySection = new Map();
  for (const q of questions) bySection.set(q.section, [...(bySection.get(q.section) || []), q]);
  const plan = allocate(sections, new Map([...bySection].map(([id, list]) => [id, list.length])), total);
  const drawn = [];
  for (const [id, count] of plan) drawn.push(...shuffle([...(bySection.get(id) || [])]).slice(0, count));
  return { plan, questions: shuffle(drawn) };
}

/** Starts and saves a simulacro: the questions, each with its own option order, and the full time. */
export function startSimulacro(sections, questions) {
  const { plan, questions: drawn } = drawSimulacro(sections, questions);
  const state = {
    version: 1,
    empezado: new Date().toISOString(),
    duracion: SIMULACRO_SECONDS,
    restante: SIMULACRO_SECONDS,
    actual: 0,
    plan: Object.fromEntries(plan),
    preguntas: drawn.map((q) => ({ id: q.id, orden: optionOrder(q) })),
    respuestas: {},
    marcadas: [],
  };
  saveSimulacro(state);
  return state;
}

export function runningSimulacro() {
  const state = read(RUNNING, null);
  return state && state.version === 1 && Array.isArray(state.preguntas) ? state : null;
}
export function saveSimulacro(state) {
  write(RUNNING, state);
}
export function dropSimulacro() {
  localStorage.removeItem(RUNNING);
}

export function isRight(question, chosen) {
  const right = question.options.filter((o) => o.correct).map((o) => o.letter);
  return chosen.length === right.length && right.every((l) => chosen.includes(l));
}

/**
 * Scores answered questions: overall, by section and by objective.
 * items: [{question, chosen: [letters]}]. Returns {total, right, sections: {id: {label, n, ok}}, objectives: {...}, wrong: [ids]}.
 */
export function score(items) {
  const result = { total: items.length, right: 0, sections: {}, objectives: {}, wrong: [] };
  for (const { question: q, chosen } of items) {
    const ok = isRight(q, chosen);
    if (ok) result.right += 1; else result.wrong.push(q.id);
    const s = result.sections[q.section] || (result.sections[q.section] = { label: q.sectionLabel, n: 0, ok: 0 });
    s.n += 1; if (ok) s.ok += 1;
    if (q.objective) {
      const o = result.objectives[q.objective] || (result.objectives[q.objective] = { label: q.objectiveLabel, section: q.section, n: 0, ok: 0 });
      o.n += 1; if (ok) o.ok += 1;
    }
  }
  return result;
}

/** Hands the running simulacro in: scores it, keeps it in the history, updates the practice totals. */
export function handIn(state, byId) {
  const items = state.preguntas.filter((p) => byId.has(p.id))
    .map((p) => ({ question: byId.get(p.id), chosen: state.respuestas[p.id] || [] }));
  const result = score(items);
  const attempt = {
    fecha: new Date().toISOString(),
    segundos: Math.max(0, Math.round(state.duracion - state.restante)),
    total: result.total,
    correctas: result.right,
    secciones: result.sections,
    objetivos: result.objectives,
    falladas: result.wrong,
    sinResponder: items.filter((i) => !i.chosen.length).map((i) => i.question.id),
    preguntas: state.preguntas,
    respuestas: state.respuestas,
  };
  const history = attempts();
  history.push(attempt);
  write(HISTORY, { intentos: history.slice(-MAX_ATTEMPTS) });
  recordAnswers(items);
  dropSimulacro();
  return attempt;
}

export function attempts() {
  const all = read(HISTORY, {});
  return Array.isArray(all.intentos) ? all.intentos : [];
}

/**
 * Practice totals per section (the progress table) and the set of questions to review: a wrong answer adds
 * the question, a right one removes it. items: [{question, chosen}].
 */
export function recordAnswers(items) {
  const all = read(QUIZ, {});
  all.secciones = all.secciones || {};
  all.falladas = all.falladas || {};
  for (const { question: q, chosen } of items) {
    const ok = isRight(q, chosen);
    const s = all.secciones[q.section] || { label: q.sectionLabel, respondidas: 0, correctas: 0 };
    s.respondidas += 1;
    if (ok) s.correctas += 1;
    all.secciones[q.section] = s;
    if (ok) delete all.falladas[q.id]; else all.falladas[q.id] = new Date().toISOString().slice(0, 10);
  }
  all.rondas = (all.rondas || 0) + 1;
  write(QUIZ, all);
}

/** Ids of the questions last answered wrong (in practice or in a simulacro) and not answered right since. */
export function wrongQuestions() {
  return Object.keys(read(QUIZ, {}).falladas || {});
}

/** The concepts behind some questions, without repeats, in first-seen order. */
export function conceptsOf(questions) {
  const seen = new Map();
  for (const q of questions) for (const c of q.concepts || []) if (!seen.has(c.slug)) seen.set(c.slug, c);
  return [...seen.values()];
}

/** Sends concepts to the flash cards: a "repaso" deck, due now in both directions. */
export function sendToCards(slugs) {
  write(REVIEW, { conceptos: slugs, fecha: new Date().toISOString().slice(0, 10) });
  const cards = read('explorador.leitner', {});
  for (const slug of slugs) {
    for (const mode of ['termino', 'definicion']) {
      const key = `${mode}:${slug}`;
      if (cards[key]) cards[key] = { ...cards[key], due: 0 };
    }
  }
  write('explorador.leitner', cards);
}

export function reviewDeck() {
  const deck = read(REVIEW, {});
  return Array.isArray(deck.conceptos) ? deck.conceptos : [];
}

/**
 * The section to review after an attempt: the largest weight × (1 − accuracy) among the sections it had.
 * sections: [{id, number, label, weight}].
 */
export function weakestOf(attempt, sections) {
  let best = null;
  for (const s of sections) {
    const r = attempt.secciones[s.id];
    if (!r || !r.n) continue;
    const value = s.weight * (1 - r.ok / r.n);
    if (!best || value > best.value) best = { section: s, value, ...r };
  }
  return best;
}

/** 1:29:59 or 4:05. */
export function clock(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

// The simulacro: 45 questions drawn by the exam's section weights, 90 minutes, one question at a time with a
// navigator and "mark for review", no feedback until it is handed in. Every answer, mark and second left is saved
// in localStorage at once, so a reload or a closed tab comes back to the same place. Then the results: overall,
// by section and by objective, each wrong answer explained, what to review, and the history of attempts.
import { api } from '../api.js';
import { h, fill, notify, confirmDialog, svg } from '../dom.js';
import { conceptLink } from '../card.js';
import { href, navigate, reflect } from '../router.js';
import {
  SIMULACRO_SIZE, allocate, startSimulacro, runningSimulacro, saveSimulacro, dropSimulacro, handIn,
  attempts, positionLetter, conceptsOf, sendToCards, weakestOf, clock,
} from '../exam.js';

/** The official guide states no passing score (research/syllabus.md); the results say so instead of inventing one. */
export const NO_PASS_MARK = 'La guía oficial del examen no publica una nota de aprobado, así que aquí no se dice si aprobarías: '
  + 'usa el resultado por sección para saber qué repasar.';

function pct(ok, n) {
  return n ? Math.round((100 * ok) / n) : 0;
}

/** The landing panel: what a simulacro draws from each section, and start or continue. */
export function simulacroPanel(sections, questions) {
  const available = new Map();
  questions.forEach((q) => available.set(q.section, (available.get(q.section) || 0) + 1));
  const plan = allocate(sections, available);
  const running = runningSimulacro();
  const short = sections.filter((s) => (available.get(s.id) || 0) < Math.round((SIMULACRO_SIZE * s.weight) / 100));
  const start = h('button', { type: 'button', class: running ? '' : 'primario', id: 'simulacro-nuevo', onclick: async () => {
    if (runningSimulacro() && !(await confirmDialog('Ya tienes un simulacro a medias. ¿Descartarlo y empezar otro?', 'Sí, empezar otro'))) return;
    startSimulacro(sections, questions);
    navigate(href('examen', null, { modo: 'simulacro' }));
  } }, running ? 'Empezar otro simulacro' : `Empezar el simulacro (${SIMULACRO_SIZE} preguntas, 90 min)`);
  const answered = running ? Object.values(running.respuestas).filter((a) => a.length).length : 0;
  return h('section', { class: 'inicio-panel simulacro-panel', id: 'panel-simulacro', 'aria-labelledby': 'panel-simulacro-titulo' },
    h('h2', { id: 'panel-simulacro-titulo' }, 'Simulacro del examen'),
    h('p', null, `${SIMULACRO_SIZE} preguntas repartidas según el peso de cada sección, 90 minutos, sin corrección hasta entregar. `
      + 'Se guarda solo: si recargas o cierras la pestaña, sigues donde ibas (el reloj se para mientras la página está cerrada).'),
    running ? h('p', { class: 'intro', id: 'simulacro-en-curso' }, `Tienes un simulacro a medias: ${answered} de ${running.preguntas.length} respondidas, quedan ${clock(running.restante)}. `,
      h('a', { href: href('examen', null, { modo: 'simulacro' }), 'data-nav': true, class: 'boton primario', id: 'simulacro-seguir' }, 'Continuar el simulacro')) : null,
    h('div', { class: 'tabla-envoltura', tabindex: 0, role: 'region', 'aria-labelledby': 'plan-titulo' }, h('table', { id: 'plan-simulacro' },
      h('caption', { id: 'plan-titulo' }, 'Preguntas por sección en cada simulacro'),
      h('thead', null, h('tr', null, ['Sección', 'Peso', 'En el simulacro', 'En el banco'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, sections.map((s) => h('tr', { dataset: { seccion: s.id, plan: plan.get(s.id) || 0 } },
        h('th', { scope: 'row' }, `${s.number}. ${s.label}`), h('td', null, `${s.weight} %`),
        h('td', null, String(plan.get(s.id) || 0)), h('td', null, String(available.get(s.id) || 0))))))),
    short.length ? h('p', { class: 'ayuda' }, `El banco aún tiene pocas preguntas de ${short.map((s) => `la sección ${s.number}`).join(' y ')}: `
      + 'entran todas las que hay y los huecos se reparten entre las demás secciones, también por peso.') : null,
    h('div', { class: 'botones' }, start));
}

/** The running simulacro (or a note that there is none). */
export async function renderSimulacro(main) {
  const state = runningSimulacro();
  if (!state) {
    fill(main, h('h1', { class: 'titulo-vista' }, 'Simulacro del examen'),
      h('p', { id: 'sin-simulacro' }, 'No hay ningún simulacro en curso. ',
        h('a', { href: href('examen'), 'data-nav': true }, 'Empieza uno desde Examen'), '.'));
    return;
  }
  const all = await api.questions();
  const byId = new Map(all.map((q) => [q.id, q]));
  const lost = state.preguntas.filter((p) => !byId.has(p.id));
  if (lost.length) state.preguntas = state.preguntas.filter((p) => byId.has(p.id));
  const list = state.preguntas;
  if (!list.length) {
    dropSimulacro();
    fill(main, h('h1', { class: 'titulo-vista' }, 'Simulacro del examen'),
      h('p', { id: 'sin-simulacro' }, 'Las preguntas de este simulacro ya no están en el banco. ', h('a', { href: href('examen'), 'data-nav': true }, 'Empieza otro'), '.'));
    return;
  }
  state.actual = Math.min(Math.max(0, state.actual || 0), list.length - 1);

  const time = h('span', { class: 'reloj', id: 'reloj', role: 'timer', 'aria-live': 'off' });
  const count = h('span', { id: 'simulacro-cuenta' });
  const submit = h('button', { type: 'button', class: 'primario', id: 'entregar' }, 'Entregar');
  const bar = h('div', { class: 'simulacro-barra', id: 'simulacro-barra' },
    h('span', null, 'Quedan ', time), count, submit);
  const stage = h('div', { class: 'simulacro-pregunta', id: 'simulacro-pregunta' });
  const grid = h('ol', { class: 'navegador', id: 'navegador' });
  const navigator = h('nav', { class: 'navegador-marco', 'aria-labelledby': 'navegador-titulo' },
    h('h2', { id: 'navegador-titulo' }, 'Preguntas'), grid,
    h('p', { class: 'ayuda navegador-leyenda' }, h('span', { class: 'muestra respondida' }), ' respondida ',
      h('span', { class: 'muestra marcada' }), ' marcada para revisar ', h('span', { class: 'muestra' }), ' sin responder'));
  fill(main, h('h1', { class: 'titulo-vista' }, 'Simulacro del examen'),
    lost.length ? h('p', { class: 'intro' }, `${lost.length} preguntas de este simulacro ya no están en el banco y se quitaron.`) : null,
    bar, h('div', { class: 'simulacro' }, stage, navigator));

  function save() { saveSimulacro(state); }
  function answered(p) { return (state.respuestas[p.id] || []).length > 0; }
  function marked(p) { return state.marcadas.includes(p.id); }

  function status() {
    const n = list.filter(answered).length;
    count.textContent = `${n}/${list.length} respondidas · ${state.marcadas.length} ${state.marcadas.length === 1 ? 'marcada' : 'marcadas'}`;
    grid.querySelectorAll('button').forEach((b, i) => {
      const p = list[i];
      b.classList.toggle('respondida', answered(p));
      b.classList.toggle('marcada', marked(p));
      if (i === state.actual) b.setAttribute('aria-current', 'step'); else b.removeAttribute('aria-current');
      b.setAttribute('aria-label', `Pregunta ${i + 1}${answered(p) ? ', respondida' : ', sin responder'}${marked(p) ? ', marcada para revisar' : ''}`);
    });
  }

  function show(index, focus = false) {
    state.actual = index;
    save();
    const p = list[index];
    const q = byId.get(p.id);
    const chosen = new Set(state.respuestas[p.id] || []);
    const type = q.multiple ? 'checkbox' : 'radio';
    const fieldset = h('fieldset', null,
      h('legend', null, h('span', { class: 'numero-pregunta' }, `Pregunta ${index + 1} de ${list.length}`), h('span', { class: 'enunciado' }, q.stem)),
      q.multiple ? h('p', { class: 'ayuda' }, 'Elige todas las que correspondan.') : null,
      p.orden.map((letter, i) => {
        const option = q.options.find((o) => o.letter === letter);
        const id = `sim-${index}-${i}`;
        const input = h('input', { type, id, name: `sim-${index}`, value: letter, checked: chosen.has(letter) });
        input.addEventListener('change', () => {
          state.respuestas[p.id] = [...fieldset.querySelectorAll('input:checked')].map((x) => x.value);
          save();
          status();
        });
        return h('div', { class: 'opcion', dataset: { letra: letter } }, input, h('label', { for: id }, `${positionLetter(i)}. ${option.text}`));
      }));
    const mark = h('input', { type: 'checkbox', id: 'marcar', checked: marked(p) });
    mark.addEventListener('change', () => {
      state.marcadas = mark.checked ? [...new Set([...state.marcadas, p.id])] : state.marcadas.filter((id) => id !== p.id);
      save();
      status();
    });
    const prev = h('button', { type: 'button', id: 'anterior', disabled: index === 0, onclick: () => show(index - 1, true) }, '← Anterior');
    const next = h('button', { type: 'button', id: 'siguiente', class: 'primario', disabled: index === list.length - 1, onclick: () => show(index + 1, true) }, 'Siguiente →');
    fill(stage, h('div', { class: 'pregunta', dataset: { id: q.id, seccion: q.section, indice: index } }, fieldset),
      h('p', { class: 'casilla marcar' }, mark, h('label', { for: 'marcar' }, 'Marcar para revisar')),
      h('div', { class: 'botones' }, prev, next));
    status();
    if (focus) stage.querySelector('input')?.focus();
  }

  list.forEach((p, i) => grid.append(h('li', null, h('button', { type: 'button', class: 'celda', onclick: () => show(i, true) }, String(i + 1)))));

  // The clock: counts down what is left (saved every second), and hands in when it reaches zero.
  let last = performance.now();
  let timer = null;
  let done = false;
  const tick = () => {
    const now = performance.now();
    state.restante = Math.max(0, state.restante - (now - last) / 1000);
    last = now;
    time.textContent = clock(state.restante);
    time.classList.toggle('poco-tiempo', state.restante < 5 * 60);
    save();
    if (state.restante <= 0) { notify('Se acabó el tiempo: se corrige lo respondido.'); finish(); }
  };
  main.cleanup = () => clearInterval(timer);

  function finish() {
    if (done) return;
    done = true;
    clearInterval(timer);
    handIn(state, byId);
    navigate(href('examen', null, { modo: 'resultado', intento: attempts().length }), { replace: true });
  }

  submit.addEventListener('click', async () => {
    const empty = list.filter((p) => !answered(p)).length;
    if (empty || state.marcadas.length) {
      const parts = [empty ? `${empty} ${empty === 1 ? 'pregunta sin responder' : 'preguntas sin responder'}` : null,
        state.marcadas.length ? `${state.marcadas.length} marcadas para revisar` : null].filter(Boolean);
      if (!(await confirmDialog(`Tienes ${parts.join(' y ')}. Una pregunta sin responder cuenta como fallada. ¿Entregar igualmente?`, 'Sí, entregar'))) return;
    }
    finish();
  });

  show(state.actual);
  tick();
  timer = setInterval(tick, 1000);
  reflect(href('examen', null, { modo: 'simulacro' }));
}

/** The results of one attempt (the last one unless ?intento=N), with the history of attempts. */
export async function renderResult(main, route) {
  const [sections, all] = await Promise.all([api.exam(), api.questions()]);
  const history = attempts();
  if (!history.length) {
    fill(main, h('h1', { class: 'titulo-vista' }, 'Resultados del simulacro'),
      h('p', null, 'Aún no has entregado ningún simulacro. ', h('a', { href: href('examen'), 'data-nav': true }, 'Empieza uno desde Examen'), '.'));
    return;
  }
  const number = Math.min(history.length, Math.max(1, Number(route.params.get('intento')) || history.length));
  const attempt = history[number - 1];
  const byId = new Map(all.map((q) => [q.id, q]));
  const percent = pct(attempt.correctas, attempt.total);

  const sectionRows = sections.map((s) => {
    const r = attempt.secciones[s.id] || { n: 0, ok: 0 };
    const p = pct(r.ok, r.n);
    return h('tr', { dataset: { seccion: s.id, preguntas: r.n, aciertos: r.ok } },
      h('th', { scope: 'row' }, `${s.number}. ${s.label}`), h('td', null, `${s.weight} %`), h('td', null, String(r.n)),
      h('td', null, r.n ? `${r.ok} (${p} %) ` : '—', r.n ? h('progress', { class: 'barra-progreso', max: 100, value: p }, `${p} %`) : null));
  });
  const objectiveRows = sections.flatMap((s) => s.objectives.map((o) => ({ s, o, r: attempt.objetivos[o.id] })).filter((x) => x.r)
    .map(({ o, r }) => h('tr', { dataset: { objetivo: o.id } }, h('th', { scope: 'row' }, o.label), h('td', null, String(r.n)),
      h('td', null, `${r.ok} (${pct(r.ok, r.n)} %)`))));

  const wrong = attempt.falladas.map((id) => byId.get(id)).filter(Boolean);
  const orders = new Map((attempt.preguntas || []).map((p) => [p.id, p.orden]));
  const wrongList = h('ol', { class: 'falladas', id: 'lista-falladas' }, wrong.map((q) => {
    const order = orders.get(q.id) || q.options.map((o) => o.letter);
    const chosen = attempt.respuestas[q.id] || [];
    const shown = (letter) => {
      const i = order.indexOf(letter);
      return `${positionLetter(i)}. ${q.options.find((o) => o.letter === letter)?.text}`;
    };
    return h('li', { class: 'pregunta fallada', dataset: { id: q.id, seccion: q.section } },
      h('p', { class: 'enunciado-resultado' }, q.stem),
      h('p', null, h('strong', { class: 'marca-mal' }, 'Tu respuesta: '), chosen.length ? chosen.map(shown).join(' · ') : 'sin responder'),
      h('p', null, h('strong', { class: 'marca-ok' }, 'Correcta: '), order.filter((l) => q.options.find((o) => o.letter === l)?.correct).map(shown).join(' · ')),
      h('p', null, h('strong', null, 'Por qué: '), q.explanation),
      h('details', { class: 'plegable' }, h('summary', null, 'Cada opción explicada'),
        h('ul', null, order.map((letter, i) => {
          const o = q.options.find((x) => x.letter === letter);
          return h('li', null, h('span', { class: o.correct ? 'marca-ok' : 'marca-mal' }, `${positionLetter(i)} ${o.correct ? '✔' : '✘'} `), o.explanation);
        }))),
      h('p', { class: 'pasos' }, [q.sectionLabel, q.objectiveLabel].filter(Boolean).join(' · ')),
      q.concepts.length ? h('p', null, 'Repasa: ', q.concepts.flatMap((c, i) => [i ? ', ' : null, conceptLink(c)])) : null);
  }));

  const weakest = weakestOf(attempt, sections);
  const concepts = conceptsOf(wrong);
  const review = h('div', { class: 'botones', id: 'repasar' },
    wrong.length ? h('a', { href: href('examen', null, { repasar: 'falladas' }), 'data-nav': true, class: 'boton primario', id: 'repasar-falladas' }, `Practicar las ${wrong.length} falladas`) : null,
    weakest ? h('a', { href: href('examen', null, { seccion: weakest.section.number, n: 10 }), 'data-nav': true, class: 'boton', id: 'repasar-seccion' },
      `Practicar la sección más floja: ${weakest.section.number}. ${weakest.section.label}`) : null,
    concepts.length ? h('button', { type: 'button', id: 'a-tarjetas', onclick: () => {
      sendToCards(concepts.map((c) => c.slug));
      notify(`${concepts.length} conceptos enviados a las tarjetas.`);
      navigate(href('tarjetas', null, { mazo: 'repaso' }));
    } }, `Enviar sus ${concepts.length} conceptos a las tarjetas`) : null);

  const score = h('p', { class: 'puntuacion', id: 'puntuacion', tabindex: -1 }, `Puntuación: ${attempt.correctas} de ${attempt.total} (${percent} %)`);
  fill(main, h('h1', { class: 'titulo-vista' }, `Resultados del simulacro ${number}`),
    h('p', { class: 'ayuda' }, `${new Date(attempt.fecha).toLocaleString('es')} · ${attempt.sinResponder.length} sin responder · tiempo usado ${clock(attempt.segundos)}.`),
    score,
    h('p', { class: 'intro', id: 'sin-nota-de-corte' }, NO_PASS_MARK),
    h('h2', null, 'Por sección del examen'),
    h('div', { class: 'tabla-envoltura', tabindex: 0, role: 'region', 'aria-labelledby': 'resultado-secciones-titulo' }, h('table', { id: 'resultado-secciones' },
      h('caption', { id: 'resultado-secciones-titulo' }, 'Aciertos por sección, frente al peso de cada sección en el examen'),
      h('thead', null, h('tr', null, ['Sección', 'Peso en el examen', 'Preguntas', 'Aciertos'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, sectionRows))),
    h('details', { class: 'plegable', id: 'resultado-objetivos' }, h('summary', null, h('h3', null, 'Por objetivo del examen')),
      h('div', { class: 'tabla-envoltura', tabindex: 0, role: 'region', 'aria-label': 'Aciertos por objetivo' }, h('table', null,
        h('thead', null, h('tr', null, ['Objetivo', 'Preguntas', 'Aciertos'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, objectiveRows)))),
    h('h2', null, 'Qué repasar'), review,
    h('h2', null, `Preguntas falladas (${wrong.length})`),
    wrong.length ? wrongList : h('p', null, '¡Ninguna!'),
    historySection(history, number));
  score.focus({ preventScroll: true });
}

/** The attempts so far, newest first, with the change against the previous one and a small trend line. */
function historySection(history, current) {
  const percents = history.map((a) => pct(a.correctas, a.total));
  const rows = history.map((a, i) => ({ a, i, p: percents[i], delta: i ? percents[i] - percents[i - 1] : null })).reverse();
  const trend = history.length > 1 ? trendLine(percents) : null;
  return h('section', { id: 'historial', 'aria-labelledby': 'historial-titulo' },
    h('h2', { id: 'historial-titulo' }, 'Historial de simulacros'),
    trend,
    h('div', { class: 'tabla-envoltura', tabindex: 0, role: 'region', 'aria-label': 'Historial de simulacros' }, h('table', { id: 'tabla-historial' },
      h('thead', null, h('tr', null, ['Intento', 'Fecha', 'Aciertos', 'Cambio'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, rows.map(({ a, i, p, delta }) => h('tr', { dataset: { intento: i + 1 }, class: i + 1 === current ? 'actual' : null },
        h('th', { scope: 'row' }, i + 1 === current ? `${i + 1} (este)` : h('a', { href: href('examen', null, { modo: 'resultado', intento: i + 1 }), 'data-nav': true }, String(i + 1))),
        h('td', null, new Date(a.fecha).toLocaleDateString('es')),
        h('td', null, `${a.correctas} de ${a.total} (${p} %)`),
        h('td', null, delta === null ? '—' : delta > 0 ? `▲ +${delta}` : delta < 0 ? `▼ ${delta}` : '= 0')))))));
}

function trendLine(percents) {
  const w = 320; const hgt = 90; const pad = 12;
  const x = (i) => pad + (i * (w - 2 * pad)) / Math.max(1, percents.length - 1);
  const y = (p) => hgt - pad - (p * (hgt - 2 * pad)) / 100;
  const points = percents.map((p, i) => `${x(i).toFixed(1)},${y(p).toFixed(1)}`).join(' ');
  return h('figure', { class: 'tendencia' },
    svg('svg', { viewBox: `0 0 ${w} ${hgt}`, width: w, height: hgt, role: 'img', 'aria-label': `Tendencia: ${percents.map((p) => `${p} %`).join(', ')}` },
      svg('line', { x1: pad, y1: y(50), x2: w - pad, y2: y(50), class: 'tendencia-guia' }),
      svg('polyline', { points, class: 'tendencia-linea', fill: 'none' }),
      percents.map((p, i) => svg('circle', { cx: x(i).toFixed(1), cy: y(p).toFixed(1), r: 3.5, class: 'tendencia-punto' }))),
    h('figcaption', { class: 'ayuda' }, 'Porcentaje de aciertos por intento (la línea fina marca el 50 %).'));
}


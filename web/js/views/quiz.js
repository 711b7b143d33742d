// Exam-style practice from /api/questions: the simulacro (views/simulacro.js), practice rounds by section, by concept
// or of the questions answered wrong, with an optional timer (90 minutes for 45 questions). Options are shuffled on
// every attempt; a round is scored with an explanation for every option and links to the concepts.
import { api } from '../api.js';
import { h, append, notify, fill, confirmDialog } from '../dom.js';
import { conceptLink } from '../card.js';
import { href, reflect, forceRender } from '../router.js';
import { getJSON } from '../api.js';
import { progressTable } from '../progress.js';
import { deckData } from './flashcards.js';
import { shuffle, optionOrder, positionLetter, isRight, recordAnswers, wrongQuestions, attempts } from '../exam.js';
import { simulacroPanel, renderSimulacro, renderResult } from './simulacro.js';

const SECONDS_PER_QUESTION = (90 * 60) / 45;

export async function renderQuiz(main, route) {
  const mode = route.params.get('modo');
  if (mode === 'simulacro') return renderSimulacro(main, route);
  if (mode === 'resultado') return renderResult(main, route);
  const [sections, { bySection }] = await Promise.all([api.exam(), deckData()]);
  const all = await api.questions();
  const review = route.params.get('repasar') === 'falladas';
  const wrongIds = new Set(wrongQuestions());
  const wrong = all.filter((q) => wrongIds.has(q.id));
  const counts = new Map();
  all.forEach((q) => counts.set(q.section, (counts.get(q.section) || 0) + 1));
  const concept = route.params.get('concepto');
  const conceptLabel = concept ? (await getJSON('/api/questions', { concept })).flatMap((q) => q.concepts).find((c) => c.slug === concept)?.labelEs || concept : null;

  const sectionSelect = h('select', { id: 'seccion' }, h('option', { value: 'mixto' }, `Mixto: todas las secciones (${all.length})`),
    sections.filter((s) => counts.get(s.id)).map((s) => h('option', { value: String(s.number) }, `Sección ${s.number}: ${s.label} (${counts.get(s.id)} preguntas)`)));
  sectionSelect.value = route.params.get('seccion') || 'mixto';
  const sizeSelect = h('select', { id: 'cantidad' }, [5, 10, 20, 45].map((n) => h('option', { value: n }, String(n))), h('option', { value: 'todas' }, 'Todas'));
  sizeSelect.value = route.params.get('n') || '10';
  const timed = h('input', { type: 'checkbox', id: 'con-tiempo', checked: route.params.get('tiempo') === '1' });
  const zone = h('div', { id: 'examen-zona' });
  const start = h('button', { type: 'button', class: 'primario', id: 'empezar' }, 'Empezar');

  const history = attempts();
  fill(main, h('h1', { class: 'titulo-vista' }, review ? 'Repasar las preguntas falladas' : 'Examen de práctica'),
    concept ? h('p', { class: 'intro' }, `Preguntas sobre el concepto «${conceptLabel}». `, h('a', { href: href('examen'), 'data-nav': true }, 'Quitar el filtro')) : null,
    review ? h('p', { class: 'intro', id: 'repaso-falladas' }, wrong.length
      ? `${wrong.length} preguntas que fallaste (en práctica o en un simulacro) y aún no has acertado después. Al acertarlas salen de esta lista. `
      : 'No te queda ninguna pregunta fallada por repasar. ', h('a', { href: href('examen'), 'data-nav': true }, 'Volver al examen')) : null,
    concept || review ? null : h('div', { class: 'inicio-paneles examen-paneles' }, simulacroPanel(sections, all),
      h('section', { class: 'inicio-panel', id: 'panel-repaso', 'aria-labelledby': 'panel-repaso-titulo' },
        h('h2', { id: 'panel-repaso-titulo' }, 'Repasar'),
        h('p', null, `${wrong.length} preguntas falladas por repasar.`),
        h('div', { class: 'botones' },
          wrong.length ? h('a', { href: href('examen', null, { repasar: 'falladas' }), 'data-nav': true, class: 'boton', id: 'ir-falladas' }, 'Practicar solo las falladas') : null,
          history.length ? h('a', { href: href('examen', null, { modo: 'resultado' }), 'data-nav': true, class: 'boton', id: 'ir-resultados' }, `Último resultado e historial (${history.length})`) : null))),
    concept || review ? null : h('h2', null, 'Práctica por sección'),
    h('div', { class: 'filtros' },
      concept || review ? null : [h('label', { for: 'seccion' }, 'Sección '), sectionSelect],
      h('label', { for: 'cantidad' }, 'Preguntas '), sizeSelect,
      h('label', { for: 'con-tiempo', class: 'casilla' }, timed, ' Con tiempo, como el examen real (90 min por 45 preguntas)'),
      start),
    zone, h('h2', null, 'Progreso'), h('div', { id: 'progreso' }, progressTable(sections, bySection)));

  let timer = null;
  main.cleanup = () => clearInterval(timer);

  start.addEventListener('click', async () => {
    reflect(href('examen', null, { concepto: concept, repasar: review ? 'falladas' : null, seccion: concept || review || sectionSelect.value === 'mixto' ? null : sectionSelect.value, n: sizeSelect.value, tiempo: timed.checked ? '1' : null }));
    let pool = concept ? await getJSON('/api/questions', { concept }) : review ? wrong
      : sectionSelect.value === 'mixto' ? all : all.filter((q) => q.section === `ex:s${sectionSelect.value}`);
    pool = shuffle([...pool]);
    const size = sizeSelect.value === 'todas' ? pool.length : Math.min(pool.length, Number(sizeSelect.value));
    round(pool.slice(0, size));
  });

  function round(questions) {
    clearInterval(timer);
    const form = h('form', { id: 'examen', class: 'examen', 'aria-label': 'Preguntas del examen' });
    const clock = h('p', { class: 'reloj reloj-fijo', id: 'reloj', role: 'timer', 'aria-live': 'off' });
    questions.forEach((q, i) => {
      const type = q.multiple ? 'checkbox' : 'radio';
      // A new order of the options on every attempt; the letters on screen are positions, not the graph's letters.
      const order = optionOrder(q);
      form.append(h('div', { class: 'pregunta', dataset: { id: q.id, seccion: q.section, orden: order.join('') } }, h('fieldset', null,
        h('legend', null, `${i + 1}. ${q.stem}`),
        q.multiple ? h('p', { class: 'ayuda' }, 'Elige todas las que correspondan.') : null,
        order.map((letter, position) => {
          const o = q.options.find((x) => x.letter === letter);
          const id = `${q.id}-${o.letter}`.replace(/[^a-z0-9-]/gi, '-');
          return h('div', { class: 'opcion', dataset: { letra: o.letter } },
            h('input', { type, id, name: q.id, value: o.letter }),
            h('label', { for: id }, `${positionLetter(position)}. ${o.text}`));
        }))));
    });
    const submit = h('button', { type: 'submit', class: 'primario', id: 'entregar' }, 'Entregar y corregir');
    form.append(h('div', { class: 'botones' }, submit));
    fill(zone, h('p', null, `${questions.length} preguntas.`), timed.checked ? clock : null, form);
    form.querySelector('input')?.focus();

    if (timed.checked) {
      const end = Date.now() + questions.length * SECONDS_PER_QUESTION * 1000;
      const tick = () => {
        const left = Math.max(0, Math.round((end - Date.now()) / 1000));
        clock.textContent = `Tiempo restante: ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
        if (left === 0) { clearInterval(timer); notify('Se acabó el tiempo: se corrige lo respondido.'); grade(); }
      };
      tick();
      timer = setInterval(tick, 1000);
    }
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const empty = questions.filter((q) => !form.querySelector(`.pregunta[data-id="${CSS.escape(q.id)}"] input:checked`)).length;
      if (empty && !(await confirmDialog(`Tienes ${empty} de ${questions.length} preguntas sin responder; cuentan como falladas. ¿Corregir igualmente?`, 'Sí, corregir'))) return;
      grade();
    });

    function grade() {
      clearInterval(timer);
      let right = 0;
      const results = [];
      questions.forEach((q) => {
        const box = form.querySelector(`.pregunta[data-id="${CSS.escape(q.id)}"]`);
        const chosen = new Set([...box.querySelectorAll('input:checked')].map((i) => i.value));
        const ok = isRight(q, [...chosen]);
        if (ok) right += 1;
        results.push({ question: q, chosen: [...chosen] });
        box.querySelectorAll('input').forEach((i) => { i.disabled = true; });
        box.classList.add(ok ? 'acertada' : 'fallada');
        box.querySelector('legend').append(' ', h('span', { class: ok ? 'marca-ok veredicto' : 'marca-mal veredicto' }, ok ? '✔ Acertaste' : '✘ Fallaste'));
        for (const o of q.options) {
          const row = box.querySelector(`.opcion[data-letra="${CSS.escape(o.letter)}"]`);
          row.classList.add(o.correct ? 'correcta' : 'incorrecta');
          append(row.querySelector('label'), [h('span', { class: o.correct ? 'marca-ok' : 'marca-mal' }, o.correct ? ' ✔ correcta' : ' ✘ incorrecta'),
            chosen.has(o.letter) ? h('strong', null, ' (tu respuesta)') : null]);
          row.after(h('p', { class: 'explicacion-opcion' }, o.explanation));
        }
        append(box, [h('p', null, h('strong', null, 'Explicación: '), q.explanation),
          h('p', { class: 'pasos' }, [q.sectionLabel, q.objectiveLabel].filter(Boolean).join(' · ')),
          q.concepts.length ? h('p', null, 'Conceptos: ', q.concepts.flatMap((c, i) => [i ? ', ' : null, conceptLink(c)])) : null]);
      });
      recordAnswers(results);
      const pct = questions.length ? Math.round((100 * right) / questions.length) : 0;
      const score = h('p', { class: 'puntuacion', id: 'puntuacion', tabindex: -1 }, `Puntuación: ${right} de ${questions.length} (${pct} %)`);
      submit.replaceWith(h('button', { type: 'button', onclick: () => forceRender() }, 'Otra ronda'));
      zone.prepend(score, h('p', null, right < questions.length ? 'Repasa los conceptos enlazados en las preguntas falladas; quedan en «Repasar las falladas» hasta que las aciertes.' : '¡Todas bien!'));
      score.focus();
      fill(main.querySelector('#progreso'), progressTable(sections, bySection));
    }
  }
}

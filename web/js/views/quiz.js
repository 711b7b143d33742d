// Exam-style quiz from /api/questions: by section or mixed, optional timer like the real exam
// (90 minutes for 45 questions), scored with an explanation for every option and links to the concepts.
import { api } from '../api.js';
import { h, append, notify, fill } from '../dom.js';
import { conceptLink } from '../card.js';
import { href, reflect, forceRender } from '../router.js';
import { getJSON } from '../api.js';
import { recordQuiz, progressTable } from '../progress.js';
import { deckData } from './flashcards.js';

const SECONDS_PER_QUESTION = (90 * 60) / 45;

export async function renderQuiz(main, route) {
  const [sections, { bySection }] = await Promise.all([api.exam(), deckData()]);
  const all = await api.questions();
  const counts = new Map();
  all.forEach((q) => counts.set(q.section, (counts.get(q.section) || 0) + 1));
  const concept = route.params.get('concepto');

  const sectionSelect = h('select', { id: 'seccion' }, h('option', { value: 'mixto' }, `Mixto: todas las secciones (${all.length})`),
    sections.filter((s) => counts.get(s.id)).map((s) => h('option', { value: String(s.number) }, `Sección ${s.number}: ${s.label} (${counts.get(s.id)} preguntas)`)));
  sectionSelect.value = route.params.get('seccion') || 'mixto';
  const sizeSelect = h('select', { id: 'cantidad' }, [5, 10, 20, 45].map((n) => h('option', { value: n }, String(n))), h('option', { value: 'todas' }, 'Todas'));
  sizeSelect.value = route.params.get('n') || '10';
  const timed = h('input', { type: 'checkbox', id: 'con-tiempo', checked: route.params.get('tiempo') === '1' });
  const zone = h('div', { id: 'examen-zona' });
  const start = h('button', { type: 'button', class: 'primario', id: 'empezar' }, 'Empezar');

  fill(main, h('h1', { class: 'titulo-vista' }, 'Examen de práctica'),
    concept ? h('p', { class: 'intro' }, `Preguntas sobre el concepto «${concept}». `, h('a', { href: href('examen'), 'data-nav': true }, 'Quitar el filtro')) : null,
    h('div', { class: 'filtros' },
      concept ? null : [h('label', { for: 'seccion' }, 'Sección '), sectionSelect],
      h('label', { for: 'cantidad' }, 'Preguntas '), sizeSelect,
      h('label', { for: 'con-tiempo', class: 'casilla' }, timed, ' Con tiempo, como el examen real (90 min por 45 preguntas)'),
      start),
    zone, h('h2', null, 'Progreso'), h('div', { id: 'progreso' }, progressTable(sections, bySection)));

  let timer = null;
  main.cleanup = () => clearInterval(timer);

  start.addEventListener('click', async () => {
    reflect(href('examen', null, { concepto: concept, seccion: concept || sectionSelect.value === 'mixto' ? null : sectionSelect.value, n: sizeSelect.value, tiempo: timed.checked ? '1' : null }));
    let pool = concept ? await getJSON('/api/questions', { concept })
      : sectionSelect.value === 'mixto' ? all : all.filter((q) => q.section === `ex:s${sectionSelect.value}`);
    pool = shuffle([...pool]);
    const size = sizeSelect.value === 'todas' ? pool.length : Math.min(pool.length, Number(sizeSelect.value));
    round(pool.slice(0, size));
  });

  function round(questions) {
    clearInterval(timer);
    const form = h('form', { id: 'examen', class: 'examen', 'aria-label': 'Preguntas del examen' });
    const clock = h('p', { class: 'reloj', id: 'reloj', role: 'timer', 'aria-live': 'off' });
    questions.forEach((q, i) => {
      const type = q.multiple ? 'checkbox' : 'radio';
      form.append(h('div', { class: 'pregunta', dataset: { id: q.id, seccion: q.section } }, h('fieldset', null,
        h('legend', null, `${i + 1}. ${q.stem}`),
        q.multiple ? h('p', { class: 'ayuda' }, 'Elige todas las que correspondan.') : null,
        q.options.map((o) => {
          const id = `${q.id}-${o.letter}`.replace(/[^a-z0-9-]/gi, '-');
          return h('div', { class: 'opcion', dataset: { letra: o.letter } },
            h('input', { type, id, name: q.id, value: o.letter }),
            h('label', { for: id }, `${o.letter}. ${o.text}`));
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
    form.addEventListener('submit', (e) => { e.preventDefault(); grade(); });

    function grade() {
      clearInterval(timer);
      let right = 0;
      const results = [];
      questions.forEach((q) => {
        const box = form.querySelector(`.pregunta[data-id="${CSS.escape(q.id)}"]`);
        const chosen = new Set([...box.querySelectorAll('input:checked')].map((i) => i.value));
        const correct = new Set(q.options.filter((o) => o.correct).map((o) => o.letter));
        const ok = chosen.size === correct.size && [...chosen].every((l) => correct.has(l));
        if (ok) right += 1;
        results.push({ section: q.section, sectionLabel: q.sectionLabel, correct: ok });
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
          h('p', { class: 'pasos' }, `${q.sectionLabel} · ${q.objectiveLabel}`),
          q.concepts.length ? h('p', null, 'Conceptos: ', q.concepts.flatMap((c, i) => [i ? ', ' : null, conceptLink(c)])) : null]);
      });
      recordQuiz(results);
      const pct = questions.length ? Math.round((100 * right) / questions.length) : 0;
      const score = h('p', { class: 'puntuacion', id: 'puntuacion', tabindex: -1 }, `Puntuación: ${right} de ${questions.length} (${pct} %)`);
      submit.replaceWith(h('button', { type: 'button', onclick: () => forceRender() }, 'Otra ronda'));
      zone.prepend(score, h('p', null, pct >= 70 ? 'Por encima del 70 %: buen nivel para el examen real.' : 'Por debajo del 70 %: repasa los conceptos enlazados en las preguntas falladas.'));
      score.focus();
      fill(main.querySelector('#progreso'), progressTable(sections, bySection));
    }
  }
}

function shuffle(list) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

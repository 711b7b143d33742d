// Reading aids of the Resumen: a table of contents that stays in view beside the text and marks the part being read
// (on phones, a block at the top that folds), modules that fold, and printing with every module unfolded.
import { h } from '../dom.js';

const WIDE = '(min-width: 56rem)';

/**
 * modules: [{id, label, extra, children: [{id, label}]}] listed in order; others: the parts after the modules
 * (comparison tables, exam, glossary, distinctions), with children too when they have them.
 */
export function tableOfContents(modules, others) {
  const item = (e) => h('li', { dataset: { destino: e.id } }, h('a', { href: `#${e.id}` }, e.label), e.extra || null,
    e.children && e.children.length ? h('ol', null, e.children.map((c) => h('li', null, h('a', { href: `#${c.id}` }, c.label)))) : null);
  const details = h('details', { class: 'indice', id: 'indice' },
    h('summary', null, h('h2', { id: 'indice-titulo' }, 'Índice')),
    modules.length ? h('ol', null, modules.map(item)) : null,
    h('ul', { class: 'indice-otros' }, others.map(item)));
  return h('nav', { class: 'indice-marco no-imprimir', 'aria-labelledby': 'indice-titulo' }, details);
}

/** Open beside the text on wide screens; folded at the top on phones until asked. Returns the cleanup. */
export function openOnWideScreens(nav) {
  const details = nav.querySelector('details');
  const wide = window.matchMedia(WIDE);
  const apply = () => { details.open = wide.matches; };
  apply();
  wide.addEventListener('change', apply);
  return () => wide.removeEventListener('change', apply);
}

/**
 * Marks in the table of contents the part being read: the last part whose top has gone past the upper fifth of
 * the window. Returns the cleanup.
 */
export function followReading(nav, parts) {
  let pending = false;
  let current = null;
  const mark = () => {
    pending = false;
    const line = window.innerHeight / 5;
    let reading = null;
    for (const part of parts) {
      if (part.getBoundingClientRect().top <= line) reading = part;
      else break;
    }
    const id = reading ? reading.id : null;
    if (id === current) return;
    current = id;
    nav.querySelectorAll('li.actual').forEach((li) => { li.classList.remove('actual'); li.querySelector('a').removeAttribute('aria-current'); });
    const li = id && nav.querySelector(`li[data-destino="${CSS.escape(id)}"]`);
    if (!li) return;
    li.classList.add('actual');
    li.querySelector('a').setAttribute('aria-current', 'location');
    keepInView(nav.querySelector('details'), li);
  };
  const onScroll = () => { if (!pending) { pending = true; requestAnimationFrame(mark); } };
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onScroll, { passive: true });
  mark();
  return () => { window.removeEventListener('scroll', onScroll); window.removeEventListener('resize', onScroll); };
}

/** Scrolls the table of contents itself (never the page) so the marked entry shows. */
function keepInView(box, li) {
  const top = li.offsetTop - box.offsetTop;
  if (top < box.scrollTop || top + li.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top - box.clientHeight / 3);
}

/** «Desplegar todo» and «Plegar todo» for the modules inside container. */
export function foldButtons(container) {
  const all = (open) => () => container.querySelectorAll('details.plegable-modulo').forEach((d) => { d.open = open; });
  return h('div', { class: 'plegar-todo no-imprimir' },
    h('button', { type: 'button', id: 'desplegar-todo', onclick: all(true) }, 'Desplegar todo'),
    h('button', { type: 'button', id: 'plegar-todo', onclick: all(false) }, 'Plegar todo'));
}

/** Opens every folded part around an element (and a module's own fold), so a link to it lands on something visible. */
export function unfold(target) {
  if (!target) return;
  const own = target.querySelector(':scope > details');
  if (own) own.open = true;
  for (let d = target.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
}

/** Links inside the page (#m-2, #c-pyfunc) unfold what they point into before the browser scrolls there. */
export function linksUnfold(container) {
  container.addEventListener('click', (event) => {
    const a = event.target.closest('a[href^="#"]');
    if (a) unfold(document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))));
  });
}

/**
 * Printing shows every module unfolded (print.css does it where the browser styles ::details-content; this also
 * opens them for the print and folds them back after) and loads the diagrams that lazy loading left for later.
 * Returns the cleanup.
 */
export function printUnfolded(container) {
  let folded = [];
  const before = () => {
    folded = [...container.querySelectorAll('details.plegable-modulo:not([open])')];
    folded.forEach((d) => { d.open = true; });
    container.querySelectorAll('img[loading="lazy"]').forEach((img) => { img.loading = 'eager'; });
  };
  const after = () => { folded.forEach((d) => { d.open = false; }); folded = []; };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => { window.removeEventListener('beforeprint', before); window.removeEventListener('afterprint', after); };
}

/** The print button: loads every diagram first, so the printed page has them all. */
export async function printWithPictures(container) {
  const images = [...container.querySelectorAll('img.diagrama-tema')];
  images.forEach((img) => { img.loading = 'eager'; });
  await Promise.all(images.map((img) => (img.complete ? null : new Promise((done) => {
    img.addEventListener('load', done, { once: true });
    img.addEventListener('error', done, { once: true });
  }))));
  window.print();
}

// Entry point: theme, global search, and one render function per view, chosen from the address.
import { api, ApiError } from './api.js';
import { h, clear, errorBox, fill } from './dom.js';
import { startRouter, onRoute, navigate, href } from './router.js';
import { startTheme } from './theme.js';
import { attachAutocomplete } from './search.js';
import { renderExplore, unknownConcept } from './views/explore.js';
import { renderHome } from './views/home.js';
import { renderRelated } from './views/related.js';
import { renderPath } from './views/path.js';
import { renderMindmap } from './views/mindmap.js';
import { renderResumen } from './views/resumen.js';
import { renderCompare } from './views/compare.js';
import { renderFlashcards } from './views/flashcards.js';
import { renderQuiz } from './views/quiz.js';
import { renderSparql } from './views/sparql.js';

const VIEWS = {
  inicio: renderHome,
  explorar: renderExplore,
  relacionados: renderRelated,
  camino: renderPath,
  mapa: renderMindmap,
  resumen: renderResumen,
  comparar: renderCompare,
  tarjetas: renderFlashcards,
  examen: renderQuiz,
  sparql: renderSparql,
};
const NEEDS_CONCEPT = new Set(['explorar', 'relacionados']);
const TITLES = { inicio: 'Inicio', explorar: 'Explorar', relacionados: '¿Qué se relaciona?', camino: '¿Cómo se conecta?', mapa: 'Mapa mental',
  resumen: 'Resumen', comparar: 'Comparar', tarjetas: 'Tarjetas', examen: 'Examen', sparql: 'SPARQL' };

let renderCount = 0;

async function defaultConcept() {
  // The best-connected concept is a good first picture of the course.
  const concepts = await api.concepts();
  return concepts.reduce((best, c) => (c.degree > best.degree ? c : best), concepts[0]).concept;
}

async function render(route) {
  const main = document.getElementById('principal');
  const mine = ++renderCount;
  if (main.graph) { main.graph.destroy(); main.graph = null; }
  if (main.cleanup) { main.cleanup(); main.cleanup = null; }
  let view = route.view;
  if (!VIEWS[view]) view = route.slug ? 'explorar' : 'inicio';
  markTab(view);
  fill(main, h('p', { class: 'cargando' }, 'Cargando…'));
  try {
    if (NEEDS_CONCEPT.has(view) && !route.slug) {
      const first = await defaultConcept();
      route = { ...route, slug: first.slug };
    }
    if (mine !== renderCount) return;
    await VIEWS[view](main, route, { isCurrent: () => mine === renderCount });
    if (mine > 1) resetScrollAndFocus(main);
    const name = route.slug ? main.querySelector('h1')?.textContent : null;
    document.title = `${name || TITLES[view]} · Explorador GenAI Databricks`;
  } catch (error) {
    if (mine !== renderCount) return;
    if (error instanceof ApiError && error.status === 404 && route.slug) unknownConcept(main, error, route.slug);
    else fill(main, errorBox(error.message || String(error)));
    console.error(error);
  }
  document.body.dataset.vista = view;
  document.body.dataset.listo = String(mine);
}

/** After moving to another view or concept: start at the top, focus on the new title (read out by screen readers). */
function resetScrollAndFocus(main) {
  if (!location.hash) window.scrollTo(0, 0);
  const title = main.querySelector('h1');
  if (title) {
    title.setAttribute('tabindex', '-1');
    title.focus({ preventScroll: true });
  }
}

function markTab(view) {
  document.querySelectorAll('.pestanas a').forEach((a) => {
    if (a.dataset.vista === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

function start() {
  startTheme();
  const input = document.getElementById('buscar');
  attachAutocomplete(input, (concept) => {
    const view = document.body.dataset.vista;
    const keep = view === 'relacionados' || view === 'mapa' ? view : 'explorar';
    navigate(href(keep, concept.slug));
    input.value = '';
  });
  document.getElementById('buscador').addEventListener('submit', (e) => e.preventDefault());
  onRoute(render);
  startRouter();
}

if (window.cytoscape) start();
else window.addEventListener('load', start);

// SPARQL console over /sparql: example queries in Spanish, results as a table, concept IRIs open in the viewer.
import { h, clear, errorBox, fill } from '../dom.js';
import { slugOfIri } from '../api.js';
import { href, reflect } from '../router.js';

const PREFIXES = `PREFIX c: <https://explorador-genai.example/concepto/>
PREFIX gd: <https://explorador-genai.example/vocab#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
`;

const SHORT = [
  ['c:', 'https://explorador-genai.example/concepto/'],
  ['gd:', 'https://explorador-genai.example/vocab#'],
  ['skos:', 'http://www.w3.org/2004/02/skos/core#'],
  ['dcterms:', 'http://purl.org/dc/terms/'],
  ['xsd:', 'http://www.w3.org/2001/XMLSchema#'],
  ['rdf:', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  ['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#'],
];

export const EXAMPLES = [
  ['Todo lo que se guarda en Unity Catalog', `SELECT ?concepto ?nombre WHERE {
  ?concepto gd:seGuardaEn c:unity-catalog ;
            skos:prefLabel ?nombre .
  FILTER(lang(?nombre) = "es")
} ORDER BY ?nombre`],
  ['Conceptos sin ejemplo', `SELECT ?concepto ?nombre WHERE {
  ?concepto a skos:Concept ; skos:prefLabel ?nombre .
  FILTER(lang(?nombre) = "es")
  FILTER NOT EXISTS { ?concepto skos:example ?ejemplo }
} ORDER BY ?nombre`],
  ['Trampas del examen: qué se confunde con qué', `SELECT ?a ?nombreA ?b ?nombreB WHERE {
  ?a gd:seConfundeCon ?b .
  ?a skos:prefLabel ?nombreA . ?b skos:prefLabel ?nombreB .
  FILTER(lang(?nombreA) = "es" && lang(?nombreB) = "es" && STR(?a) < STR(?b))
} ORDER BY ?nombreA`],
  ['Relaciones más usadas', `SELECT ?relacion ?etiqueta (COUNT(*) AS ?enlaces) WHERE {
  ?a ?relacion ?b .
  ?relacion a gd:Relacion ; <http://www.w3.org/2000/01/rdf-schema#label> ?etiqueta .
  FILTER(lang(?etiqueta) = "es")
} GROUP BY ?relacion ?etiqueta ORDER BY DESC(?enlaces)`],
  ['Conceptos por tipo', `SELECT ?tipo (COUNT(?concepto) AS ?conceptos) WHERE {
  ?concepto a skos:Concept , ?tipo .
  FILTER(?tipo != skos:Concept)
} GROUP BY ?tipo ORDER BY DESC(?conceptos)`],
  ['Qué monitorea la generación de perfiles de datos', `SELECT ?concepto ?nombre WHERE {
  c:data-profiling gd:monitorea ?concepto .
  ?concepto skos:prefLabel ?nombre .
  FILTER(lang(?nombre) = "es")
}`],
  ['Nombres antiguos (renombrados)', `SELECT ?concepto ?nombre ?anterior WHERE {
  ?concepto gd:nombreAnterior ?anterior ; skos:prefLabel ?nombre .
  FILTER(lang(?nombre) = "es")
} ORDER BY ?nombre`],
  ['Fuentes de la documentación por concepto', `SELECT ?concepto (COUNT(?fuente) AS ?fuentes) WHERE {
  ?concepto a skos:Concept ; dcterms:source ?fuente .
} GROUP BY ?concepto ORDER BY DESC(?fuentes) LIMIT 20`],
];

function shorten(iri) {
  for (const [prefix, ns] of SHORT) if (iri.startsWith(ns)) return prefix + iri.slice(ns.length);
  return iri;
}

function cell(term) {
  if (!term) return h('td', null, '');
  if (term.type === 'bnode') return h('td', null, `_:${term.value}`);
  if (term.type === 'uri') {
    const slug = slugOfIri(term.value);
    if (slug) return h('td', null, h('a', { href: href('explorar', slug), 'data-nav': true, class: 'iri-concepto', title: term.value }, shorten(term.value)));
    return h('td', null, h('span', { title: term.value }, shorten(term.value)));
  }
  const suffix = term['xml:lang'] ? `@${term['xml:lang']}` : '';
  return h('td', null, term.value, suffix ? h('span', { class: 'nombre-en' }, ` ${suffix}`) : null);
}

export async function renderSparql(main, route) {
  const initial = route.params.get('q') || PREFIXES + '\n' + EXAMPLES[0][1];
  const area = h('textarea', { id: 'consulta', spellcheck: 'false', 'aria-label': 'Consulta SPARQL' });
  area.value = initial;
  const examples = h('select', { id: 'ejemplos' }, h('option', { value: '' }, 'Elige un ejemplo…'),
    EXAMPLES.map(([label], i) => h('option', { value: String(i) }, label)));
  examples.addEventListener('change', () => {
    if (examples.value === '') return;
    area.value = PREFIXES + '\n' + EXAMPLES[Number(examples.value)][1];
    run();
  });
  const out = h('div', { id: 'resultado-sparql', 'aria-live': 'polite' });
  const form = h('form', { class: 'consola', id: 'form-sparql' },
    h('div', { class: 'filtros' }, h('label', { for: 'ejemplos' }, 'Ejemplos '), examples),
    area,
    h('div', { class: 'botones' }, h('button', { type: 'submit', class: 'primario', id: 'ejecutar' }, 'Ejecutar (Ctrl+Intro)')));
  form.addEventListener('submit', (e) => { e.preventDefault(); run(); });
  area.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); } });

  fill(main, h('h1', { class: 'titulo-vista' }, 'Consola SPARQL'),
    h('p', { class: 'ayuda' }, 'Consulta el grafo con SPARQL 1.1 (solo lectura). Prefijos: c:, gd:, skos:, dcterms:. El mismo endpoint /sparql sirve a cualquier cliente SPARQL.'),
    form, out);
  if (route.params.get('q')) run();

  async function run() {
    const query = area.value;
    reflect(href('sparql', null, { q: query }));
    fill(out, h('p', { class: 'cargando' }, 'Ejecutando…'));
    const started = performance.now();
    let res;
    try {
      res = await fetch('/sparql', { method: 'POST', headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json, text/turtle;q=0.9' }, body: query });
    } catch (e) {
      fill(out, errorBox(`No se pudo contactar con el servidor: ${e.message}`));
      return;
    }
    const type = res.headers.get('Content-Type') || '';
    if (!res.ok) {
      let message = `${res.status}`;
      try { const body = await res.json(); message = body.error || message; } catch { /* not JSON */ }
      fill(out, errorBox(`La consulta falló (${res.status}): ${message}`));
      return;
    }
    const ms = Math.round(performance.now() - started);
    if (type.includes('json')) {
      const data = await res.json();
      if ('boolean' in data) { fill(out, h('p', { id: 'sparql-booleano' }, `Resultado: ${data.boolean ? 'sí (true)' : 'no (false)'}`)); return; }
      const vars = data.head.vars;
      const rows = data.results.bindings;
      fill(out, h('p', { id: 'sparql-cuenta' }, `${rows.length} ${rows.length === 1 ? 'fila' : 'filas'} en ${ms} ms.`),
        h('div', { class: 'tabla-envoltura' }, h('table', { class: 'resultado-sparql', id: 'tabla-sparql' },
          h('thead', null, h('tr', null, vars.map((v) => h('th', { scope: 'col' }, `?${v}`)))),
          h('tbody', null, rows.map((row) => h('tr', null, vars.map((v) => cell(row[v]))))))));
    } else {
      fill(out, h('p', null, `Grafo RDF (${type}) en ${ms} ms:`), h('pre', { id: 'sparql-texto' }, await res.text()));
    }
  }
}

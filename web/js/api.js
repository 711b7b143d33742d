// JSON API client. Absolute paths, so it works from /concepto/{slug} too.

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.error) || `Error ${status}`);
    this.status = status;
    this.suggestions = (body && body.suggestions) || [];
  }
}

const cache = new Map();

export async function getJSON(path, params, { cached = true } = {}) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) { if (value.length) url.searchParams.set(key, value.join(',')); }
    else url.searchParams.set(key, String(value));
  }
  const key = url.pathname + url.search;
  if (cached && cache.has(key)) return cache.get(key);
  const promise = fetch(url, { headers: { Accept: 'application/json' } }).then(async (res) => {
    let body = null;
    try { body = await res.json(); } catch { body = null; }
    if (!res.ok) throw new ApiError(res.status, body);
    return body;
  });
  if (cached) {
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
  }
  return promise;
}

export const api = {
  search: (q, limit = 10, scope) => getJSON('/api/search', { q, limit, in: scope }, { cached: false }),
  concepts: () => getJSON('/api/concepts'),
  card: (id) => getJSON(`/api/concepts/${encodeURIComponent(id)}`),
  related: (id, depth = 1, relation = []) => getJSON(`/api/related/${encodeURIComponent(id)}`, { depth, relation }),
  path: (from, to, maxLength = 6, paths = 5, allRelations = false) => getJSON('/api/path', { from, to, maxLength, paths, allRelations: allRelations ? 'true' : null }),
  mindmap: (id, depth = 2, relation = []) => getJSON(`/api/mindmap/${encodeURIComponent(id)}`, { depth, relation }),
  relations: () => getJSON('/api/relations'),
  outline: (alcance) => getJSON('/api/outline', { alcance: alcance === 'certificacion' ? alcance : null }),
  resumen: (alcance) => getJSON('/api/resumen', { alcance: alcance === 'certificacion' ? alcance : null }),
  resumenEdition: (edicion, alcance) => getJSON(`/api/resumen/${encodeURIComponent(edicion)}`, { alcance: alcance === 'certificacion' ? alcance : null }),
  exam: () => getJSON('/api/exam'),
  stories: () => getJSON('/api/historias'),
  compareGroups: () => getJSON('/api/compare/groups'),
  compare: (slugs) => getJSON('/api/compare', { c: slugs }),
  questions: (section) => getJSON('/api/questions', { section }),
};

/** The address of a topic's diagram (an SVG file, for an <img>). */
export function topicDiagramSrc(topicId) {
  return `/api/diagram/topic/${encodeURIComponent(topicId)}.svg`;
}

/** Relation id → {label, inverseLabel, symmetric}; labels read in the edge's true direction. */
export async function relationIndex() {
  const list = await api.relations();
  return new Map(list.map((r) => [r.id, r]));
}

export const CONCEPT_PREFIX = 'https://explorador-genai.example/concepto/';

export function slugOfIri(iri) {
  return iri && iri.startsWith(CONCEPT_PREFIX) ? decodeURIComponent(iri.slice(CONCEPT_PREFIX.length)) : null;
}

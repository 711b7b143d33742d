// The address reflects what is shown: /concepto/{slug}?vista=... for a concept, /?vista=... otherwise.
// History API (pushState) so back/forward work and every address can be reloaded or shared.

const listeners = [];

export function currentRoute() {
  const params = new URLSearchParams(location.search);
  const match = location.pathname.match(/^\/concepto\/([^/]+)\/?$/);
  const slug = match ? decodeURIComponent(match[1]) : null;
  const view = params.get('vista') || (slug ? 'explorar' : 'inicio');
  return { view, slug, params };
}

/** Builds an address: route('mapa', 'pyfunc', {profundidad: 2}). */
export function href(view, slug, params = {}) {
  const search = new URLSearchParams();
  if (view && !(slug && view === 'explorar')) search.set('vista', view);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const query = search.toString();
  return (slug ? `/concepto/${encodeURIComponent(slug)}` : '/') + (query ? `?${query}` : '');
}

export function navigate(url, { replace = false } = {}) {
  const target = new URL(url, location.origin);
  if (target.pathname + target.search === location.pathname + location.search && !replace) return;
  if (replace) history.replaceState(null, '', target.pathname + target.search + target.hash);
  else history.pushState(null, '', target.pathname + target.search + target.hash);
  emit();
}

/** Updates the address without re-rendering (the view already shows it). */
export function reflect(url) {
  const target = new URL(url, location.origin);
  if (target.pathname + target.search !== location.pathname + location.search) {
    history.pushState(null, '', target.pathname + target.search);
  }
}

export function onRoute(fn) {
  listeners.push(fn);
}

let lastKey = null;
function emit() {
  const key = location.pathname + location.search;
  if (key === lastKey) return; // a fragment change (#ancla) inside the same view
  lastKey = key;
  for (const fn of listeners) fn(currentRoute());
}

export function startRouter() {
  window.addEventListener('popstate', emit);
  // Internal links: plain <a href> with data-nav, so they also work with "open in new tab".
  document.addEventListener('click', (event) => {
    const a = event.target.closest('a[data-nav]');
    if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(a.getAttribute('href'));
  });
  emit();
}

export function forceRender() {
  lastKey = null;
  emit();
}

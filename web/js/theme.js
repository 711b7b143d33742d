// Light / dark theme: follows prefers-color-scheme until the user picks one with the toggle (kept in localStorage).

const KEY = 'explorador.tema';
const listeners = [];

function preferred() {
  const saved = localStorage.getItem(KEY);
  if (saved === 'oscuro' || saved === 'claro') return saved;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'oscuro' : 'claro';
}

function apply(theme) {
  document.documentElement.dataset.theme = theme;
  const button = document.getElementById('tema');
  if (button) {
    button.setAttribute('aria-pressed', String(theme === 'oscuro'));
    document.getElementById('tema-texto').textContent = theme === 'oscuro' ? 'Tema claro' : 'Tema oscuro';
  }
  for (const fn of listeners) fn(theme);
}

export function onThemeChange(fn) {
  listeners.push(fn);
  return () => { const i = listeners.indexOf(fn); if (i >= 0) listeners.splice(i, 1); };
}

export function startTheme() {
  apply(preferred());
  document.getElementById('tema').addEventListener('click', () => {
    const next = document.documentElement.dataset.theme === 'oscuro' ? 'claro' : 'oscuro';
    localStorage.setItem(KEY, next);
    apply(next);
  });
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (!localStorage.getItem(KEY)) apply(preferred());
  });
}

/** Reads a CSS custom property of the current theme (for cytoscape, which is styled from JS). */
export function cssVar(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

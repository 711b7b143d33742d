// Which edition the study views show: the course alone (modules 1–6, the default) or the whole certification
// (modules 1–10: also the modules that hold the rest of the exam). The address says it (?alcance=certificacion);
// without it, the last choice is remembered in this browser (a preference, like the theme).
import { h } from './dom.js';
import { navigate, forceRender } from './router.js';

const KEY = 'explorador.alcance';
export const SCOPES = {
  curso: { label: 'El curso', detail: 'módulos 1–6' },
  certificacion: { label: 'Toda la certificación', detail: 'módulos 1–10' },
};

export function currentScope(route) {
  const asked = route && route.params.get('alcance');
  if (asked && SCOPES[asked]) return asked;
  const saved = localStorage.getItem(KEY);
  return SCOPES[saved] ? saved : 'curso';
}

export function rememberScope(scope) {
  if (SCOPES[scope]) localStorage.setItem(KEY, scope);
}

/** The parameter for addresses and API calls: nothing for the course (the default). */
export function scopeParam(scope) {
  return scope === 'certificacion' ? 'certificacion' : null;
}

/** A two-way switch (radio buttons); onChange(scope) after the choice is remembered. */
export function scopeSwitch(current, onChange) {
  return h('fieldset', { class: 'alcance', id: 'alcance' },
    h('legend', null, 'Qué estudiar'),
    Object.entries(SCOPES).map(([id, s]) => {
      const input = h('input', { type: 'radio', name: 'alcance', id: `alcance-${id}`, value: id, checked: id === current });
      input.addEventListener('change', () => { if (input.checked) { rememberScope(id); onChange(id); } });
      return h('label', { for: `alcance-${id}`, class: 'alcance-opcion' }, input, ` ${s.label} `, h('span', { class: 'alcance-detalle' }, `(${s.detail})`));
    }));
}

/** Shows a view again after the switch: a new address, or the same one (the edition came from the remembered choice). */
export function reopen(url) {
  const target = new URL(url, location.origin);
  if (target.pathname + target.search === location.pathname + location.search) forceRender();
  else navigate(url);
}

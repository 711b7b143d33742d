// Which edition the study views show: the course alone (modules 1–6, the default) or the whole certification
// (modules 1–10: also the modules that hold the rest of the exam). The address says it (?alcance=certificacion);
// without it, the last choice is remembered in this browser (a preference, like the theme).
import { navigate, forceRender } from './router.js';
import { rememberedChoice } from './choice.js';

export const SCOPES = {
  curso: { label: 'El curso', detail: 'módulos 1–6' },
  certificacion: { label: 'Toda la certificación', detail: 'módulos 1–10' },
};
const scope = rememberedChoice('alcance', 'Qué estudiar', SCOPES, 'curso');

export const currentScope = (route) => scope.current(route);
export const rememberScope = (id) => scope.remember(id);
/** The parameter for addresses and API calls: nothing for the course (the default). */
export const scopeParam = (id) => scope.param(id);
/** A two-way switch (radio buttons); onChange(scope) after the choice is remembered. */
export const scopeSwitch = (current, onChange) => scope.switchFor(current, onChange);

/** Shows a view again after the switch: a new address, or the same one (the edition came from the remembered choice). */
export function reopen(url) {
  const target = new URL(url, location.origin);
  if (target.pathname + target.search === location.pathname + location.search) forceRender();
  else navigate(url);
}

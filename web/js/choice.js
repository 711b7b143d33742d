// A choice the study views offer as a switch (the scope, the Resumen's edition): the address says it
// (?alcance=…, ?edicion=…); without it, the last choice is remembered in this browser, like the theme.
import { h } from './dom.js';

/**
 * param: the address parameter (also the radio group's name and the fieldset's id); options: id → {label, detail};
 * fallback: the default id, which addresses leave out.
 */
export function rememberedChoice(param, legend, options, fallback) {
  const key = `explorador.${param}`;
  const remember = (id) => { if (options[id]) localStorage.setItem(key, id); };
  return {
    current(route) {
      const asked = route && route.params.get(param);
      if (asked && options[asked]) return asked;
      const saved = localStorage.getItem(key);
      return options[saved] ? saved : fallback;
    },
    remember,
    /** The value for addresses and API calls: nothing for the default. */
    param(id) {
      return id === fallback || !options[id] ? null : id;
    },
    /** Radio buttons; onChange(id) after the choice is remembered. */
    switchFor(current, onChange, extraClass = '') {
      return h('fieldset', { class: `alcance ${extraClass}`.trim(), id: param },
        h('legend', null, legend),
        Object.entries(options).map(([id, o]) => {
          const input = h('input', { type: 'radio', name: param, id: `${param}-${id}`, value: id, checked: id === current });
          input.addEventListener('change', () => { if (input.checked) { remember(id); onChange(id); } });
          return h('label', { for: `${param}-${id}`, class: 'alcance-opcion' }, input, ` ${o.label} `, h('span', { class: 'alcance-detalle' }, `(${o.detail})`));
        }));
    },
  };
}

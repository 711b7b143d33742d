// Which edition of the Resumen: completo (every card), esencial (one line per concept with its exam tip and traps) or
// chuleta (the comparison tables and the most-asked distinctions): the editions of `export resumen --edicion`, and
// the server decides what each one holds (/api/resumen/{edicion}). The address says it (?edicion=esencial); without
// it, the last choice is remembered in this browser, like the scope (scope.js).
import { h } from './dom.js';

const KEY = 'explorador.edicion';
export const EDITIONS = {
  completo: { label: 'Completo', detail: 'cada ficha entera' },
  esencial: { label: 'Esencial', detail: 'una línea por concepto' },
  chuleta: { label: 'Chuleta', detail: 'tablas y distinciones' },
};

export function currentEdition(route) {
  const asked = route && route.params.get('edicion');
  if (asked && EDITIONS[asked]) return asked;
  const saved = localStorage.getItem(KEY);
  return EDITIONS[saved] ? saved : 'completo';
}

export function rememberEdition(edition) {
  if (EDITIONS[edition]) localStorage.setItem(KEY, edition);
}

/** The parameter for addresses: nothing for the complete edition (the default). */
export function editionParam(edition) {
  return edition === 'completo' ? null : edition;
}

/** A three-way switch (radio buttons); onChange(edition) after the choice is remembered. */
export function editionSwitch(current, onChange) {
  return h('fieldset', { class: 'alcance edicion', id: 'edicion' },
    h('legend', null, 'Edición'),
    Object.entries(EDITIONS).map(([id, e]) => {
      const input = h('input', { type: 'radio', name: 'edicion', id: `edicion-${id}`, value: id, checked: id === current });
      input.addEventListener('change', () => { if (input.checked) { rememberEdition(id); onChange(id); } });
      return h('label', { for: `edicion-${id}`, class: 'alcance-opcion' }, input, ` ${e.label} `, h('span', { class: 'alcance-detalle' }, `(${e.detail})`));
    }));
}

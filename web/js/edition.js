// Which edition of the Resumen: completo (every card), esencial (one line per concept with its exam tip and traps) or
// chuleta (the comparison tables and the most-asked distinctions): the editions of `export resumen --edicion`, and
// the server decides what each one holds (/api/resumen/{edicion}). The address says it (?edicion=esencial); without
// it, the last choice is remembered in this browser, like the scope (scope.js).
import { rememberedChoice } from './choice.js';

export const EDITIONS = {
  completo: { label: 'Completo', detail: 'cada ficha entera' },
  esencial: { label: 'Esencial', detail: 'una línea por concepto' },
  chuleta: { label: 'Chuleta', detail: 'tablas y distinciones' },
};
const edition = rememberedChoice('edicion', 'Edición', EDITIONS, 'completo');

export const currentEdition = (route) => edition.current(route);
export const rememberEdition = (id) => edition.remember(id);
/** The parameter for addresses: nothing for the complete edition (the default). */
export const editionParam = (id) => edition.param(id);
/** A three-way switch (radio buttons); onChange(edition) after the choice is remembered. */
export const editionSwitch = (current, onChange) => edition.switchFor(current, onChange, 'edicion');

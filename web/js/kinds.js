// Node kinds: a colour (light / dark theme) AND a shape each, so colour is never the only signal.

export const KINDS = {
  Producto: { label: 'Producto o servicio', shape: 'round-rectangle', light: '#1c7ed6', dark: '#4dabf7' },
  Componente: { label: 'Componente', shape: 'ellipse', light: '#2f9e44', dark: '#69db7c' },
  API: { label: 'API o comando', shape: 'rectangle', light: '#7048e8', dark: '#b197fc' },
  Artefacto: { label: 'Artefacto', shape: 'hexagon', light: '#e8590c', dark: '#ffa94d' },
  Almacen: { label: 'Almacén de datos', shape: 'barrel', light: '#0c8599', dark: '#3bc9db' },
  Metrica: { label: 'Métrica', shape: 'diamond', light: '#c2255c', dark: '#f783ac' },
  Practica: { label: 'Práctica o patrón', shape: 'pentagon', light: '#5c940d', dark: '#a9e34b' },
  Etapa: { label: 'Fase o etapa', shape: 'tag', light: '#862e9c', dark: '#e599f7' },
  Tecnica: { label: 'Técnica', shape: 'octagon', light: '#364fc7', dark: '#91a7ff' },
  EstrategiaDespliegue: { label: 'Método de despliegue', shape: 'triangle', light: '#a61e4d', dark: '#faa2c1' },
  Problema: { label: 'Problema o riesgo', shape: 'star', light: '#c92a2a', dark: '#ff8787' },
};

const FALLBACK = { label: 'Otro', shape: 'ellipse', light: '#495057', dark: '#adb5bd' };

export function kindInfo(kind) {
  return KINDS[kind] || FALLBACK;
}

export function isDark() {
  return document.documentElement.dataset.theme === 'oscuro';
}

export function kindColor(kind) {
  const info = kindInfo(kind);
  return isDark() ? info.dark : info.light;
}

/** Small SVG points for the legend, matching cytoscape's shapes closely enough to recognise them. */
export function shapePath(shape) {
  switch (shape) {
    case 'rectangle': return 'M2 2H18V18H2Z';
    case 'round-rectangle': return 'M5 2H15Q18 2 18 5V15Q18 18 15 18H5Q2 18 2 15V5Q2 2 5 2Z';
    case 'hexagon': return 'M5 2H15L19 10L15 18H5L1 10Z';
    case 'barrel': return 'M4 2H16Q19 10 16 18H4Q1 10 4 2Z';
    case 'diamond': return 'M10 1L19 10L10 19L1 10Z';
    case 'pentagon': return 'M10 1L19 8L15.5 19H4.5L1 8Z';
    case 'tag': return 'M1 3H13L19 10L13 17H1Z';
    case 'octagon': return 'M6 1H14L19 6V14L14 19H6L1 14V6Z';
    case 'triangle': return 'M10 1L19 19H1Z';
    case 'star': return 'M10 1L12.6 7.2L19 7.6L14 11.8L15.6 18.5L10 14.8L4.4 18.5L6 11.8L1 7.6L7.4 7.2Z';
    default: return 'M10 1A9 9 0 1 0 10.01 1Z';
  }
}

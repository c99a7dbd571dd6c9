// Light or dark. The viewer's choice is remembered in localStorage; without one the page follows
// the system (prefers-color-scheme), also when it changes. The resolved theme is written to
// <html data-theme>, which dark.css keys on.

export type Theme = 'light' | 'dark';

const KEY = 'courtside.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The remembered choice, or null: follow the system. */
export function storedTheme(storage: Pick<Storage, 'getItem'>): Theme | null {
  const value = storage.getItem(KEY);
  return value === 'light' || value === 'dark' ? value : null;
}

export function resolveTheme(stored: Theme | null, systemDark: boolean): Theme {
  return stored ?? (systemDark ? 'dark' : 'light');
}

/** Remembers `theme`, or forgets the choice (null) to follow the system again. */
export function rememberTheme(storage: Pick<Storage, 'setItem' | 'removeItem'>, theme: Theme | null): void {
  if (theme) storage.setItem(KEY, theme);
  else storage.removeItem(KEY);
}

export const systemPrefersDark = (): boolean => window.matchMedia(DARK_QUERY).matches;

export function onSystemThemeChange(listener: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/** Writes the theme the page should show now; called before the first render, so there is no flash. */
export function applyTheme(): Theme {
  const theme = resolveTheme(storedTheme(localStorage), systemPrefersDark());
  document.documentElement.dataset.theme = theme;
  return theme;
}

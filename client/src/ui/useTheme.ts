import { useCallback, useEffect, useState } from 'react';
import { applyTheme, onSystemThemeChange, rememberTheme, type Theme } from './theme';

/** The theme shown now, and a toggle that remembers the other one. */
export function useTheme(): { theme: Theme; toggle: () => void } {
  const [theme, setTheme] = useState<Theme>(() => applyTheme());
  useEffect(() => onSystemThemeChange(() => setTheme(applyTheme())), []);
  const toggle = useCallback(() => {
    rememberTheme(localStorage, theme === 'dark' ? 'light' : 'dark');
    setTheme(applyTheme());
  }, [theme]);
  return { theme, toggle };
}

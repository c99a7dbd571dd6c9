import { useTheme } from './useTheme';

/** Switches between light and dark; the choice is remembered on this device. */
export function ThemeToggle() {
  const { theme, toggle } = useTheme();
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="icon-button theme-toggle"
      onClick={toggle}
      aria-pressed={dark}
      aria-label="Dark mode"
      title={dark ? 'Switch to light' : 'Switch to dark'}
      data-testid="theme-toggle"
    >
      {dark ? '☀' : '☾'}
    </button>
  );
}

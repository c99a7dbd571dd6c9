import { describe, expect, it } from 'vitest';
import { rememberTheme, resolveTheme, storedTheme } from './theme';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

describe('theme', () => {
  it('follows the system until the viewer picks one, then keeps their pick', () => {
    expect(resolveTheme(null, true)).toBe('dark');
    expect(resolveTheme(null, false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('remembers a pick, forgets it on request, and ignores anything else stored', () => {
    const storage = memoryStorage();
    expect(storedTheme(storage)).toBeNull();
    rememberTheme(storage, 'dark');
    expect(storedTheme(storage)).toBe('dark');
    rememberTheme(storage, null);
    expect(storedTheme(storage)).toBeNull();
    storage.setItem('courtside.theme', 'purple');
    expect(storedTheme(storage)).toBeNull();
  });
});

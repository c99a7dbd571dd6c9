import { describe, expect, it } from 'vitest';
import { guestHandle, handleBase, randomSuffix } from './handles';

const USERNAME = /^[A-Za-z0-9_-]{3,32}$/;

describe('guest handles', () => {
  it('are made from the display name, readable and mentionable', () => {
    expect(guestHandle('Ana', 'k3x9')).toBe('Ana-k3x9');
    expect(handleBase('  Ana Lee ')).toBe('Ana_Lee');
    expect(handleBase('Zoë Ångström')).toBe('Zoe_Angstrom');
    expect(handleBase('🔥 Ultras -- North 🔥')).toBe('Ultras_North');
  });

  it('fall back to "guest" when the name has no Latin letters or digits, and stay short', () => {
    expect(handleBase('李雷')).toBe('guest');
    expect(handleBase('🏀')).toBe('guest');
    expect(handleBase('x'.repeat(50))).toHaveLength(20);
  });

  it('are always valid usernames', () => {
    for (const name of ['A', 'a b c d e f g h i j k l m n o p', '___', '-x-', 'مرحبا', 'Ana', 'x'.repeat(50)]) {
      expect(guestHandle(name, randomSuffix(8)), name).toMatch(USERNAME);
    }
  });

  it('draw the suffix from unambiguous characters', () => {
    expect(randomSuffix(200)).toMatch(/^[a-hj-km-np-z2-9]{200}$/);
  });
});

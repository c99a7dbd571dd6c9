import { describe, expect, it } from 'vitest';
import { completeMention, matchCandidates, mentionAt, splitMentions } from './mentions';

describe('splitMentions', () => {
  it('marks mentions of known users and leaves the rest as plain text', () => {
    expect(splitMentions('hi @Ana and @nobody, mail ana@x.io', new Set(['ana']))).toEqual([
      { text: 'hi ' },
      { text: '@Ana', username: 'ana' },
      { text: ' and @nobody, mail ana@x.io' },
    ]);
  });

  it('keeps markup-looking text as text', () => {
    expect(splitMentions('<b>@ana</b>', new Set(['ana']))).toEqual([{ text: '<b>' }, { text: '@ana', username: 'ana' }, { text: '</b>' }]);
  });
});

describe('mention autocomplete', () => {
  it('finds the @name being typed before the caret, not an e-mail address', () => {
    expect(mentionAt('hello @an', 9)).toEqual({ start: 6, query: 'an' });
    expect(mentionAt('hello @', 7)).toBeNull();
    expect(mentionAt('mail ana@ex', 11)).toBeNull();
    expect(mentionAt('@ben then', 4)).toEqual({ start: 0, query: 'ben' });
  });

  it('completes the name and puts the caret after it', () => {
    expect(completeMention('hi @an!', 6, { start: 3, query: 'an' }, 'ana_b')).toEqual({ text: 'hi @ana_b !', caret: 10 });
    expect(completeMention('hi @an there', 6, { start: 3, query: 'an' }, 'ana')).toEqual({ text: 'hi @ana there', caret: 8 });
  });

  it('matches usernames first, then display names', () => {
    const people = [
      { id: '1', username: 'ben', displayName: 'Ana Ben' },
      { id: '2', username: 'ana', displayName: 'Ana' },
      { id: '3', username: 'cy', displayName: 'Cy' },
    ];
    expect(matchCandidates(people, 'AN').map((c) => c.username)).toEqual(['ana', 'ben']);
  });
});

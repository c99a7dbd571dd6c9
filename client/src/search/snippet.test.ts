import { describe, expect, it } from 'vitest';
import { parseSnippet } from './snippet';

describe('parseSnippet', () => {
  it('turns [[…]] into matches and keeps everything else, markup included, as text', () => {
    expect(parseSnippet('…a [[late]] <b>[[goal]]</b> by…')).toEqual([
      { text: '…a ', match: false },
      { text: 'late', match: true },
      { text: ' <b>', match: false },
      { text: 'goal', match: true },
      { text: '</b> by…', match: false },
    ]);
    expect(parseSnippet('no match here [[')).toEqual([{ text: 'no match here [[', match: false }]);
  });
});

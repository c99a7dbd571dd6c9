// Distinct, chat-like message bodies for the send benchmark: automated moderation refuses a body an
// author repeats (repeatMemory.ts folds case, punctuation and stretched letters, so only the words
// count), and a benchmark of refusals would measure nothing. Body `index` is a mixed-radix reading
// of the index over the word lists below: distinct for the first 161,280 indexes.

const OPENERS = ['Honestly,', 'Wow,', 'I think', 'Not sure, but', 'From where I sit,', 'Look at that:', 'Told you so:', 'Fair play,'];
const SUBJECTS = [
  'the left back',
  'their keeper',
  'our captain',
  'the new striker',
  'the referee',
  'the midfield',
  'the home crowd',
  'the coach',
  'the winger',
  'the defence',
  'the bench',
  'the away fans',
];
const VERBS = [
  'has been brilliant',
  'looks tired',
  'keeps losing the ball',
  'is reading the game well',
  'needs to calm down',
  'just changed everything',
  'is pressing much higher',
  'deserves more credit',
  'will decide this one',
  'has gone quiet',
  'is playing out of position',
  'won every header',
];
const TAILS = [
  'since the break',
  'in the last ten minutes',
  'all evening',
  'on the counter',
  'at set pieces',
  'down the right',
  'whenever we attack',
  'after that yellow card',
  'in front of goal',
  'today',
  'this season',
  'against this press',
  'under the lights',
  'for once',
];
const CLOSERS = ['', ' What a game!', ' Anyone else see that?', ' Unreal.', ' Come on!', ' I am nervous.', ' Big moment.', ' Love it.', ' Hmm.', ' Still early.'];

/** A sentence a fan might post; different for every index below 161,280. */
export function proseBody(index: number): string {
  let rest = index;
  const pick = <T>(list: readonly T[]): T => {
    const item = list[rest % list.length];
    rest = Math.floor(rest / list.length);
    return item;
  };
  const [opener, subject, verb, tail, closer] = [pick(OPENERS), pick(SUBJECTS), pick(VERBS), pick(TAILS), pick(CLOSERS)];
  return `${opener} ${subject} ${verb} ${tail}.${closer}`;
}

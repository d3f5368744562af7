import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// The committed evaluation sets (tests/corpus/README.md): labels that name a scenario that exists, one
// case per id, a public source for each, and no thread shared between the tuning and held-out sets,
// so tuning on one never sees the other's pastes.
const scenarios = new Set(readdirSync('content/scenarios/en').map((file) => file.replace(/\.mdx$/, '')));
interface Case {
  id: string;
  text: string;
  labels: string[];
  source: string;
}
const read = (file: string) => JSON.parse(readFileSync(`tests/corpus/${file}`, 'utf8')) as Case[];
const sets = { tuning: read('tuning.json'), heldout: read('heldout.json') };

describe.each(Object.entries(sets))('%s set', (_, cases) => {
  test('every case has a text, a public source and labels naming a scenario (or out-of-scope)', () => {
    const wrong = cases.filter(
      (c) => !c.text.trim() || !/^https?:\/\//.test(c.source) || !c.labels.length || c.labels.some((label) => label !== 'out-of-scope' && !scenarios.has(label)),
    );
    expect(wrong.map((c) => c.id)).toEqual([]);
  });

  test('ids are unique', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });
});

test('the tuning and held-out sets share no thread', () => {
  const thread = (url: string) => url.replace(/[#?].*$/, '').replace(/\/$/, '');
  const heldOut = new Set(sets.heldout.map((c) => thread(c.source)));
  expect(sets.tuning.filter((c) => heldOut.has(thread(c.source))).map((c) => c.id)).toEqual([]);
});

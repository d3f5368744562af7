import { describe, expect, test } from 'vitest';
import { compareUiStrings } from '../../../src/contentModel/rules/uiStrings.ts';

describe('compareUiStrings()', () => {
  test('accepts identical key sets', () => {
    expect(compareUiStrings({ a: 'A', b: 'B' }, { a: '甲', b: '乙' }, 'zh.json')).toEqual([]);
  });

  test('names missing, empty and extra keys', () => {
    expect(compareUiStrings({ a: 'A', b: 'B' }, { b: ' ', c: 'C' }, 'zh.json')).toEqual([
      { file: 'zh.json', message: 'missing UI string "a"' },
      { file: 'zh.json', message: 'UI string "b" is empty' },
      { file: 'zh.json', message: 'UI string "c" is not in content/i18n/en.json' },
    ]);
  });
});

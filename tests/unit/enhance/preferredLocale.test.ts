import { describe, expect, test } from 'vitest';
import { preferredLocale } from '../../../src/enhance/preferredLocale.ts';

describe('preferredLocale()', () => {
  test.each([
    [['zh-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh'],
    [['en-GB', 'zh-CN'], 'en'],
    [['de-DE', 'zh-CN'], 'zh'],
    [['fr'], 'en'],
    [[], 'en'],
  ])('%j → %s', (languages, expected) => {
    expect(preferredLocale(languages)).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { inlineToPlainText, parseInline } from '../../../src/contentModel/inlineMarkdown.ts';

describe('parseInline()', () => {
  test('splits code, bold and links from text', () => {
    expect(parseInline('Run `update-ca-trust` as **root**, see [docs](https://example.com/x).')).toEqual([
      { type: 'text', text: 'Run ' },
      { type: 'code', text: 'update-ca-trust' },
      { type: 'text', text: ' as ' },
      { type: 'strong', text: 'root' },
      { type: 'text', text: ', see ' },
      { type: 'link', text: 'docs', href: 'https://example.com/x' },
      { type: 'text', text: '.' },
    ]);
  });

  test('keeps HTML as plain text tokens (rendered escaped, never as markup)', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([{ type: 'text', text: '<img src=x onerror=alert(1)>' }]);
  });

  test('does not turn javascript: URLs into links', () => {
    expect(parseInline('[x](javascript:alert(1))').every((token) => token.type === 'text')).toBe(true);
  });
});

describe('inlineToPlainText()', () => {
  test('drops the markup', () => {
    expect(inlineToPlainText('Set `Encrypt=True` **now**')).toBe('Set Encrypt=True now');
  });
});

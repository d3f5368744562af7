import type { UiKey } from '../i18n/ui.ts';

/** Every sentence the paste check can say (`cs.msg.<kind>` in content/i18n): one per finding kind, and the variant without a host keyword. */
const kinds = [
  'empty',
  'truncated',
  'notRecognized',
  'detected',
  'misspelled',
  'badEncryptValue',
  'encryptDefault',
  'encryptExplicit',
  'validates',
  'trustOn',
  'strictIgnoresTrust',
  'hostIsAddress',
  'hostIsAddressNoKeyword',
  'hostNamed',
  'hostInCertificate',
] as const;

/** What the paste check shows, in one language. */
export interface CheckWords {
  messages: Record<(typeof kinds)[number], string>;
  /** The label above the keywords it read. */
  readLabel: string;
}

/**
 * The paste check's words, served with the connection-string data (/<lang>/connection-strings.json) that
 * the check fetches on its first use: in the page they weighed about 0.7 KB compressed on every scenario
 * page that shows the check, most of a round trip's headroom (npm run budgets, issue 20).
 */
export function checkWords(t: (key: UiKey) => string): CheckWords {
  return {
    messages: Object.fromEntries(kinds.map((kind) => [kind, t(`cs.msg.${kind}`)])) as CheckWords['messages'],
    readLabel: t('cs.check.read'),
  };
}

import { isLocale, type Locale } from '../ids/locales.ts';
import { preferredLocale } from './preferredLocale.ts';

const storageKey = 'sqltls.lang';

/** The language the reader chose with the language switch, if any. */
export function rememberedLocale(): Locale | undefined {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberLocale(lang: string): void {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Private mode or storage disabled: the choice is simply not remembered.
  }
}

/** On a page offering both languages, go to the reader's one (remembered, else the browser's), keeping query and hash. */
export function openInReadersLanguage(): void {
  const lang = rememberedLocale() ?? preferredLocale(navigator.languages);
  const link = document.querySelector<HTMLAnchorElement>(`[data-language-choice] a[data-lang="${lang}"]`);
  if (link) window.location.replace(`${link.href.split(/[?#]/)[0]}${window.location.search}${window.location.hash}`);
}

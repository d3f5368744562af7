/**
 * The site's languages. Plain constants without zod, so browser code can import them without
 * pulling the schema library into its bundle (src/schemas/vocabulary.ts builds the schema from them).
 */
export const locales = ['en', 'zh'] as const;
export type Locale = (typeof locales)[number];

/** The BCP-47 tag of each language, for `lang` attributes. */
export const htmlLang: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

export const isLocale = (value: unknown): value is Locale => (locales as readonly unknown[]).includes(value);

/** The other language, for the language switch. */
export const otherLocale = (lang: Locale): Locale => locales.find((l) => l !== lang) ?? lang;

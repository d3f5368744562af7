import type { Locale } from '../ids/locales.ts';

/** A scenario's page on the knowledge base at `site`, in `lang`, optionally at an anchor (`#fix-…`): what every report links. */
export const scenarioLink = (site: string, lang: Locale, scenario: string, anchor = '') => `${site.replace(/\/$/, '')}/${lang}/scenarios/${scenario}/${anchor}`;

import { locales } from '../schemas/vocabulary.ts';

/** getStaticPaths for pages that exist once per language. */
export const localePaths = () => locales.map((lang) => ({ params: { lang } }));

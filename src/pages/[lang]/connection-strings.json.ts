import { loadDataFile } from '../../contentModel/dataFiles.ts';
import type { APIRoute } from 'astro';
import { builderData } from '../../connectionStrings/builderData.ts';
import { checkWords } from '../../connectionStrings/checkMessages.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { localePaths } from '../../lib/staticPaths.ts';
import type { Locale } from '../../schemas/vocabulary.ts';

/** The connection-string builder's data per language, fetched when someone uses the builder or the paste check. */
export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify({ ...builderData(loadDataFile('connectionStrings'), params.lang as Locale), check: checkWords(useTranslations(params.lang as Locale)) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

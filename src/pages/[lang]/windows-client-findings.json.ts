import type { APIRoute } from 'astro';
import { loadDataFile } from '../../contentModel/dataFiles.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { getScenarios, slugOf } from '../../lib/content.ts';
import { localeHref, scenarioPath } from '../../lib/paths.ts';
import { localePaths } from '../../lib/staticPaths.ts';
import { windowsVerdictData } from '../../diagnosis/windowsClient/windowsVerdictData.ts';
import type { Locale } from '../../schemas/vocabulary.ts';

/** The verdict words and findings for a Windows client report, fetched by the probe page's report box and by search when a report is pasted. */
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale;
  const titles = new Map((await getScenarios(lang)).map((entry) => [slugOf(entry), entry.data.title]));
  const scenario = (slug: string) => {
    const title = titles.get(slug);
    if (!title) throw new Error(`content/probe/windows-client-findings.yaml: no ${lang} scenario "${slug}"`);
    return { title, href: localeHref(lang, scenarioPath(slug)) };
  };
  const t = useTranslations(lang);
  const ui = { source: t('probe.windowsSource'), colon: t('punctuation.colon') };
  const data = windowsVerdictData(loadDataFile('windowsClientFindings'), loadDataFile('probeMessages')[lang], lang, scenario, ui);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

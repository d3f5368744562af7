import type { Locale } from '../../ids/locales.ts';
import type { ProbeContent } from '../probeContent.ts';
import type { ClientPrediction } from './predictClient.ts';
import { scenarioLink } from '../scenarioLink.ts';

/** The verdict for one client as text, in `lang`: each failure's scenario with its link, and the fixes, safer first. */
export function formatPrediction(prediction: ClientPrediction, lang: Locale, site: string, content: ProbeContent): string {
  const t = content.messages[lang];
  const verdict = prediction.connects === true ? t['predict.connects'] : prediction.connects === false ? t['predict.fails'] : t['predict.unknown'];
  const lines = [`${t['predict.heading']}: ${prediction.label}`, `  ${verdict}`];
  for (const failure of prediction.failures) {
    const rule = content.predictions.rules.find((r) => r.id === failure.cause);
    const why = rule ? rule.reason[lang] : (t[`reason.${failure.cause}`] ?? failure.cause);
    lines.push(
      `  - ${content.titles[lang][failure.scenario] ?? failure.scenario}`,
      `    ${why}${failure.detail ? `: ${failure.detail}` : ''}`,
      `    ${scenarioLink(site, lang, failure.scenario)}`,
    );
    for (const fix of failure.fixes) {
      const warning = fix.risk === 'lowers-security' ? ` (${t['predict.warning']})` : '';
      lines.push(`    ${t['predict.fix']}: ${fix.title}${warning}`, `      ${scenarioLink(site, lang, failure.scenario, `#${fix.id}`)}`);
    }
  }
  for (const note of prediction.notes) lines.push(`  · ${t[`predict.note.${note}`]}`);
  return lines.join('\n');
}

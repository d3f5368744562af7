import type { WindowsClientFindingId, WindowsReportProblem } from '../../ids/windowsClientFindings.ts';
import { windowsReportProblems } from '../../ids/windowsClientFindings.ts';
import type { WindowsClientFindingMeaning } from '../../schemas/windowsClientFindings.ts';
import type { Locale } from '../../ids/locales.ts';

/**
 * What a page needs to show the verdict on a Windows client report in one language (served as
 * /<lang>/windows-client-findings.json, fetched when a report is pasted): the words of `sqltls client
 * --windows` and every finding's sentence, scenario and source, in the order the CLI lists them.
 */
export interface WindowsVerdictData {
  words: {
    heading: string;
    os: string;
    findings: string;
    none: string;
    unreadable: string;
    source: string;
    /** The colon after a label, as the language writes it (`: `, `：`). */
    colon: string;
    problems: Record<WindowsReportProblem, string>;
  };
  findings: { finding: WindowsClientFindingId; scenario: string; title: string; href: string; message: string; source: string }[];
}

export function windowsVerdictData(
  meanings: WindowsClientFindingMeaning[],
  messages: Record<string, string>,
  lang: Locale,
  scenario: (slug: string) => { title: string; href: string },
  ui: { source: string; colon: string },
): WindowsVerdictData {
  const word = (key: string) => {
    const text = messages[key];
    if (!text) throw new Error(`content/probe/messages.yaml: ${lang} has no "${key}"`);
    return text;
  };
  return {
    words: {
      heading: word('windows.heading'),
      os: word('windows.os'),
      findings: word('windows.findings'),
      none: word('windows.none'),
      unreadable: word('windows.unreadable'),
      ...ui,
      problems: Object.fromEntries(windowsReportProblems.map((problem) => [problem, word(`windows.problem.${problem}`)])) as Record<WindowsReportProblem, string>,
    },
    findings: meanings.map(({ finding, scenario: slug, message, source }) => ({ finding, scenario: slug, ...scenario(slug), message: message[lang], source })),
  };
}

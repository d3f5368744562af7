// One reading of a Windows client report for every place that takes one: `sqltls client --windows`, the
// probe page's report box and search. Plain code over the report's own shape (no schema library), so the
// browser loads only this when someone pastes or chooses a report.
import type { WindowsClientFindingId, WindowsReportProblem } from '../../ids/windowsClientFindings.ts';
import { readWindowsClientReport } from './readWindowsClientReport.ts';
import type { WindowsClientReport } from './reportShape.ts';
import { windowsClientFindings } from './windowsClientFindings.ts';

export type WindowsReportJudgement =
  { ok: true; report: WindowsClientReport; os: string; findings: WindowsClientFindingId[] } | { ok: false; problem: WindowsReportProblem; detail: string };

/** A judgement as it crosses from the search worker to the page: the report itself is not needed to show it. */
export type ShownWindowsJudgement = { ok: true; os: string; findings: WindowsClientFindingId[] } | Extract<WindowsReportJudgement, { ok: false }>;

/** The Windows a report describes, as a reader recognises it: `Microsoft Windows Server 2016 Standard, 14393.3541`. */
export function describeWindows(report: WindowsClientReport): string {
  const { caption, build, ubr } = report.os;
  const number = build !== null ? `${build}${ubr !== null ? `.${ubr}` : ''}` : undefined;
  return [caption, number].filter(Boolean).join(', ');
}

/** The findings of the report in a paste or a saved file, or why it cannot be read. */
export function judgeWindowsReport(input: string | Uint8Array): WindowsReportJudgement {
  const read = readWindowsClientReport(input);
  if (!read.ok) return { ok: false, problem: read.problem, detail: read.detail };
  return { ok: true, report: read.report, os: describeWindows(read.report), findings: windowsClientFindings(read.report) };
}

import { describe, expect, test } from 'vitest';
import { readArtifacts } from '../../../src/artifacts/loadArtifacts.ts';
import { renderPowerShellScript } from '../../../src/artifacts/registry/powerShellScript.ts';
import { renderRegFile, toPowerShellPath } from '../../../src/artifacts/registry/regFile.ts';
import type { RegistryChange } from '../../../src/schemas/artifacts.ts';
import { importReg, snapshot, type Registry } from './registryModel.ts';

// PowerShell is not available on these machines (Debian has no package, and Microsoft's repository is
// out of reach), so the scripts are checked statically here; the backup they write is checked by
// replaying the script's own format strings against a model of regedit.

const artifacts = readArtifacts(process.cwd());
const changes = [...artifacts.registry.values()];
const scriptOf = (change: RegistryChange) => renderPowerShellScript(change, `${change.id}.ps1`);

/** The rows of the script's $changes table. */
function changeTable(script: string) {
  return [...script.matchAll(/\[pscustomobject\]@\{ Key = '([^']+)'; Name = '([^']+)'; Value = (\d+) \}/g)].map((m) => ({ key: m[1], name: m[2], value: Number(m[3]) }));
}

/** .NET's "{0}"/"{1:x8}" composite formatting, for the two placeholders the script uses. */
const dotnetFormat = (format: string, name: string, value?: number) =>
  format.replace('{0}', name).replace('{1:x8}', value === undefined ? '' : (value >>> 0).toString(16).padStart(8, '0'));

/** Replays the script's backup step on a registry state, using the literal format strings in the script. */
function replayBackup(script: string, registry: Registry): string {
  const header = /\$backup\.Add\('(Windows Registry Editor Version 5\.00)'\)/.exec(script)![1]!;
  const absentValue = /\$backup\.Add\(\('("\{0\}"=-)' -f \$change\.Name\)\)/.exec(script)![1]!;
  const dwordValue = /\$backup\.Add\(\('("\{0\}"=dword:\{1:x8\})' -f \$change\.Name, \$current\)\)/.exec(script)![1]!;
  expect(script).toContain('$backup.Add("[-$regPath]")');
  expect(script).toContain('$backup.Add("[$regPath]")');
  const lines = [header];
  const groups = new Map<string, { name: string }[]>();
  for (const row of changeTable(script)) groups.set(row.key!, [...(groups.get(row.key!) ?? []), { name: row.name! }]);
  for (const [psKey, rows] of groups) {
    const regPath = psKey.replace(/^HKLM:\\/, 'HKEY_LOCAL_MACHINE\\');
    lines.push('');
    const values = registry.get(regPath.toLowerCase());
    if (!values) {
      lines.push(`[-${regPath}]`);
      continue;
    }
    lines.push(`[${regPath}]`);
    for (const { name } of rows) lines.push(values.has(name) ? dotnetFormat(dwordValue, name, values.get(name)) : dotnetFormat(absentValue, name));
  }
  lines.push('');
  return lines.join('\r\n');
}

describe('PowerShell scripts', () => {
  test.each(changes.map((c) => [c.id, c] as const))('%s sets exactly the values of its .reg file', (_id, change) => {
    const expected = change.keys.flatMap((key) => Object.entries(key.values).map(([name, value]) => ({ key: toPowerShellPath(key.path), name, value })));
    expect(changeTable(scriptOf(change))).toEqual(expected);
  });

  test.each(changes.map((c) => [c.id, c] as const))('%s supports -WhatIf and writes the backup before changing anything', (_id, change) => {
    const script = scriptOf(change);
    expect(script).toContain('[CmdletBinding(SupportsShouldProcess = $true)]');
    const [before, after] = script.split('# 2. Apply the change.');
    // Before the apply step the only write is the backup file, as UTF-16LE with a BOM.
    expect(before).toMatch(/Set-Content -LiteralPath \$BackupPath -Value \$backup -Encoding Unicode/);
    expect(before).not.toMatch(/New-Item|Set-ItemProperty|Remove-Item/);
    // Every registry write sits inside the ShouldProcess block.
    const guarded = after!.slice(after!.indexOf('if ($PSCmdlet.ShouldProcess('));
    expect(after!.indexOf('if ($PSCmdlet.ShouldProcess(')).toBeGreaterThan(-1);
    for (const cmdlet of ['New-Item -Path', 'New-ItemProperty']) expect(guarded).toContain(cmdlet);
    expect(after!.slice(0, after!.indexOf('if ($PSCmdlet.ShouldProcess('))).not.toMatch(/New-Item/);
    expect(script).toMatch(/-PropertyType DWord/);
  });

  test('scripts are plain ASCII (Windows PowerShell 5.1 reads BOM-less scripts in the ANSI code page)', () => {
    // Tab, line feed and carriage return are the control characters a script may contain.
    // eslint-disable-next-line no-control-regex
    for (const change of changes) expect(scriptOf(change)).toMatch(/^[\x09\x0a\x0d\x20-\x7e]*$/);
  });
});

describe('the backup a script saves restores the previous state exactly', () => {
  const states: [string, (change: RegistryChange) => string][] = [
    ['keys absent', () => ''],
    ['keys present, values absent', (change) => change.keys.map((k) => `[${k.path}]\n`).join('\n')],
    [
      'values present with other DWORDs',
      (change) =>
        change.keys
          .map(
            (k) =>
              `[${k.path}]\n${Object.keys(k.values)
                .map((n, i) => `"${n}"=dword:${i % 2 ? 'ffffffff' : '00000000'}`)
                .join('\n')}\n"Other"=dword:00000005\n`,
          )
          .join('\n'),
    ],
    ['one value present, one absent', (change) => change.keys.map((k) => `[${k.path}]\n"${Object.keys(k.values)[0]}"=dword:00000001\n`).join('\n')],
  ];
  for (const change of changes) {
    test.each(states)(`${change.id}: %s`, (_label, before) => {
      const registry: Registry = new Map();
      importReg(registry, `Windows Registry Editor Version 5.00\n\n${before(change)}`);
      const keys = change.keys.map((k) => k.path);
      const original = snapshot(registry, keys);
      const backup = replayBackup(scriptOf(change), registry);
      importReg(registry, renderRegFile(change));
      expect(snapshot(registry, keys)).not.toEqual(original);
      importReg(registry, backup);
      expect(snapshot(registry, keys)).toEqual(original);
    });
  }
});

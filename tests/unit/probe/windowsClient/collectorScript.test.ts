import { describe, expect, test } from 'vitest';
import { readDataFile } from '../../../../src/contentModel/dataFiles.ts';
import { collectorFileName, renderCollectorScript } from '../../../../src/probe/windowsClient/collectorScript.ts';
import { documentedKeys, protocolSides, schannelProtocols, sources } from '../../../../src/probe/windowsClient/registryKeys.ts';
import { windowsReportMarker } from '../../../../src/ids/windowsClientFindings.ts';
import { shapeObjects } from '../../../../src/diagnosis/windowsClient/reportShape.ts';
import { jsonBlocks, lexPowerShell } from './powerShellText.ts';

// PowerShell cannot run here (as for the fix scripts in tests/unit/artifacts/), so sqltls-client.ps1 is
// checked statically: it reads only, reads only documented keys, writes exactly the schema's JSON keys,
// and uses nothing newer than Windows PowerShell 5.1 understands.

const script = renderCollectorScript();
const { code, comments, strings, problems } = lexPowerShell(script);
const documentedPaths = new Set<string>(Object.values(documentedKeys).map((key) => key.path));
const stripHive = (path: string) => path.replace(/^HKEY_LOCAL_MACHINE\\/i, '');

describe('sqltls-client.ps1', () => {
  test('is well formed: every string, comment and bracket is closed', () => {
    expect(problems).toEqual([]);
    expect(script).toMatch(/^#Requires -Version 3\.0\n/);
    expect(script).toContain(`-File ${collectorFileName}`);
  });

  test('reads only: no cmdlet, method or operator that writes, runs code or goes online', () => {
    const writers = [
      /\b(?:Set|New|Remove|Rename|Copy|Move|Clear)-Item(?:Property)?\b/i,
      /\b(?:Set|Add)-Content\b/i,
      /\bOut-File\b/i,
      /\bTee-Object\b/i,
      /\bExport-\w+/i,
      /\bSet-Clipboard\b/i,
      /\b(?:Enable|Disable)-TlsCipherSuite\b/i,
      /\breg(?:\.exe)?\s+(?:add|delete|import|copy|restore|load)\b/i,
      /\bregedit\b/i,
      /\.(?:CreateSubKey|SetValue|DeleteValue|DeleteSubKey|DeleteSubKeyTree|SetAccessControl|Flush)\s*\(/i,
      /\b(?:Invoke-Expression|iex|Start-Process|Invoke-WebRequest|Invoke-RestMethod|Invoke-Command|Add-Type)\b/i,
      /\bNet\.WebClient\b/i,
    ];
    for (const pattern of writers) expect(code, String(pattern)).not.toMatch(pattern);
    // Redirection writes files; PowerShell compares with -gt, so a > in code can only be a redirection.
    expect(code).not.toMatch(/>/);
    // OpenSubKey(name) opens read-only; a second argument could ask for write access.
    const opens = [...code.matchAll(/\.OpenSubKey\(([^()]*)\)/g)];
    expect(opens.length).toBeGreaterThan(0);
    for (const open of opens) expect(open[1]).not.toContain(',');
  });

  test('reads only the registry keys that Microsoft documents (registryKeys.ts), and only their documented values', () => {
    const paths = strings.map((s) => s.value).filter((value) => /^(?:SYSTEM|SOFTWARE)\\/i.test(value));
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) expect(documentedPaths, path).toContain(path);
    // The -Name argument of the three reading functions: the value names read.
    const valueNames = strings
      .filter((s) => {
        const before = code.slice(code.lastIndexOf('\n', s.index) + 1, s.index);
        return /\bRead-(?:Dword|Text|TextList)\b/.test(before) && /-Name\s+$/.test(before);
      })
      .map((s) => s.value);
    const documentedValues = new Set<string>(Object.values(documentedKeys).flatMap((key) => key.values));
    for (const name of valueNames) expect(documentedValues, name).toContain(name);
    expect(new Set(valueNames)).toEqual(new Set([...documentedValues].filter((name) => name !== '*')));
  });

  test('walks the documented Schannel protocols and both sides', () => {
    const list = /\$protocolNames = @\(([^)]*)\)/.exec(script)?.[1];
    expect(list?.split(',').map((item) => item.trim().replace(/^'|'$/g, ''))).toEqual([...schannelProtocols]);
    for (const side of protocolSides) expect(script).toContain(`-Side '${side}'`);
  });

  test('reads every key the fixes write (content/artifacts/registry.yaml)', () => {
    const literal = new Set(strings.map((s) => s.value));
    for (const change of readDataFile(process.cwd(), 'registry')) {
      for (const key of change.keys) {
        const path = stripHive(key.path);
        const [base, protocol, side] = [path.split('\\').slice(0, -2).join('\\'), path.split('\\').at(-2), path.split('\\').at(-1)];
        const read = literal.has(path) || (base === documentedKeys.protocols.path && schannelProtocols.some((p) => p === protocol) && protocolSides.some((s) => s === side));
        expect(read, `${change.id}: ${key.path}`).toBe(true);
        for (const name of Object.keys(key.values)) expect(script, `${change.id}: ${name}`).toContain(`-Name '${name}'`);
      }
    }
  });

  test('writes exactly the JSON keys of the report schema, object by object', () => {
    const written = jsonBlocks(script, code);
    const expected = shapeObjects();
    expect(Object.fromEntries([...written].sort())).toEqual(Object.fromEntries([...expected].sort()));
  });

  test('marks its output and prints it as JSON deep enough for the protocol sides', () => {
    expect(script).toContain(`sqltls          = '${windowsReportMarker}'`);
    expect(script).toMatch(/\nConvertTo-Json -InputObject \$report -Depth 6\n$/);
  });

  test('runs in Windows PowerShell 5.1 (and 3.0): no operator or parameter added in PowerShell 7', () => {
    expect(code).not.toContain('??');
    // No ternary, no null-conditional member access, no ? alias of Where-Object: no ? at all.
    expect(code).not.toContain('?');
    expect(code).not.toMatch(/&&|\|\|/);
    expect(code).not.toMatch(/-AsHashtable|-Parallel|-AsArray|-EscapeHandling/i);
    expect(code).not.toMatch(/::new\(/i);
    expect(code).not.toMatch(/\bclass\s+\w+/i);
  });

  test('is plain ASCII (Windows PowerShell 5.1 reads a BOM-less script in the ANSI code page)', () => {
    // eslint-disable-next-line no-control-regex
    expect(script).toMatch(/^[\x09\x0a\x0d\x20-\x7e]*$/);
  });

  test('its comments cite the Microsoft page behind every key it reads', () => {
    const commentText = comments.join('\n');
    for (const url of Object.values(sources)) expect(commentText, url).toContain(url);
    for (const key of Object.values(documentedKeys)) expect(commentText, key.path).toContain(key.source);
  });
});

import { describe, expect, test } from 'vitest';
import { allDownloads } from '../../../src/artifacts/downloads.ts';
import { readArtifacts } from '../../../src/artifacts/loadArtifacts.ts';
import { encodeRegFile, renderRegFile, renderRollbackRegFile } from '../../../src/artifacts/registry/regFile.ts';
import { decodeRegBytes, importReg, snapshot, type Registry } from './registryModel.ts';

const artifacts = readArtifacts(process.cwd());
const changes = [...artifacts.registry.values()];
const regDownloads = allDownloads(artifacts).filter((file) => file.name.endsWith('.reg'));

// Key paths and value names as FACTS.md gives them: §1.5 (Schannel) and §1.3 (.NET Framework, both views).
const schannelKey = /^HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\(TLS 1\.0|TLS 1\.1|TLS 1\.2)\\(Client|Server)$/;
const dotnetKey = /^HKEY_LOCAL_MACHINE\\SOFTWARE\\(WOW6432Node\\)?Microsoft\\\.NETFramework\\(v4\.0\.30319|v2\.0\.50727)$/;
const schannelValues = ['DisabledByDefault', 'Enabled'];
const dotnetValues = ['SchUseStrongCrypto', 'SystemDefaultTlsVersions'];

describe('.reg downloads', () => {
  test.each(regDownloads.map((file) => [file.name, file] as const))('%s is UTF-16LE with a BOM, CRLF line endings and the regedit 5.00 header', (_name, file) => {
    expect([file.bytes[0], file.bytes[1]]).toEqual([0xff, 0xfe]);
    const text = decodeRegBytes(file.bytes);
    expect(text.startsWith('Windows Registry Editor Version 5.00\r\n\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  test('every key path and value name is one FACTS.md documents; DisabledByDefault, never "Disabled"', () => {
    for (const change of changes) {
      for (const key of change.keys) {
        const names = Object.keys(key.values);
        if (schannelKey.test(key.path))
          expect(
            names.every((n) => schannelValues.includes(n)),
            `${change.id}: ${names.join(', ')}`,
          ).toBe(true);
        else if (dotnetKey.test(key.path))
          expect(
            names.every((n) => dotnetValues.includes(n)),
            `${change.id}: ${names.join(', ')}`,
          ).toBe(true);
        else throw new Error(`${change.id}: ${key.path} is not a documented key`);
      }
    }
  });

  test('enabling a protocol writes Enabled=1 and DisabledByDefault=0 as eight-digit DWORDs', () => {
    const text = renderRegFile(artifacts.registry.get('enable-tls12')!);
    expect(text).toContain('"DisabledByDefault"=dword:00000000\n"Enabled"=dword:00000001');
    for (const line of text.split('\n').filter((l) => l.startsWith('"'))) expect(line).toMatch(/^"[A-Za-z]+"=dword:[0-9a-f]{8}$/);
  });

  test('the .NET change covers both registry views and both framework versions', () => {
    const paths = artifacts.registry.get('dotnet-strong-crypto')!.keys.map((k) => k.path);
    expect(paths.filter((p) => dotnetKey.test(p))).toHaveLength(4);
    expect(new Set(paths.map((p) => p.includes('WOW6432Node')))).toEqual(new Set([true, false]));
  });

  test('the downloaded bytes decode to exactly the text shown on the page', () => {
    for (const change of changes) {
      const file = regDownloads.find((f) => f.name === `${change.id}.reg`)!;
      expect(decodeRegBytes(file.bytes)).toBe(renderRegFile(change).replace(/\n/g, '\r\n'));
    }
  });
});

describe('rollback .reg', () => {
  test.each(changes.map((change) => [change.id, change] as const))('%s: applying the fix and then its rollback returns to the Windows default', (_id, change) => {
    const registry: Registry = new Map();
    const keys = change.keys.map((k) => k.path);
    importReg(registry, decodeRegBytes(encodeRegFile(renderRegFile(change))));
    expect(Object.keys(snapshot(registry, keys))).toHaveLength(keys.length);
    importReg(registry, decodeRegBytes(encodeRegFile(renderRollbackRegFile(change))));
    // Keys may remain; no value the fix wrote does.
    expect(Object.values(snapshot(registry, keys)).every((values) => Object.keys(values).length === 0)).toBe(true);
  });

  test('the rollback leaves other values in the same key alone', () => {
    const change = artifacts.registry.get('enable-tls12')!;
    const registry: Registry = new Map();
    importReg(registry, `Windows Registry Editor Version 5.00\n\n[${change.keys[0]!.path}]\n"Unrelated"=dword:00000007\n`);
    importReg(registry, renderRegFile(change));
    importReg(registry, renderRollbackRegFile(change));
    expect(snapshot(registry, [change.keys[0]!.path])).toEqual({ [change.keys[0]!.path.toLowerCase()]: { Unrelated: 7 } });
  });
});

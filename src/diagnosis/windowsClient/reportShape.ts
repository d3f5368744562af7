import { windowsReportMarker } from '../../ids/windowsClientFindings.ts';

/**
 * The JSON that sqltls-client.ps1 prints (collectorScript.ts), as a declarative shape that both checks a
 * pasted report (checkReport) and gives its type (WindowsClientReport): a small checker instead of a
 * schema library, so the single-file tool and a browser page can read a report without carrying one.
 *
 * Lenient where Windows differs: a key or value that does not exist is null (the Windows default
 * applies), and a value of an unexpected type counts as absent, because Schannel and .NET read only
 * DWORDs (`dword`, `text`, `flag`, `names`). The containers and the names are required (`string`,
 * `boolean`, objects, lists): the script always writes them, so a report without them was cut or edited.
 */
type Leaf = 'marker' | 'string' | 'boolean' | 'dword' | 'text' | 'flag' | 'names';
type Shape = Leaf | readonly [Shape] | { readonly [key: string]: Shape };

/** One side (Client or Server) of one protocol under SCHANNEL\Protocols. */
const protocolSide = {
  /** `Enabled`: 0 switches the protocol off whatever the application asks for. 0xFFFFFFFF arrives as -1 (.NET reads DWORDs as Int32). */
  enabled: 'dword',
  /** `DisabledByDefault`: non-zero means only applications that ask for the protocol explicitly get it. */
  disabledByDefault: 'dword',
} as const;

/** A subkey (`AES 128/128`, `SHA256`, `PKCS`) and its `Enabled` value. */
const namedEnabled = { name: 'string', enabled: 'dword' } as const;

export const reportShape = {
  /** Always `windows-client/1`. */
  sqltls: 'marker',
  /** When the script ran (UTC, ISO 8601). */
  collectedAt: 'text',
  /** `$PSVersionTable.PSVersion` of the PowerShell that ran it. */
  powershell: 'text',
  os: {
    /** Win32_OperatingSystem Caption, e.g. `Microsoft Windows Server 2022 Standard`. */
    caption: 'text',
    /** Win32_OperatingSystem Version, e.g. `10.0.20348`. */
    version: 'text',
    /** The OS build number (20348): decides the Windows defaults and which fixes exist. */
    build: 'dword',
    /** The update build revision (UBR): 14393.3542 is build 14393, revision 3542. */
    ubr: 'dword',
    /** Whether Windows is 64-bit, so the WOW6432Node .NET keys matter. */
    is64Bit: 'flag',
  },
  /** SSL 2.0 to TLS 1.3, in that order, as found under SCHANNEL\Protocols. */
  protocols: [{ name: 'string', client: protocolSide, server: protocolSide }],
  schannel: {
    /** Subkeys of SCHANNEL\Ciphers and their `Enabled` values. */
    ciphers: [namedEnabled],
    /** Subkeys of SCHANNEL\Hashes. */
    hashes: [namedEnabled],
    /** Subkeys of SCHANNEL\KeyExchangeAlgorithms. */
    keyExchangeAlgorithms: [namedEnabled],
    /** KeyExchangeAlgorithms\Diffie-Hellman `ClientMinKeyBitLength` (Windows default 1024 when absent). */
    diffieHellmanClientMinKeyBitLength: 'dword',
  },
  cipherSuites: {
    /** The SSL Cipher Suite Order policy (`Functions`, comma-delimited), or null when the policy is not set. */
    policy: 'text',
    /** The local list (Configuration\Local\SSL\00010002 `Functions`). */
    local: 'names',
    /** `Get-TlsCipherSuite` names, or null where the cmdlet does not exist (Windows Server 2012 R2 and earlier). */
    enabled: 'names',
  },
  dotNetFramework: {
    /** Whether NDP\v4\Full exists (.NET Framework 4.x is installed). */
    v4Installed: 'flag',
    /** Its `Release` value (528040 and up is 4.8), or null. */
    release: 'dword',
    /** The four keys Microsoft's .REG sample sets: v4.0.30319 and v2.0.50727, 64-bit and WOW6432Node. */
    tlsSettings: [
      {
        /** `v4.0.30319` or `v2.0.50727`. */
        version: 'string',
        /** True for the WOW6432Node (32-bit applications) key. */
        wow6432: 'boolean',
        schUseStrongCrypto: 'dword',
        systemDefaultTlsVersions: 'dword',
      },
    ],
  },
  fips: {
    /** Lsa\FipsAlgorithmPolicy `Enabled`: the "Use FIPS compliant algorithms" policy. */
    enabled: 'dword',
  },
} as const satisfies Shape;

/** What a shape reads as. */
type Read<S> = S extends 'marker' | 'string'
  ? string
  : S extends 'boolean'
    ? boolean
    : S extends 'dword'
      ? number | null
      : S extends 'text'
        ? string | null
        : S extends 'flag'
          ? boolean | null
          : S extends 'names'
            ? string[] | null
            : S extends readonly [infer Item]
              ? Read<Item>[]
              : { -readonly [K in keyof S]: Read<S[K]> };

export type WindowsClientReport = Read<typeof reportShape>;
export type ProtocolSide = Read<typeof protocolSide>;

/**
 * Windows PowerShell 5.1 sometimes serializes an array as `{ "value": [...], "Count": n }`, and a
 * one-element list may arrive as the bare element: both are read as the list they stand for.
 */
function unwrapList(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as { value?: unknown }).value)) return (value as { value: unknown[] }).value;
  return typeof value === 'string' ? [value] : value;
}

class ShapeProblem extends Error {}

function read(shape: Shape, value: unknown, path: string): unknown {
  if (Array.isArray(shape)) {
    const list = unwrapList(value);
    if (!Array.isArray(list)) throw new ShapeProblem(`${path}: a list was expected`);
    return list.map((item, index) => read(shape[0] as Shape, item, `${path}.${index}`));
  }
  if (typeof shape === 'object') {
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ShapeProblem(`${path || 'report'}: an object was expected`);
    const record = value as Record<string, unknown>;
    return Object.fromEntries(Object.entries(shape).map(([key, child]) => [key, read(child, record[key], path ? `${path}.${key}` : key)]));
  }
  switch (shape) {
    case 'marker':
      if (value !== windowsReportMarker) throw new ShapeProblem(`${path}: "${windowsReportMarker}" was expected`);
      return value;
    case 'string':
      if (typeof value !== 'string') throw new ShapeProblem(`${path}: a text was expected`);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw new ShapeProblem(`${path}: true or false was expected`);
      return value;
    case 'dword':
      return typeof value === 'number' && Number.isInteger(value) ? value : null;
    case 'text':
      return typeof value === 'string' ? value : null;
    case 'flag':
      return typeof value === 'boolean' ? value : null;
    case 'names': {
      const list = unwrapList(value);
      return Array.isArray(list) && list.every((name) => typeof name === 'string') ? list : null;
    }
  }
}

/** The report in parsed JSON, or the first place where it is not one (`protocols.2.client: an object was expected`). */
export function checkReport(value: unknown): { ok: true; report: WindowsClientReport } | { ok: false; problem: string } {
  try {
    return { ok: true, report: read(reportShape, value, '') as WindowsClientReport };
  } catch (error) {
    if (error instanceof ShapeProblem) return { ok: false, problem: error.message };
    throw error;
  }
}

/** Every object the shape describes, by path (`os`, `protocols[]`, `protocols[].client`), with its keys: what the script must write. */
export function shapeObjects(shape: Shape = reportShape, path = '', found = new Map<string, string[]>()): Map<string, string[]> {
  if (Array.isArray(shape)) shapeObjects(shape[0] as Shape, `${path}[]`, found);
  else if (typeof shape === 'object') {
    found.set(path || '(root)', Object.keys(shape));
    for (const [key, child] of Object.entries(shape)) shapeObjects(child, path ? `${path}.${key}` : key, found);
  }
  return found;
}

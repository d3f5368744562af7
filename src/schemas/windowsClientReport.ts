import { z } from 'astro/zod';
import { windowsReportMarker } from '../ids/windowsClientFindings.ts';

/**
 * The JSON that sqltls-client.ps1 prints (src/probe/windowsClient/collectorScript.ts): a Windows client's
 * Schannel, cipher suite, .NET Framework and FIPS settings, read from the registry. Lenient where Windows
 * differs: a key or value that does not exist is null (the Windows default applies), and a value of an
 * unexpected type counts as absent, because Schannel and .NET read only DWORDs. The containers are
 * required: the script always writes them, so a report without them was cut or edited.
 */

/** A registry DWORD, or null when absent. 0xFFFFFFFF arrives as -1 (.NET reads DWORDs as Int32); any non-zero value is "on". */
const dword = z.number().int().nullable().catch(null);
const text = z.string().nullable().catch(null);
const flag = z.boolean().nullable().catch(null);

/**
 * Windows PowerShell 5.1 sometimes serializes an array as `{ "value": [...], "Count": n }`, and a
 * one-element list may arrive as the bare element: both are read as the list they stand for.
 */
const unwrapList = (value: unknown): unknown => {
  if (value && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as { value?: unknown }).value)) return (value as { value: unknown[] }).value;
  return typeof value === 'string' ? [value] : value;
};
const listOf = <T extends z.ZodType>(item: T) => z.preprocess(unwrapList, z.array(item));
/** A list of names that may be absent altogether (null: the key or the cmdlet does not exist). */
const nameList = z.preprocess(unwrapList, z.array(z.string()).nullable()).catch(null);

/** One side (Client or Server) of one protocol under SCHANNEL\Protocols. */
export const protocolSideSchema = z.object({
  /** `Enabled`: 0 switches the protocol off whatever the application asks for. */
  enabled: dword,
  /** `DisabledByDefault`: non-zero means only applications that ask for the protocol explicitly get it. */
  disabledByDefault: dword,
});

const namedEnabled = z.object({
  /** The subkey name, e.g. `AES 128/128`, `SHA256`, `PKCS`. */
  name: z.string(),
  /** Its `Enabled` value. */
  enabled: dword,
});

export const windowsClientReportSchema = z.object({
  /** Always `windows-client/1`. */
  sqltls: z.literal(windowsReportMarker),
  /** When the script ran (UTC, ISO 8601). */
  collectedAt: text,
  /** `$PSVersionTable.PSVersion` of the PowerShell that ran it. */
  powershell: text,
  os: z.object({
    /** Win32_OperatingSystem Caption, e.g. `Microsoft Windows Server 2022 Standard`. */
    caption: text,
    /** Win32_OperatingSystem Version, e.g. `10.0.20348`. */
    version: text,
    /** The OS build number (20348): decides the Windows defaults and which fixes exist. */
    build: dword,
    /** The update build revision (UBR): 14393.3542 is build 14393, revision 3542. */
    ubr: dword,
    /** Whether Windows is 64-bit, so the WOW6432Node .NET keys matter. */
    is64Bit: flag,
  }),
  /** SSL 2.0 to TLS 1.3, in that order, as found under SCHANNEL\Protocols. */
  protocols: listOf(z.object({ name: z.string(), client: protocolSideSchema, server: protocolSideSchema })),
  schannel: z.object({
    /** Subkeys of SCHANNEL\Ciphers and their `Enabled` values. */
    ciphers: listOf(namedEnabled),
    /** Subkeys of SCHANNEL\Hashes. */
    hashes: listOf(namedEnabled),
    /** Subkeys of SCHANNEL\KeyExchangeAlgorithms. */
    keyExchangeAlgorithms: listOf(namedEnabled),
    /** KeyExchangeAlgorithms\Diffie-Hellman `ClientMinKeyBitLength` (Windows default 1024 when absent). */
    diffieHellmanClientMinKeyBitLength: dword,
  }),
  cipherSuites: z.object({
    /** The SSL Cipher Suite Order policy (`Functions`, comma-delimited), or null when the policy is not set. */
    policy: text,
    /** The local list (Configuration\Local\SSL\00010002 `Functions`). */
    local: nameList,
    /** `Get-TlsCipherSuite` names, or null where the cmdlet does not exist (Windows Server 2012 R2 and earlier). */
    enabled: nameList,
  }),
  dotNetFramework: z.object({
    /** Whether NDP\v4\Full exists (.NET Framework 4.x is installed). */
    v4Installed: flag,
    /** Its `Release` value (528040 and up is 4.8), or null. */
    release: dword,
    /** The four keys Microsoft's .REG sample sets: v4.0.30319 and v2.0.50727, 64-bit and WOW6432Node. */
    tlsSettings: listOf(
      z.object({
        /** `v4.0.30319` or `v2.0.50727`. */
        version: z.string(),
        /** True for the WOW6432Node (32-bit applications) key. */
        wow6432: z.boolean(),
        schUseStrongCrypto: dword,
        systemDefaultTlsVersions: dword,
      }),
    ),
  }),
  fips: z.object({
    /** Lsa\FipsAlgorithmPolicy `Enabled`: the "Use FIPS compliant algorithms" policy. */
    enabled: dword,
  }),
});
export type WindowsClientReport = z.infer<typeof windowsClientReportSchema>;
export type ProtocolSide = z.infer<typeof protocolSideSchema>;

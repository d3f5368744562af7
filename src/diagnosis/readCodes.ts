import { normalizeCode } from './normalize.ts';

/**
 * Reads the codes drivers and servers print: SNI provider and error number (`ssl:31`), HRESULTs in hex
 * and negative decimal, OpenSSL error codes, Winsock/SQL/event numbers, and TLS alert numbers.
 * Small numbers only count in an error context, so durations and ports do not become codes.
 */
export function extractProviders(text: string): string[] {
  const providers = new Set<string>();
  const pattern = /(?:provider|提供程序)\s*[:：]\s*([a-z\u4e00-\u9fff ]{2,20}?)\s*(?:provider|提供程序)?\s*[,，]\s*(?:error|错误)\s*[:：]\s*(\d{1,5})/giu;
  for (const match of text.matchAll(pattern)) {
    const name = (match[1] ?? '').toLowerCase();
    const kind = name.includes('ssl')
      ? 'ssl'
      : name.includes('tcp')
        ? 'tcp'
        : name.includes('http')
          ? 'http'
          : name.includes('pipe') || name.includes('管道')
            ? 'np'
            : name.includes('memory') || name.includes('内存')
              ? 'sm'
              : undefined;
    if (kind) providers.add(`${kind}:${match[2]}`);
  }
  return [...providers];
}

const codePatterns: { pattern: RegExp; form?: (value: string) => string[] }[] = [
  // 0x80090325, 0x2746
  { pattern: /(?<![\w])0x[0-9a-f]{1,8}(?![\w])/gi },
  // -2146893019 (HRESULT printed as a signed integer)
  { pattern: /(?<![\w.-])-21\d{8}(?![\w.])/g },
  // OpenSSL: error:1416F086:SSL routines...
  { pattern: /error:([0-9a-f]{8}):/gi },
  // ERRORLOG: An OS call failed: (80090331) — both the hex and the decimal reading
  { pattern: /\(([0-9a-f]{8})\)/gi, form: (v) => [v, `0x${v}`] },
  // Four- and five-digit numbers: Winsock 10054, SQL 26014, events 36888. Not a `key=value` setting
  // (SqlClient's timeout durations, `handshake=13487`): a code written that way is read by the
  // error-context pattern below (`ErrorCode=10054`).
  { pattern: /(?<![\w.:/=-])(\d{4,5})(?![\w.:/-])/g },
  // Small numbers in an error context: Win32Exception (258), Error: 233, error code (121)
  { pattern: /\((\d{1,5})\)/g },
  { pattern: /(?:error|number|msg|code)\s*[:=#]?\s*(\d{1,5})(?![\w.])/gi },
];

export function extractCodes(text: string): string[] {
  const codes = new Set<string>();
  for (const { pattern, form } of codePatterns) {
    for (const match of text.matchAll(pattern)) {
      const value = match[1] ?? match[0];
      for (const v of form ? form(value) : [value]) codes.add(normalizeCode(v));
    }
  }
  for (const match of text.matchAll(/(?:fatal error code is|alert number|alert code)\s*(\d{1,3})/gi)) codes.add(`alert:${match[1]}`);
  return [...codes];
}

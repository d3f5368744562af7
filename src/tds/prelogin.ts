/**
 * The PRELOGIN message (MS-TDS 2.2.6.5): option tokens with offsets into the payload, ended by 0xFF.
 * The ENCRYPTION option is how client and server agree whether TLS follows.
 */
export const encryption = { off: 0x00, on: 0x01, notSupported: 0x02, required: 0x03 } as const;
export type EncryptionName = keyof typeof encryption;
const token = { version: 0x00, encryption: 0x01, instance: 0x02, threadId: 0x03, mars: 0x04 } as const;

export interface Prelogin {
  /** major.minor.build, e.g. 16.0.4135 */
  version: { major: number; minor: number; build: number; subBuild: number };
  encryption: number;
  instance?: string;
  threadId?: number;
  mars?: number;
}

export function encodePrelogin(message: Prelogin): Buffer {
  const version = Buffer.alloc(6);
  version.writeUInt8(message.version.major, 0);
  version.writeUInt8(message.version.minor, 1);
  version.writeUInt16BE(message.version.build, 2);
  version.writeUInt16LE(message.version.subBuild, 4);
  const options: [number, Buffer][] = [
    [token.version, version],
    [token.encryption, Buffer.from([message.encryption])],
    [token.instance, Buffer.from(`${message.instance ?? ''}\0`, 'latin1')],
    ...(message.threadId === undefined ? [] : [[token.threadId, Buffer.alloc(4).fill(0)] as [number, Buffer]]),
    [token.mars, Buffer.from([message.mars ?? 0])],
  ];
  const tableLength = options.length * 5 + 1;
  const table = Buffer.alloc(tableLength);
  let offset = tableLength;
  options.forEach(([id, data], i) => {
    table.writeUInt8(id, i * 5);
    table.writeUInt16BE(offset, i * 5 + 1);
    table.writeUInt16BE(data.length, i * 5 + 3);
    offset += data.length;
  });
  table.writeUInt8(0xff, tableLength - 1);
  return Buffer.concat([table, ...options.map(([, data]) => data)]);
}

/** Reads a PRELOGIN payload; throws a clear error when it is not one. */
export function decodePrelogin(payload: Buffer): Prelogin {
  const result: Prelogin = { version: { major: 0, minor: 0, build: 0, subBuild: 0 }, encryption: encryption.notSupported };
  let position = 0;
  let seenVersion = false;
  while (true) {
    if (position >= payload.length) throw new Error('PRELOGIN option table has no terminator');
    const id = payload[position]!;
    if (id === 0xff) break;
    if (position + 5 > payload.length) throw new Error('PRELOGIN option table is cut short');
    const offset = payload.readUInt16BE(position + 1);
    const length = payload.readUInt16BE(position + 3);
    if (offset + length > payload.length) throw new Error(`PRELOGIN option ${id} points outside the message`);
    const data = payload.subarray(offset, offset + length);
    if (id === token.version && length >= 6) {
      result.version = { major: data[0]!, minor: data[1]!, build: data.readUInt16BE(2), subBuild: data.readUInt16LE(4) };
      seenVersion = true;
    } else if (id === token.encryption && length >= 1) result.encryption = data[0]!;
    else if (id === token.instance) {
      // The name ends at its first NUL (a hostile server may send nothing but NULs: indexOf, not a pattern).
      const text = data.toString('latin1');
      const end = text.indexOf('\0');
      result.instance = end < 0 ? text : text.slice(0, end);
    } else if (id === token.mars && length >= 1) result.mars = data[0]!;
    position += 5;
  }
  if (!seenVersion) throw new Error('PRELOGIN has no VERSION option');
  return result;
}

import { createSocket } from 'node:dgram';

/** What `probe` connects to: host and TCP port, or a named instance resolved through SQL Server Browser. */
export interface Target {
  host: string;
  port?: number;
  instance?: string;
}

/** Parses `host`, `host:port`, `host,port` (SQL Server style) or `host\instance`; throws a clear message otherwise. */
export function parseTarget(text: string): Target {
  const trimmed = text.trim().replace(/^tcp:/i, '');
  const instance = /^([^\\:,\s]+)\\([A-Za-z0-9_$#-]{1,16})$/.exec(trimmed);
  if (instance) return { host: instance[1]!, instance: instance[2]! };
  const bracketed = /^\[([0-9a-f:]+)\](?:[:,](\d{1,5}))?$/i.exec(trimmed);
  const plain = /^([^\s:,\\[\]]+)(?:[:,](\d{1,5}))?$/.exec(trimmed);
  const match = bracketed ?? plain;
  if (!match) throw new Error(`"${text}" is not a target: use host, host:port or host\\instance`);
  const port = match[2] === undefined ? undefined : Number(match[2]);
  if (port !== undefined && (port < 1 || port > 65535)) throw new Error(`port ${port} is out of range`);
  return { host: match[1]!, ...(port ? { port } : {}) };
}

/**
 * Asks SQL Server Browser (UDP 1434, CLNT_UCAST_INST) for the TCP port of a named instance.
 * Resolves undefined when nobody answers within the timeout.
 */
export function resolveInstancePort(host: string, instance: string, timeoutMs: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const socket = createSocket(host.includes(':') ? 'udp6' : 'udp4');
    const done = (port?: number) => {
      clearTimeout(timer);
      socket.close();
      resolve(port);
    };
    const timer = setTimeout(() => done(undefined), timeoutMs);
    socket.on('error', () => done(undefined));
    socket.on('message', (message) => {
      const tcp = /tcp;(\d+)/i.exec(message.subarray(3).toString('latin1'));
      done(tcp ? Number(tcp[1]) : undefined);
    });
    socket.send(Buffer.concat([Buffer.from([0x04]), Buffer.from(instance, 'latin1'), Buffer.from([0])]), 1434, host);
  });
}

import { clientKinds, type ClientKind } from '../../ids/clientKinds.ts';
import { rankFixes, type RankableFix } from '../../diagnosis/rankFixes.ts';
import { platforms, type Driver, type Platform } from '../../schemas/vocabulary.ts';

/**
 * The fixes a prediction offers a client for a scenario, on each platform: the safer fix first (ranked
 * for the client's driver and platform as search and the wizard rank them), then the client's own
 * stopgap, which lowers security and is shown with its warning. Done when the content is read, so the
 * installed tool carries these few fixes instead of every scenario's.
 */
export function pickFixes(fixes: RankableFix[], drivers: Record<ClientKind, Driver>): Partial<Record<ClientKind, Partial<Record<Platform, string[]>>>> {
  return Object.fromEntries(
    clientKinds.map((kind) => [
      kind,
      Object.fromEntries(
        platforms.map((platform) => {
          const reader = { drivers: [drivers[kind]], platforms: [platform] };
          const safer = rankFixes(fixes, reader)[0];
          const stopgap = rankFixes(
            fixes.filter((fix) => fix.risk === 'lowers-security' && fix.drivers?.includes(drivers[kind])),
            reader,
          )[0];
          return [platform, [...new Set([safer?.id, stopgap?.id].filter((id): id is string => id !== undefined))]];
        }),
      ),
    ]),
  );
}

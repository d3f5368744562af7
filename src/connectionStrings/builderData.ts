import type { ConnectionStrings, IntentId } from '../schemas/connectionStrings.ts';
import { intentIds } from '../schemas/connectionStrings.ts';
import type { Locale } from '../schemas/vocabulary.ts';
import { renderConnection, settingsDriver } from './renderConnection.ts';

/** One driver × intent as the browser shows it, in one language. */
export interface BuilderEntry {
  code?: string;
  lang?: string;
  since?: string;
  unsupported?: string;
  note?: string;
}

export interface BuilderDriver {
  id: string;
  family: string;
  name: string;
  syntax: string;
  /** ODBC: the Driver={...} name a pasted string gives. */
  odbcDriver?: string;
  /** The driver a pasted string of this syntax is read as, where several share it. */
  pasteDefault?: true;
  keywords: string[];
  encryptValues: string[];
  encryptDefault?: string;
  note?: string;
  intents: Record<IntentId, BuilderEntry>;
}

/** What /<lang>/connection-strings.json holds: every string pre-rendered, so the browser only picks and shows. */
export interface BuilderData {
  intents: { id: IntentId; risk: string }[];
  drivers: BuilderDriver[];
}

export function builderData(data: ConnectionStrings, lang: Locale): BuilderData {
  return {
    intents: data.intents,
    drivers: data.drivers.map((driver) => {
      const source = settingsDriver(data, driver);
      const intents = Object.fromEntries(
        intentIds.map((intent) => {
          const r = renderConnection(data, driver, intent);
          return [intent, { code: r.code, lang: r.lang, since: r.since, unsupported: r.unsupported?.[lang], note: r.note?.[lang] }];
        }),
      ) as Record<IntentId, BuilderEntry>;
      return {
        id: driver.id,
        family: driver.family,
        name: driver.name,
        syntax: driver.syntax,
        ...(driver.odbcDriver ? { odbcDriver: driver.odbcDriver } : {}),
        ...(driver.pasteDefault ? { pasteDefault: driver.pasteDefault } : {}),
        keywords: source.keywords ?? [],
        encryptValues: source.encryptValues ?? [],
        encryptDefault: source.encryptDefault?.[lang],
        note: (driver.note ?? source.note)?.[lang],
        intents,
      };
    }),
  };
}

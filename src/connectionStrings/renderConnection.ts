import type { ConnectionDriver, ConnectionStrings, IntentId, IntentSettings } from '../schemas/connectionStrings.ts';

/** What the builder shows for one driver and intent. */
export interface RenderedConnection {
  code?: string;
  /** Language of `code` for the code block label. */
  lang?: string;
  since?: string;
  /** Why the driver cannot do this, and what can (when `code` is absent). */
  unsupported?: { en: string; zh: string };
  note?: { en: string; zh: string };
}

type Settings = [string, string][];

/** The driver whose keywords a driver uses (itself, or the one `sameAs` names). */
export function settingsDriver(data: ConnectionStrings, driver: ConnectionDriver): ConnectionDriver {
  return driver.sameAs ? data.drivers.find((d) => d.id === driver.sameAs)! : driver;
}

const keyValues = (settings: Settings) => settings.map(([k, v]) => `${k}=${v};`).join('');

function renderCode(data: ConnectionStrings, driver: ConnectionDriver, settings: Settings, intent: IntentId): { code: string; lang: string } {
  const { database } = data;
  const server = intent === 'hostname' ? data.serverByAddress : data.server;
  const odbcDriver = settingsDriver(data, driver).odbcDriver;
  switch (driver.syntax) {
    case 'adonet':
      return { lang: 'text', code: `Server=tcp:${server},1433;Database=${database};${keyValues(settings)}` };
    case 'odbc':
      return { lang: 'text', code: `Driver={${odbcDriver}};Server=tcp:${server},1433;Database=${database};${keyValues(settings)}` };
    case 'pyodbc':
      return { lang: 'python', code: `conn = pyodbc.connect(\n    "Driver={${odbcDriver}};Server=tcp:${server},1433;Database=${database};"\n    "${keyValues(settings)}"\n)` };
    case 'jdbc':
      return { lang: 'text', code: `jdbc:sqlserver://${server}:1433;databaseName=${database};${keyValues(settings)}` };
    case 'tedious':
      return {
        lang: 'js',
        code: [`const config = {`, `  server: '${server}',`, `  options: {`, `    database: '${database}',`, ...settings.map(([k, v]) => `    ${k}: ${v},`), `  },`, `};`].join(
          '\n',
        ),
      };
    case 'go':
      return { lang: 'text', code: `sqlserver://${server}:1433?database=${database}&${settings.map(([k, v]) => `${k}=${v}`).join('&')}` };
    case 'sqlcmd':
      // ODBC sqlcmd takes the -N value attached to the switch (-Nm); other values follow a space.
      return { lang: 'bash', code: `sqlcmd -S tcp:${server},1433 -d ${database} ${settings.map(([k, v]) => (k === '-N' ? `${k}${v}` : v ? `${k} ${v}` : k)).join(' ')}` };
    case 'go-sqlcmd':
      return { lang: 'bash', code: `sqlcmd -S ${server},1433 -d ${database} ${settings.map(([k, v]) => (v ? `${k} ${v}` : k)).join(' ')}` };
    case 'powershell':
      return {
        lang: 'powershell',
        code: `Invoke-Sqlcmd -ServerInstance '${server}' -Database '${database}' ${settings.map(([k, v]) => (v ? `${k} ${v}` : k)).join(' ')} -Query 'SELECT 1'`,
      };
  }
}

/** The settings a driver uses for an intent. */
export function intentSettings(data: ConnectionStrings, driver: ConnectionDriver, intent: IntentId): IntentSettings {
  return settingsDriver(data, driver).intents![intent];
}

/** Renders one driver × intent: the exact syntax, or why it is not possible with this driver. */
export function renderConnection(data: ConnectionStrings, driver: ConnectionDriver, intent: IntentId): RenderedConnection {
  const chosen = intentSettings(data, driver, intent);
  if ('unsupported' in chosen) return { unsupported: chosen.unsupported };
  return { ...renderCode(data, driver, chosen.settings, intent), since: chosen.since, note: chosen.note };
}

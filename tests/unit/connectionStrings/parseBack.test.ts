import { readDataFile } from '../../../src/contentModel/dataFiles.ts';
import { parse } from '@tediousjs/connection-string';
import { Connection } from 'tedious';
import { describe, expect, test } from 'vitest';
import { intentSettings, renderConnection, settingsDriver } from '../../../src/connectionStrings/renderConnection.ts';
import { intentIds } from '../../../src/schemas/connectionStrings.ts';

// Every generated string is read back by a real parser from its ecosystem and must yield exactly the
// intended keywords and values: @tediousjs/connection-string for ADO.NET and ODBC, the tedious driver's own
// option handling for config objects, WHATWG URL for go-mssqldb, a parser written to mssql-jdbc's documented
// URL grammar for JDBC (the Java driver itself is not installable on these machines).

const data = readDataFile(process.cwd(), 'connectionStrings');
const cases = data.drivers.flatMap((driver) =>
  intentIds.flatMap((intent) => {
    const rendered = renderConnection(data, driver, intent);
    const chosen = intentSettings(data, driver, intent);
    return rendered.code && 'settings' in chosen ? [{ name: `${driver.id} / ${intent}`, driver, intent, code: rendered.code, settings: chosen.settings }] : [];
  }),
);
const serverFor = (intent: string) => (intent === 'hostname' ? data.serverByAddress : data.server);
const lowerKeys = (pairs: [string, string][]) => Object.fromEntries(pairs.map(([k, v]) => [k.toLowerCase(), v]));

/** mssql-jdbc URL grammar: jdbc:sqlserver://[serverName[\instanceName][:portNumber]][;property=value[;property=value]] ({}-escaped values). */
function parseJdbcUrl(url: string) {
  const match = /^jdbc:sqlserver:\/\/([^;\\:]*)(?:\\([^;:]+))?(?::(\d+))?((?:;[^;]*)*)$/.exec(url);
  if (!match) throw new Error(`not a JDBC URL: ${url}`);
  const properties: Record<string, string> = {};
  for (const part of match[4]!.split(';').filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new Error(`property without a value: ${part}`);
    const key = part.slice(0, eq);
    if (key in properties) throw new Error(`duplicate property ${key}`);
    properties[key] = part.slice(eq + 1).replace(/^\{(.*)\}$/, '$1');
  }
  return { server: match[1], port: match[3], properties };
}

test('there is something to check for every syntax', () => {
  expect(new Set(cases.map((c) => c.driver.syntax))).toEqual(new Set(data.drivers.map((d) => d.syntax)));
});

describe.each(cases)('$name', ({ driver, intent, code, settings }) => {
  const keywords = settingsDriver(data, driver).keywords!;
  const encryptValues = settingsDriver(data, driver).encryptValues;

  test('uses only keywords the data declares for the driver, and Encrypt values it accepts', () => {
    for (const [key, value] of settings) {
      expect(keywords, key).toContain(key);
      if (/^encrypt$/i.test(key) && encryptValues) expect(encryptValues.map((v) => v.toLowerCase())).toContain(value.toLowerCase());
    }
  });

  test('parses back to the intended keywords and values', () => {
    switch (driver.syntax) {
      case 'adonet':
      case 'odbc':
      case 'pyodbc': {
        const text = driver.syntax === 'pyodbc' ? [...code.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join('') : code;
        const parsed = Object.fromEntries(parse(text));
        const base =
          driver.syntax === 'adonet'
            ? { server: `tcp:${serverFor(intent)},1433`, database: data.database }
            : { driver: settingsDriver(data, driver).odbcDriver!, server: `tcp:${serverFor(intent)},1433`, database: data.database };
        expect(parsed).toEqual({ ...base, ...lowerKeys(settings) });
        break;
      }
      case 'jdbc': {
        const parsed = parseJdbcUrl(code);
        expect(parsed.server).toBe(serverFor(intent));
        expect(parsed.properties).toEqual({ databaseName: data.database, ...Object.fromEntries(settings) });
        break;
      }
      case 'go': {
        const url = new URL(code);
        expect(url.protocol).toBe('sqlserver:');
        expect(url.hostname).toBe(serverFor(intent));
        expect(Object.fromEntries(url.searchParams)).toEqual({ database: data.database, ...Object.fromEntries(settings) });
        break;
      }
      case 'tedious': {
        // Run the generated snippet, then hand the object to tedious: unknown option names never reach
        // its options, and wrong types throw in the constructor (no connection is opened).
        // The snippet is the project's own generated code, evaluated to prove tedious accepts it.
        // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
        const config = new Function('readFileSync', `${code}\nreturn config;`)(() => '-----BEGIN CERTIFICATE-----') as { server: string; options: Record<string, unknown> };
        const connection = new Connection({ ...config, authentication: { type: 'default', options: { userName: 'u', password: 'p' } } });
        const options = (connection as unknown as { config: { options: Record<string, unknown> } }).config.options;
        for (const [key] of settings) expect(options[key], key).toEqual(config.options[key]);
        expect(options.database).toBe(data.database);
        break;
      }
      case 'sqlcmd':
      case 'go-sqlcmd':
      case 'powershell': {
        const tokens = code.split(/\s+/);
        for (const [key, value] of settings) {
          const attached = driver.syntax === 'sqlcmd' && key === '-N';
          const index = tokens.indexOf(attached ? `${key}${value}` : key);
          expect(index, `${key} in ${code}`).toBeGreaterThan(-1);
          if (value && !attached) expect(tokens[index + 1]).toBe(value);
        }
        break;
      }
    }
  });
});

test('tedious rejects a value the data must never generate (the check is real)', () => {
  expect(() => new Connection({ server: 'x', options: { encrypt: 'yes' as unknown as boolean } })).toThrow(/encrypt/);
});

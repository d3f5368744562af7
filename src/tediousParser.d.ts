/** The parser file of @tediousjs/connection-string (aliased in astro.config.mjs and vitest.config.ts). */
declare module '@tediousjs/connection-string/parser' {
  /** Parses `key=value;...` (ADO.NET and ODBC syntaxes); keys are lower-cased. */
  export default function connectionStringParser(connectionString: string): Record<string, string>;
}

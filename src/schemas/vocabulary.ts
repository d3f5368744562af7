import { z } from 'astro/zod';
import { locales } from '../ids/locales.ts';

/**
 * Structural identifiers shared by content, pages, search and the wizard.
 * Only ids live here; every human-readable label is in content/i18n/<locale>.json.
 */

/** URL language keys (src/i18n/locales.ts). `lang` attributes use the BCP-47 tag from `htmlLang`. */
export { htmlLang, locales, type Locale } from '../ids/locales.ts';
export const localeSchema = z.enum(locales);

/** Client driver families; `?driver=<id>` selects the matching tab on fix pages. */
export const drivers = ['mds', 'sds', 'odbc', 'oledb', 'jdbc', 'tedious', 'go', 'sqlcmd', 'freetds'] as const;
export const driverSchema = z.enum(drivers);
export type Driver = z.infer<typeof driverSchema>;

/** Operating systems a scenario or fix applies to (the SQL Server host counts as `windows` or `linux`). */
export const platforms = ['windows', 'linux', 'macos'] as const;
export const platformSchema = z.enum(platforms);
export type Platform = z.infer<typeof platformSchema>;

/** Where the fault sits. */
export const sides = ['client', 'server', 'network'] as const;
export const sideSchema = z.enum(sides);
export type Side = z.infer<typeof sideSchema>;

/**
 * The steps of a SQL Server connection up to the end of the TLS handshake, in order.
 * `server-startup` happens before any client connects (the engine loads its certificate).
 */
export const handshakeSteps = [
  'server-startup',
  'tcp-connect',
  'prelogin',
  'client-hello',
  'server-hello',
  'certificate',
  'certificate-verify',
  'key-exchange',
  'finished',
] as const;
export const handshakeStepSchema = z.enum(handshakeSteps);
export type HandshakeStep = z.infer<typeof handshakeStepSchema>;

/** What a fix changes. */
export const fixKinds = ['registry', 'openssl', 'connection-string', 'powershell', 'steps'] as const;
export const fixKindSchema = z.enum(fixKinds);

/**
 * `safe`: no security cost. `caution`: changes shared configuration (reboot, policy) but does not weaken it.
 * `lowers-security`: weakens TLS (old protocols, lower SECLEVEL, no certificate validation); always shown with a warning.
 */
export const riskLevels = ['safe', 'caution', 'lowers-security'] as const;
export const riskSchema = z.enum(riskLevels);
export type Risk = z.infer<typeof riskSchema>;

/** Who acts at each step: a message to the server or client, a message both ways, or local work on one side. */
export const stepFlow: Record<HandshakeStep, 'to-server' | 'to-client' | 'both' | 'client' | 'server'> = {
  'server-startup': 'server',
  'tcp-connect': 'both',
  prelogin: 'both',
  'client-hello': 'to-server',
  'server-hello': 'to-client',
  certificate: 'to-client',
  'certificate-verify': 'client',
  'key-exchange': 'to-server',
  finished: 'both',
};

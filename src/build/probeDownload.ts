import { bundleProbe, type ProbeBundle } from './bundleProbe.ts';

/** Where the single file's links point: this site, with its base path (SITE_URL and BASE_PATH, as astro.config.mjs reads them). */
function siteRoot(): string {
  const site = import.meta.env.SITE ?? 'http://127.0.0.1:4321';
  return new URL(import.meta.env.BASE_URL, site).href.replace(/\/$/, '');
}

/** The single-file probe this build serves at /downloads/sqltls.mjs (built once per build). */
export const probeDownload = (): Promise<ProbeBundle> => bundleProbe(process.cwd(), siteRoot());

import type { APIRoute } from 'astro';
import { probeDownload } from '../../build/probeDownload.ts';

/**
 * The probe as one file, `node sqltls.mjs probe <server>` on Node.js 18 and later: the same bundle the
 * npm package ships, with this site's address for its links. The probe page shows its size and SHA-256.
 */
export const GET: APIRoute = async () => {
  const bundle = await probeDownload();
  return new Response(bundle.bytes.slice().buffer, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Content-Disposition': 'attachment; filename="sqltls.mjs"' },
  });
};

import type { APIRoute } from 'astro';
import { loadDataFile } from '../contentModel/dataFiles.ts';
import { certificateFindingOrder } from '../search/certificateVerdict.ts';

/**
 * The certificate findings worst first with their scenarios (content/certificate/findings.yaml), for
 * search: fetched with the certificate rules when a paste is a certificate, so no other paste carries it.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(certificateFindingOrder(loadDataFile('certificateFindings'))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

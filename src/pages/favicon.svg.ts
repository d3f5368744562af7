// /favicon.svg, from the same source as the icon inlined in every page (src/lib/favicon.ts).
import { faviconSvg } from '../lib/favicon.ts';

export const GET = () => new Response(faviconSvg, { headers: { 'Content-Type': 'image/svg+xml' } });

import type { APIRoute } from 'astro';
import { collectorFileName, renderCollectorScript } from '../../probe/windowsClient/collectorScript.ts';

/**
 * The Windows half of `sqltls client`: a read-only PowerShell script that prints a Windows client's TLS
 * settings as JSON, which `sqltls client --windows <file>` reads. Windows line endings, so the Notepad of
 * older Windows Server shows it as written; ASCII only, so every PowerShell reads it the same.
 */
export const GET: APIRoute = () =>
  new Response(renderCollectorScript().replace(/\r?\n/g, '\r\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Disposition': `attachment; filename="${collectorFileName}"` },
  });

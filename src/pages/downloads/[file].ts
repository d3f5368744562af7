import type { APIRoute, GetStaticPaths } from 'astro';
import { allDownloads, type DownloadFile } from '../../artifacts/downloads.ts';
import { loadArtifacts } from '../../artifacts/loadArtifacts.ts';

/** Generated fix files (.reg, .ps1, .cnf, .sh): one source (content/artifacts/), the same bytes in every language. */
export const getStaticPaths = (() => allDownloads(loadArtifacts()).map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: DownloadFile };
  return new Response(file.bytes.buffer as ArrayBuffer, {
    headers: { 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.name}"` },
  });
};

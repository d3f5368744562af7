import { loadDataFile } from '../../contentModel/dataFiles.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDownloads, type DownloadFile } from '../../artifacts/downloads.ts';
import { loadArtifacts } from '../../artifacts/loadArtifacts.ts';

/**
 * Generated fix files (.reg, .ps1, .cnf, .sh): one source (content/artifacts/), the same bytes in every language.
 * A renamed file (content/redirects.json, kind downloads) keeps its old name, serving the new file's bytes.
 */
export const getStaticPaths = (() => {
  const files = allDownloads(loadArtifacts());
  const byName = new Map(files.map((file) => [file.name, file]));
  const renamed = loadDataFile('redirects')
    .redirects.filter((r) => r.kind === 'downloads')
    .map((r) => {
      const file = byName.get(r.to);
      if (!file) throw new Error(`content/redirects.json: download ${r.from} points to ${r.to}, which is not a generated file`);
      return { params: { file: r.from }, props: { file } };
    });
  return [...files.map((file) => ({ params: { file: file.name }, props: { file } })), ...renamed];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: DownloadFile };
  return new Response(file.bytes.buffer as ArrayBuffer, {
    headers: { 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.name}"` },
  });
};

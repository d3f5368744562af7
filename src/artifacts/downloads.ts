import type { ArtifactRef, OpensslVersion } from '../schemas/artifacts.ts';
import type { Artifacts } from './loadArtifacts.ts';
import { renderCryptoPolicyCommands, renderPerProcessConfig, renderSystemWideBlock, renderSystemWideScript } from './openssl/opensslConfig.ts';
import { renderPowerShellScript } from './registry/powerShellScript.ts';
import { encodeRegFile, renderRegFile, renderRollbackRegFile } from './registry/regFile.ts';

/** A generated file served under /downloads/. */
export interface DownloadFile {
  name: string;
  /** What the file is, for the link label (an i18n key under `artifact.`). */
  role: 'reg' | 'ps1' | 'rollback' | 'cnf' | 'script';
  text: string;
  bytes: Uint8Array;
  contentType: string;
}

/** One block shown on a page: the text to read and copy, and the files to download. */
export interface ArtifactView {
  code: string;
  lang: string;
  filename?: string;
  /** For system-wide OpenSSL blocks: the lines that go into the init section, shown first. */
  initLines?: string;
  downloads: DownloadFile[];
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const versionSuffix = (version: OpensslVersion) => (version === '3' ? 'openssl3' : 'openssl111');

function registryFiles(id: string, artifacts: Artifacts): DownloadFile[] {
  const change = artifacts.registry.get(id);
  if (!change) throw new Error(`unknown registry artifact "${id}" (content/artifacts/registry.yaml)`);
  const reg = renderRegFile(change);
  const rollback = renderRollbackRegFile(change);
  // PowerShell 5.1 reads a BOM-less script as the ANSI code page; the scripts are ASCII, so UTF-8 is safe.
  const ps1 = renderPowerShellScript(change, `${id}.ps1`).replace(/\n/g, '\r\n');
  const regType = 'text/x-ms-regedit';
  return [
    { name: `${id}.reg`, role: 'reg', text: reg, bytes: encodeRegFile(reg), contentType: regType },
    { name: `${id}.ps1`, role: 'ps1', text: ps1, bytes: utf8(ps1), contentType: 'text/plain; charset=utf-8' },
    { name: `${id}-rollback.reg`, role: 'rollback', text: rollback, bytes: encodeRegFile(rollback), contentType: regType },
  ];
}

function perProcessFile(id: string, version: OpensslVersion, artifacts: Artifacts): DownloadFile {
  const policy = artifacts.openssl.get(id);
  if (!policy) throw new Error(`unknown OpenSSL policy "${id}" (content/artifacts/openssl.yaml)`);
  const text = renderPerProcessConfig(policy, version);
  return { name: `${id}-${versionSuffix(version)}.cnf`, role: 'cnf', text, bytes: utf8(text), contentType: 'text/plain; charset=utf-8' };
}

function systemWideScriptFile(id: string, artifacts: Artifacts): DownloadFile {
  const text = renderSystemWideScript(artifacts.openssl.get(id)!);
  return { name: `${id}-openssl3-system-wide.sh`, role: 'script', text, bytes: utf8(text), contentType: 'text/x-shellscript; charset=utf-8' };
}

/** Every downloadable file, for the /downloads/ endpoint. */
export function allDownloads(artifacts: Artifacts): DownloadFile[] {
  return [
    ...[...artifacts.registry.keys()].flatMap((id) => registryFiles(id, artifacts)),
    ...[...artifacts.openssl.keys()].flatMap((id) => [perProcessFile(id, '3', artifacts), perProcessFile(id, '1.1.1', artifacts), systemWideScriptFile(id, artifacts)]),
  ];
}

/** What a fix step that refers to an artifact shows. Throws with the file to fix when the reference is unknown. */
export function viewArtifact(ref: ArtifactRef, artifacts: Artifacts): ArtifactView {
  if ('registry' in ref) {
    const files = registryFiles(ref.registry, artifacts);
    return { code: files[0]!.text, lang: 'reg', filename: files[0]!.name, downloads: files };
  }
  if ('cryptoPolicy' in ref) {
    const policy = artifacts.openssl.get(ref.cryptoPolicy);
    if (!policy) throw new Error(`unknown OpenSSL policy "${ref.cryptoPolicy}" (content/artifacts/openssl.yaml)`);
    if (!policy.rhelPolicy) throw new Error(`OpenSSL policy "${ref.cryptoPolicy}" has no rhelPolicy (content/artifacts/openssl.yaml)`);
    return { code: renderCryptoPolicyCommands({ ...policy, rhelPolicy: policy.rhelPolicy }), lang: 'bash', downloads: [] };
  }
  if (ref.form === 'per-process') {
    const file = perProcessFile(ref.openssl, ref.version, artifacts);
    return { code: file.text, lang: 'ini', filename: file.name, downloads: [file] };
  }
  const policy = artifacts.openssl.get(ref.openssl);
  if (!policy) throw new Error(`unknown OpenSSL policy "${ref.openssl}" (content/artifacts/openssl.yaml)`);
  const block = renderSystemWideBlock(policy, ref.version);
  return {
    code: block.sections,
    initLines: block.initLines,
    lang: 'ini',
    downloads: ref.version === '3' ? [systemWideScriptFile(ref.openssl, artifacts)] : [],
  };
}

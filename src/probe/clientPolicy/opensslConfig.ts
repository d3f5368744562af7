// Reads an openssl.cnf the way OpenSSL's config loader does, as far as TLS policy goes: sections,
// `name = value` pairs, comments, and `.include` of a file or a directory (the chain RHEL's crypto
// policies and Debian's images use). Pure: the caller hands in how to read files, so tests need none.

export interface ConfigFiles {
  /** The file's text, or undefined when it cannot be read. */
  read(path: string): string | undefined;
  /** The `.cnf`/`.conf` files of a directory, sorted, or undefined when it is not a directory. */
  list(path: string): string[] | undefined;
}

export interface OpenSslConfig {
  /** Every file read, in order, the first being the main file. */
  files: string[];
  /** Section name → its pairs; the unnamed top section is `default`. Later values win, as in OpenSSL. */
  sections: Map<string, Map<string, string>>;
  /** Includes that could not be read, and includes past the limits. */
  problems: string[];
}

/** OpenSSL stops at this include depth; so do we (a loop in the chain must not hang the tool). */
const maxDepth = 8;
const maxFiles = 64;

const dirnameOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/'))) || '/';

/** `includeDir`: OPENSSL_CONF_INCLUDE, the folder OpenSSL 3 puts before relative `.include` paths (config(5)). */
export function readOpenSslConfig(path: string, files: ConfigFiles, includeDir?: string): OpenSslConfig {
  const config: OpenSslConfig = { files: [], sections: new Map([['default', new Map<string, string>()]]), problems: [] };
  let section = 'default';
  const visit = (file: string, depth: number) => {
    if (config.files.length >= maxFiles || depth > maxDepth) {
      config.problems.push(`${file}: not read (more than ${maxFiles} files or ${maxDepth} levels of .include)`);
      return;
    }
    const text = files.read(file);
    if (text === undefined) {
      config.problems.push(`${file}: cannot be read`);
      return;
    }
    config.files.push(file);
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (!line) continue;
      if (line.startsWith('.include')) {
        let target = line.slice('.include'.length).trim();
        if (target.startsWith('=')) target = target.slice(1).trim();
        if (!target) continue;
        // Without OPENSSL_CONF_INCLUDE a relative path is taken against the including file's folder: a
        // guess (the distributions' files include absolute paths), said in the report as the path read.
        const resolved = target.startsWith('/') ? target : `${includeDir ?? dirnameOf(file)}/${target}`;
        const listed = files.list(resolved);
        if (listed) for (const child of listed) visit(child, depth + 1);
        else visit(resolved, depth + 1);
        continue;
      }
      const header = /^\[\s*([^\]\s]+)\s*\]$/.exec(line);
      if (header) {
        section = header[1]!;
        if (!config.sections.has(section)) config.sections.set(section, new Map());
        continue;
      }
      const equals = line.indexOf('=');
      const name = equals > 0 ? line.slice(0, equals).trim() : '';
      if (name && !/\s/.test(name)) config.sections.get(section)!.set(name, unquote(line.slice(equals + 1).trim()));
    }
  };
  visit(path, 0);
  return config;
}

function unquote(value: string): string {
  return /^".*"$|^'.*'$/.test(value) ? value.slice(1, -1) : value;
}

/** What the configuration sets for TLS in every program that loads it (`openssl_conf` → `ssl_conf` → `system_default`). */
export interface SystemDefault {
  /** The section names followed, as a readable chain (`openssl_init → ssl_sect → system_default_sect`). */
  chain: string[];
  /** The pairs of the system_default section, or undefined when the chain is not there. */
  settings?: Map<string, string>;
}

export function systemDefault(config: OpenSslConfig): SystemDefault {
  const init = config.sections.get('default')?.get('openssl_conf');
  if (!init) return { chain: [] };
  const ssl = config.sections.get(init)?.get('ssl_conf');
  if (!ssl) return { chain: [init] };
  const system = config.sections.get(ssl)?.get('system_default');
  if (!system) return { chain: [init, ssl] };
  return { chain: [init, ssl, system], settings: config.sections.get(system) ?? new Map() };
}

/** The security level a cipher string sets (`DEFAULT@SECLEVEL=2`, `DEFAULT:@SECLEVEL=0`), if any. */
export function securityLevel(cipherString: string | undefined): number | undefined {
  const match = /@SECLEVEL=(\d)/.exec(cipherString ?? '');
  return match ? Number(match[1]) : undefined;
}

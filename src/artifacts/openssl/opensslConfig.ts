import type { OpensslPolicy, OpensslVersion } from '../../schemas/artifacts.ts';

/**
 * openssl.cnf text for a client policy. The `[system_default_sect]` values are what OpenSSL applies to
 * every TLS client (and server) context created with the default configuration. Section names are
 * arbitrary as long as the chain openssl_conf → ssl_conf → system_default is consistent.
 */
const policySections = (policy: OpensslPolicy, version: OpensslVersion) =>
  ['[ssl_sect]', 'system_default = system_default_sect', '', '[system_default_sect]', `MinProtocol = ${policy.minProtocol}`, `CipherString = ${policy.cipherString[version]}`].join(
    '\n',
  );

/** Init section name of each line's stock file: OpenSSL 3 ships `openssl_conf = openssl_init`. */
const initSection: Record<OpensslVersion, string> = { '3': 'openssl_init', '1.1.1': 'default_conf' };

/**
 * A whole file for `OPENSSL_CONF=<file> program`: it replaces the default openssl.cnf for that process
 * only, so it carries its own openssl_conf chain.
 */
export function renderPerProcessConfig(policy: OpensslPolicy, version: OpensslVersion): string {
  const init = initSection[version];
  return [
    `# ${policy.description}.`,
    `# For OpenSSL ${version === '3' ? '3.x' : '1.1.1'}. Use it for one program: OPENSSL_CONF=/path/to/this.cnf program`,
    `openssl_conf = ${init}`,
    '',
    `[${init}]`,
    'ssl_conf = ssl_sect',
    '',
    policySections(policy, version),
    '',
  ].join('\n');
}

/**
 * What to add to the distribution's openssl.cnf. OpenSSL 3 stock files already start the chain with
 * `openssl_conf = openssl_init` and an `[openssl_init]` section: a second `openssl_conf` line would be
 * wrong, so only `ssl_conf` is added there. OpenSSL 1.1.1 files may have no chain: the `openssl_conf`
 * line must then go before the first section header.
 */
export function renderSystemWideBlock(policy: OpensslPolicy, version: OpensslVersion): { initLines: string; sections: string } {
  return version === '3'
    ? { initLines: '[openssl_init]\nssl_conf = ssl_sect\n', sections: `${policySections(policy, version)}\n` }
    : { initLines: 'openssl_conf = default_conf\n\n[default_conf]\nssl_conf = ssl_sect\n', sections: `${policySections(policy, version)}\n` };
}

/**
 * A POSIX shell script that applies the system-wide block to an OpenSSL 3 openssl.cnf the way the
 * stock Debian/Ubuntu file needs it: backup, `ssl_conf` added under `[openssl_init]`, sections appended.
 * It refuses to touch a file that already has an ssl_conf chain (edit its values by hand then).
 */
export function renderSystemWideScript(policy: OpensslPolicy): string {
  const sections = policySections(policy, '3');
  return `#!/bin/sh
# ${policy.description}.
# Applies the policy system-wide on OpenSSL 3.x (Debian 12, Ubuntu 22.04 and later). Usage:
#   sudo sh this-script.sh [path/to/openssl.cnf]
set -eu
cnf="\${1:-$(openssl version -d | sed -E 's/^OPENSSLDIR: "(.*)"$/\\1/')/openssl.cnf}"
if grep -Eq '^[[:space:]]*ssl_conf[[:space:]]*=' "$cnf"; then
  echo "$cnf already has an ssl_conf chain: set MinProtocol = ${policy.minProtocol} and CipherString = ${policy.cipherString['3']} in its system_default section by hand." >&2
  exit 1
fi
if ! grep -Eq '^\\[[[:space:]]*openssl_init[[:space:]]*\\]' "$cnf"; then
  echo "$cnf has no [openssl_init] section: use the per-process file, or add the whole chain by hand." >&2
  exit 1
fi
cp -p "$cnf" "$cnf.bak.$(date +%Y%m%d%H%M%S)"
sed -i -E '/^\\[[[:space:]]*openssl_init[[:space:]]*\\]/a ssl_conf = ssl_sect' "$cnf"
cat >> "$cnf" <<'POLICY'

${sections}
POLICY
echo "Updated $cnf (backup next to it). Restart the programs that use OpenSSL."
`;
}

/** The RHEL-family commands: show the current policy, switch, and switch back. */
export function renderCryptoPolicyCommands(policy: OpensslPolicy & { rhelPolicy: string }): string {
  return [
    'update-crypto-policies --show',
    `sudo update-crypto-policies --set ${policy.rhelPolicy}`,
    ...(policy.rhelPolicy === 'DEFAULT' ? [] : ['# Back to the distribution default once it is no longer needed:', 'sudo update-crypto-policies --set DEFAULT']),
    '',
  ].join('\n');
}

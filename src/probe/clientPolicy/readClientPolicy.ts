// Gathers the local client's TLS policy from this machine: the `openssl` command's version and folder,
// the configuration files it loads, the RHEL crypto policy, this Node.js's TLS defaults, and a JDK's
// java.security. Reads only; a missing command or file is reported as missing, never an error.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import * as tls from 'node:tls';
import { javaPolicy, openSslPolicy, type ClientPolicy, type JavaPolicy } from './clientPolicy.ts';
import type { ConfigFiles } from './opensslConfig.ts';

const readText = (path: string): string | undefined => {
  try {
    return statSync(path).isFile() && statSync(path).size < 1_000_000 ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
};

const files: ConfigFiles = {
  read: readText,
  list(path) {
    try {
      if (!statSync(path).isDirectory()) return undefined;
      return readdirSync(path)
        .filter((name) => /\.(cnf|conf)$/.test(name))
        .sort()
        .map((name) => join(path, name));
    } catch {
      return undefined;
    }
  },
};

/** A command's output, or undefined when it is not installed or fails (three seconds at most). */
function run(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, { encoding: 'utf8', timeout: 3000, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The JDK in JAVA_HOME, else the one whose `java` is first on the PATH. */
function findJavaHome(env: NodeJS.ProcessEnv): string | undefined {
  if (env.JAVA_HOME && existsSync(env.JAVA_HOME)) return env.JAVA_HOME;
  for (const folder of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const java = join(folder, 'java');
    if (!existsSync(java)) continue;
    try {
      return dirname(dirname(realpathSync(java)));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function readJava(env: NodeJS.ProcessEnv): JavaPolicy | undefined {
  const home = findJavaHome(env);
  if (!home) return undefined;
  // JDK 9 and later keep it in conf/security; JDK 8 in jre/lib/security (a JDK) or lib/security (a JRE).
  const securityFile = ['conf/security/java.security', 'jre/lib/security/java.security', 'lib/security/java.security']
    .map((path) => join(home, path))
    .find((path) => existsSync(path));
  return javaPolicy(home, readText(join(home, 'release')), securityFile, securityFile ? readText(securityFile) : undefined);
}

export function readClientPolicy(env: NodeJS.ProcessEnv = process.env): ClientPolicy {
  const version = run('openssl', ['version']);
  const dirLine = version === undefined ? undefined : run('openssl', ['version', '-d']);
  // The compiler flags carry the build's default security level, when the build set one.
  const flagsLine = version === undefined ? undefined : run('openssl', ['version', '-f']);
  const cryptoPolicy = readText('/etc/crypto-policies/config')
    ?.split('\n')
    .find((line) => line.trim() && !line.startsWith('#'));
  const openssl =
    version === undefined
      ? undefined
      : openSslPolicy(
          {
            version,
            ...(dirLine ? { dirLine } : {}),
            ...(flagsLine ? { flagsLine } : {}),
            ...(env.OPENSSL_CONF ? { opensslConf: env.OPENSSL_CONF } : {}),
            ...(env.OPENSSL_CONF_INCLUDE ? { includeDir: env.OPENSSL_CONF_INCLUDE } : {}),
            ...(cryptoPolicy ? { cryptoPolicy } : {}),
          },
          files,
        );
  const java = readJava(env);
  return {
    platform: process.platform,
    ...(openssl ? { openssl } : {}),
    node: { version: process.version, openssl: process.versions.openssl ?? '', minVersion: tls.DEFAULT_MIN_VERSION, maxVersion: tls.DEFAULT_MAX_VERSION },
    ...(java ? { java } : {}),
  };
}

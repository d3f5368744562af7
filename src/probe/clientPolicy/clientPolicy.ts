// The local client's TLS policy, as `sqltls client` reports it: what this machine's OpenSSL, this
// Node.js and a JDK will accept from a server. Pure reading of files and command output handed in;
// readClientPolicy.ts gathers them from the machine.
import { algorithmList, readJavaProperties } from './javaSecurity.ts';
import { readOpenSslConfig, securityLevel, systemDefault, type ConfigFiles } from './opensslConfig.ts';

export interface OpenSslPolicy {
  /** `openssl version` output (`OpenSSL 3.0.15 3 Sep 2024`), when the command ran. */
  version?: string;
  /** OPENSSLDIR from `openssl version -d`. */
  dir?: string;
  /** The main configuration file and how it was chosen. */
  configFile?: string;
  configFrom?: 'OPENSSL_CONF' | 'OPENSSLDIR';
  /** Every file read, the main one first (the `.include` chain). */
  files: string[];
  problems: string[];
  /** The section chain from `openssl_conf` to `system_default`. */
  chain: string[];
  minProtocol?: string;
  maxProtocol?: string;
  cipherString?: string;
  securityLevel?: number;
  /**
   * The level this OpenSSL applies when the configuration sets none: the build's
   * `-DOPENSSL_TLS_SECURITY_LEVEL` (`openssl version -f`; Debian builds with 2), else 1 before OpenSSL 3.2
   * and 2 from 3.2 on (SSL_CTX_set_security_level(3); OpenSSL NEWS for 3.2.0).
   */
  defaultSecurityLevel?: number;
  /** RHEL-family system-wide crypto policy (/etc/crypto-policies/config), when there is one. */
  cryptoPolicy?: string;
}

export interface NodePolicy {
  version: string;
  openssl: string;
  minVersion: string;
  maxVersion: string;
}

export interface JavaPolicy {
  home: string;
  /** JAVA_VERSION from the JDK's `release` file. */
  version?: string;
  securityFile?: string;
  tlsDisabled: string[];
  certpathDisabled: string[];
}

export interface ClientPolicy {
  platform: string;
  openssl?: OpenSslPolicy;
  node: NodePolicy;
  java?: JavaPolicy;
}

/** The OpenSSL part, from `openssl version -v` / `-d` output and the configuration files. */
export function openSslPolicy(
  input: { version?: string; dirLine?: string; flagsLine?: string; opensslConf?: string; includeDir?: string; cryptoPolicy?: string },
  files: ConfigFiles,
): OpenSslPolicy {
  const dir = /OPENSSLDIR:\s*"([^"]*)"/.exec(input.dirLine ?? '')?.[1];
  const defaultLevel = builtSecurityLevel(input.version, input.flagsLine);
  const configFile = input.opensslConf || (dir ? `${dir}/openssl.cnf` : undefined);
  const policy: OpenSslPolicy = {
    ...(input.version ? { version: input.version.trim() } : {}),
    ...(dir ? { dir } : {}),
    ...(configFile ? { configFile, configFrom: input.opensslConf ? ('OPENSSL_CONF' as const) : ('OPENSSLDIR' as const) } : {}),
    ...(input.cryptoPolicy ? { cryptoPolicy: input.cryptoPolicy.trim() } : {}),
    ...(defaultLevel !== undefined ? { defaultSecurityLevel: defaultLevel } : {}),
    files: [],
    problems: [],
    chain: [],
  };
  if (!configFile) return policy;
  const config = readOpenSslConfig(configFile, files, input.includeDir);
  const { chain, settings } = systemDefault(config);
  const cipherString = settings?.get('CipherString');
  const level = securityLevel(cipherString);
  return {
    ...policy,
    files: config.files,
    problems: config.problems,
    chain,
    ...(settings?.get('MinProtocol') ? { minProtocol: settings.get('MinProtocol')! } : {}),
    ...(settings?.get('MaxProtocol') ? { maxProtocol: settings.get('MaxProtocol')! } : {}),
    ...(cipherString ? { cipherString } : {}),
    ...(level !== undefined ? { securityLevel: level } : {}),
  };
}

/** The level an OpenSSL applies: the configuration's, else its build's default. */
export const effectiveSecurityLevel = (openssl: Pick<OpenSslPolicy, 'securityLevel' | 'defaultSecurityLevel'>) => openssl.securityLevel ?? openssl.defaultSecurityLevel;

/** `OpenSSL 3.2.1 ...` → [3, 2]; undefined for anything else (LibreSSL prints its own name). */
export function openSslVersion(text: string | undefined): [number, number] | undefined {
  const match = /^(?:OpenSSL\s+)?(\d+)\.(\d+)\.\d+/.exec(text?.trim() ?? '');
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** The security level an OpenSSL build applies by default: its build flag, else what its version defaults to. */
export function builtSecurityLevel(version: string | undefined, flagsLine: string | undefined): number | undefined {
  const flag = /-DOPENSSL_TLS_SECURITY_LEVEL=(\d)/.exec(flagsLine ?? '')?.[1];
  if (flag !== undefined) return Number(flag);
  const parsed = openSslVersion(version);
  if (!parsed) return undefined;
  const [major, minor] = parsed;
  return major > 3 || (major === 3 && minor >= 2) ? 2 : 1;
}

/** The Java part, from the JDK's `release` file and its java.security. */
export function javaPolicy(home: string, release: string | undefined, securityFile: string | undefined, securityText: string | undefined): JavaPolicy {
  const properties = securityText ? readJavaProperties(securityText) : new Map<string, string>();
  const version = /^JAVA_VERSION="?([^"\n]+)"?/m.exec(release ?? '')?.[1];
  return {
    home,
    ...(version ? { version } : {}),
    ...(securityFile && securityText ? { securityFile } : {}),
    tlsDisabled: algorithmList(properties.get('jdk.tls.disabledAlgorithms')),
    certpathDisabled: algorithmList(properties.get('jdk.certpath.disabledAlgorithms')),
  };
}

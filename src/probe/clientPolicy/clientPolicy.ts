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
export function openSslPolicy(input: { version?: string; dirLine?: string; opensslConf?: string; includeDir?: string; cryptoPolicy?: string }, files: ConfigFiles): OpenSslPolicy {
  const dir = /OPENSSLDIR:\s*"([^"]*)"/.exec(input.dirLine ?? '')?.[1];
  const configFile = input.opensslConf || (dir ? `${dir}/openssl.cnf` : undefined);
  const policy: OpenSslPolicy = {
    ...(input.version ? { version: input.version.trim() } : {}),
    ...(dir ? { dir } : {}),
    ...(configFile ? { configFile, configFrom: input.opensslConf ? ('OPENSSL_CONF' as const) : ('OPENSSLDIR' as const) } : {}),
    ...(input.cryptoPolicy ? { cryptoPolicy: input.cryptoPolicy.trim() } : {}),
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

import { describe, expect, test } from 'vitest';
import { readArtifacts } from '../../../src/artifacts/loadArtifacts.ts';
import { renderCryptoPolicyCommands, renderPerProcessConfig, renderSystemWideBlock } from '../../../src/artifacts/openssl/opensslConfig.ts';
import { opensslPoliciesSchema } from '../../../src/schemas/artifacts.ts';

const artifacts = readArtifacts(process.cwd());
const legacy = artifacts.openssl.get('legacy-tls10')!;

describe('OpenSSL configuration text', () => {
  test('OpenSSL 3.x lowers to security level 0, 1.1.1 to level 1 (FACTS.md §6)', () => {
    expect(renderPerProcessConfig(legacy, '3')).toMatch(/^CipherString = DEFAULT@SECLEVEL=0$/m);
    expect(renderPerProcessConfig(legacy, '1.1.1')).toMatch(/^CipherString = DEFAULT@SECLEVEL=1$/m);
  });

  test('a per-process file carries the whole chain, with openssl_conf before the first section', () => {
    for (const version of ['3', '1.1.1'] as const) {
      const text = renderPerProcessConfig(legacy, version);
      const firstSection = text.search(/^\[/m);
      expect(text.search(/^openssl_conf = /m)).toBeLessThan(firstSection);
      expect(text).toMatch(/^ssl_conf = ssl_sect$/m);
      expect(text).toMatch(/^system_default = system_default_sect$/m);
    }
  });

  test('the OpenSSL 3 system-wide block never adds a second openssl_conf line', () => {
    const block = renderSystemWideBlock(legacy, '3');
    expect(`${block.initLines}${block.sections}`).not.toMatch(/openssl_conf/);
    expect(block.initLines).toBe('[openssl_init]\nssl_conf = ssl_sect\n');
  });

  test('the schema refuses MinProtocol = TLSv1.0, which OpenSSL does not accept', () => {
    expect(opensslPoliciesSchema.safeParse([{ ...legacy, minProtocol: 'TLSv1.0' }]).success).toBe(false);
  });

  test('the RHEL commands switch to the policy and back to DEFAULT', () => {
    expect(renderCryptoPolicyCommands({ ...legacy, rhelPolicy: 'LEGACY' })).toBe(
      'update-crypto-policies --show\nsudo update-crypto-policies --set LEGACY\n# Back to the distribution default once it is no longer needed:\nsudo update-crypto-policies --set DEFAULT\n',
    );
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, gotoReady, test } from './fixtures.ts';
import { makeLabCertificates, signedLeaf, type KeyPair } from '../lab/certificates.ts';

// Every certificate rule through the page (issue 19): each finding is pasted into one page, in turn,
// and must come back with its scenario and a link to its fix. Certificates are made with the openssl CLI
// (the lab's set and a few more); the KeySpec, key provider and private-key findings come from certutil
// and PowerShell output. One page load for all of them keeps CI fast.

interface Finding {
  finding: string;
  scenario: string;
  fix: string;
}
const { findings } = parse(readFileSync('content/certificate/findings.yaml', 'utf8')) as { findings: Finding[] };
const fixture = (name: string) => readFileSync(join('tests/unit/diagnosis/certificate/fixtures', name), 'utf8');

let dir: string;
/** finding → what to paste and the host names to check it against. */
const cases = new Map<string, { text: string; host?: string }>();

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cert-rules-e2e-'));
  const lab = makeLabCertificates(dir);
  const pem = (pair: KeyPair) => readFileSync(pair.cert, 'utf8');
  const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const server = ['-addext', 'extendedKeyUsage=serverAuth', '-addext', 'keyUsage=digitalSignature,keyEncipherment'];
  const selfSigned = (name: string, subject: string, extra: string[]) => {
    openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '365', '-subj', subject, ...extra, ...server]);
    return readFileSync(join(dir, `${name}.pem`), 'utf8');
  };
  const fine = selfSigned('fine', '/CN=sql01.contoso.com', ['-addext', 'subjectAltName=DNS:sql01.contoso.com,DNS:sql01,IP:10.0.0.5']);
  const withCa = (pair: KeyPair) => pem(pair) + pem(lab.ca);
  cases.set('expired', { text: withCa(lab.expired) });
  cases.set('notYetValid', { text: withCa(lab.notYetValid) });
  cases.set('expiresSoon', { text: withCa(lab.good), host: 'localhost' });
  cases.set('nameMismatch', { text: withCa(lab.wrongHostSan), host: 'localhost' });
  cases.set('cnOnly', { text: withCa(lab.wrongHostCn), host: 'sql99.contoso.com' });
  cases.set('ipNotInSan', { text: fine, host: '10.0.0.6' });
  cases.set('wildcardOnly', { text: selfSigned('wildcard', '/CN=*.contoso.com', ['-addext', 'subjectAltName=DNS:*.contoso.com']), host: 'sql01.contoso.com' });
  cases.set('noServerAuth', { text: withCa(lab.wrongEku) });
  cases.set('keyUsage', { text: withCa(lab.wrongKu) });
  cases.set('weakHash', { text: withCa(lab.md5) });
  cases.set('sha1Hash', { text: withCa(lab.sha1) });
  cases.set('unsupportedHash', { text: withCa(signedLeaf(dir, lab.ca, 'sha512', { cn: 'localhost', san: 'DNS:localhost', md: 'sha512' })) });
  cases.set('smallKey', { text: withCa(lab.weakKey) });
  cases.set('negativeSerial', { text: selfSigned('negative', '/CN=sql01', ['-set_serial', '-4660', '-addext', 'subjectAltName=DNS:sql01']) });
  cases.set('longSerial', { text: selfSigned('long-serial', '/CN=sql01', ['-set_serial', '0x0102030405060708090A0B0C0D0E0F101112131415', '-addext', 'subjectAltName=DNS:sql01']) });
  cases.set('selfSigned', { text: pem(lab.selfSigned) });
  cases.set('chainIncomplete', { text: pem(lab.missingIntermediate) });
  cases.set('chainOrder', { text: pem(lab.ca) + pem(lab.good), host: 'localhost' });
  cases.set('noPrivateKey', { text: fixture('powershell-format-list.txt') });
  cases.set('keySpecSignature', { text: fixture('certutil-store-signature.txt'), host: 'sql01.contoso.com' });
  cases.set('cngKey', { text: fixture('certutil-store-ksp.txt') });
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('every certificate rule, pasted into the page, names its scenario and links its fix', async ({ page }) => {
  expect(
    findings.map((f) => f.finding).filter((id) => !cases.has(id)),
    'findings without a case here',
  ).toEqual([]);
  await gotoReady(page, '/en/certificate/');
  const input = page.locator('textarea[data-certificate-input]');
  const host = page.locator('input[data-certificate-host]');
  const list = page.locator('ol[data-certificate-findings]');
  for (const { finding, scenario, fix } of findings) {
    await test.step(finding, async () => {
      const { text, host: name = '' } = cases.get(finding)!;
      await host.fill(name);
      await input.fill('');
      await input.fill(text);
      await expect(list).toHaveAttribute('aria-busy', 'false');
      // Some findings hold for more than one certificate of a chain (the lab CA expires soon too).
      const item = list.locator(`li[data-finding="${finding}"]`).first();
      await expect(item, finding).toBeVisible();
      await expect(item).toHaveAttribute('data-scenario', scenario);
      await expect(item.locator(`a[href="/en/scenarios/${scenario}/#${fix}"]`)).toHaveCount(1);
    });
  }
});

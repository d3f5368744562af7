import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { collectProjectPublicIds } from '../../../src/build/projectPublicIds.ts';
import { anchorAliases } from '../../../src/lib/anchorAliases.ts';
import { readDataFile } from '../../../src/contentModel/dataFiles.ts';
import { missingPublicIds, unpublishedIds, type IdRedirect, type PublicIds } from '../../../src/contentModel/publicIds.ts';

const root = process.cwd();
const current = collectProjectPublicIds(root);
const published = JSON.parse(readFileSync('content/public-ids.json', 'utf8')) as PublicIds;
const { redirects } = readDataFile(root, 'redirects');

describe('public ids', () => {
  test('no published id disappears without a redirect', () => {
    expect(missingPublicIds(published, current, redirects)).toEqual([]);
  });

  test('every id this build publishes is recorded (run npm run ids:update)', () => {
    expect(unpublishedIds(published, current)).toEqual([]);
  });

  test('a removed fix id is caught, and a redirect clears it', () => {
    const without = { ...current, scenarioAnchors: current.scenarioAnchors.filter((id) => id !== 'untrusted-certificate#fix-trust-ca-windows') };
    expect(missingPublicIds(current, without, [])).toEqual([
      'scenarioAnchors: "untrusted-certificate#fix-trust-ca-windows" was published and is gone; add a redirect for it in content/redirects.json',
    ]);
    expect(
      missingPublicIds(current, without, [
        { kind: 'scenarioAnchors', from: 'untrusted-certificate#fix-trust-ca-windows', to: 'untrusted-certificate#fix-use-ca-signed-certificate' },
      ]),
    ).toEqual([]);
  });

  test('fix files, connection-string anchors and the anchors of other pages are public ids too', () => {
    expect(current.downloads).toEqual(expect.arrayContaining(['enable-tls12.reg', 'enable-tls12.ps1', 'enable-tls12-rollback.reg']));
    expect(current.connectionStrings).toEqual(expect.arrayContaining(['jdbc', 'jdbc-strict', 'mds-trust-dev']));
    expect(current.pageAnchors).toEqual(expect.arrayContaining(['probe', 'probe#exit-codes', 'probe#finding-no-tls12', 'tls-handshake#step-prelogin', 'connection-strings']));
    const without = { ...current, downloads: current.downloads.filter((id) => id !== 'enable-tls12.reg') };
    expect(missingPublicIds(current, without, [])).toEqual(['downloads: "enable-tls12.reg" was published and is gone; add a redirect for it in content/redirects.json']);
  });

  test('a renamed anchor stays on its page and points to the new place, on the same page or another', () => {
    const moved: IdRedirect[] = [
      { kind: 'pageAnchors', from: 'probe#usage', to: 'probe#run-it' },
      { kind: 'pageAnchors', from: 'probe#tds', to: 'tls-handshake#tds-8-0-and-strict-encryption' },
      { kind: 'connectionStrings', from: 'jdbc-pinned', to: 'jdbc-certificate' },
    ];
    expect(anchorAliases('pageAnchors', 'probe', 'zh', moved)).toEqual([
      { id: 'usage', href: '#run-it' },
      { id: 'tds', href: '/zh/tls-handshake/#tds-8-0-and-strict-encryption' },
    ]);
    expect(anchorAliases('connectionStrings', 'connection-strings', 'en', moved)).toEqual([{ id: 'jdbc-pinned', href: '#jdbc-certificate' }]);
    expect(anchorAliases('pageAnchors', 'tls-handshake', 'en', moved)).toEqual([]);
  });
});

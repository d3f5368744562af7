import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../../src/contentModel/readContentFiles.ts';
import { collectPublicIds, missingPublicIds, unpublishedIds, type IdRedirect, type PublicIds } from '../../../src/contentModel/publicIds.ts';
import { buildWizardMachine } from '../../../src/wizard/buildWizardMachine.ts';
import { readWizardTree } from '../../../src/wizard/loadWizard.ts';
import { enumerateSteps } from '../../../src/wizard/steps.ts';

const root = process.cwd();
const tree = readWizardTree(root);
const current = collectPublicIds(readContentFiles(root), enumerateSteps(tree, buildWizardMachine(tree)));
const published = JSON.parse(readFileSync('content/public-ids.json', 'utf8')) as PublicIds;
const redirects = (JSON.parse(readFileSync('content/redirects.json', 'utf8')) as { redirects: IdRedirect[] }).redirects;

describe('public ids', () => {
  test('no published id disappears without a redirect', () => {
    expect(missingPublicIds(published, current, redirects)).toEqual([]);
  });

  test('every id this build publishes is recorded (run npm run ids:update)', () => {
    expect(unpublishedIds(published, current)).toEqual([]);
  });

  test('a removed fix id is caught, and a redirect clears it', () => {
    const without = { ...current, scenarioAnchors: current.scenarioAnchors.filter((id) => id !== 'untrusted-certificate#fix-trust-ca-windows') };
    expect(missingPublicIds(current, without, [])).toEqual(['scenarioAnchors: "untrusted-certificate#fix-trust-ca-windows" was published and is gone; add a redirect for it in content/redirects.json']);
    expect(missingPublicIds(current, without, [{ kind: 'scenarioAnchors', from: 'untrusted-certificate#fix-trust-ca-windows', to: 'untrusted-certificate#fix-use-ca-signed-certificate' }])).toEqual([]);
  });
});

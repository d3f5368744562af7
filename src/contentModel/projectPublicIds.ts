import { allDownloads } from '../artifacts/downloads.ts';
import { readArtifacts } from '../artifacts/loadArtifacts.ts';
import { readConnectionStrings } from '../connectionStrings/loadConnectionStrings.ts';
import { findingAnchor, findingReasons } from '../probe/findings.ts';
import { handshakeSteps } from '../schemas/vocabulary.ts';
import { buildWizardMachine } from '../wizard/buildWizardMachine.ts';
import { readWizardTree } from '../wizard/loadWizard.ts';
import { enumerateSteps } from '../wizard/steps.ts';
import { collectPublicIds, type PublicIds } from './publicIds.ts';
import { readContentFiles } from './readContentFiles.ts';

/** Every public id the project at `root` publishes: content, wizard steps, generated anchors, downloads. */
export function collectProjectPublicIds(root: string): PublicIds {
  const tree = readWizardTree(root);
  const connectionStrings = readConnectionStrings(root);
  return collectPublicIds(readContentFiles(root), enumerateSteps(tree, buildWizardMachine(tree)), {
    pageAnchors: [
      ...handshakeSteps.map((step) => `tls-handshake#step-${step}`),
      ...findingReasons.map((reason) => `probe#${findingAnchor(reason)}`),
      'connection-strings',
    ],
    downloads: allDownloads(readArtifacts(root)).map((file) => file.name),
    connectionStrings: connectionStrings.drivers.flatMap((driver) => [driver.id, ...connectionStrings.intents.map((intent) => `${driver.id}-${intent.id}`)]),
  });
}

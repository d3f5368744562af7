import { readDataFile } from '../contentModel/dataFiles.ts';
import { allDownloads } from '../artifacts/downloads.ts';
import { readArtifacts } from '../artifacts/loadArtifacts.ts';
import { findingAnchor, findingReasons } from '../schemas/probeFindings.ts';
import { handshakeSteps } from '../schemas/vocabulary.ts';
import { buildWizardMachine } from '../wizard/buildWizardMachine.ts';
import { enumerateSteps } from '../wizard/steps.ts';
import { collectPublicIds, type PublicIds } from '../contentModel/publicIds.ts';
import { readContentFiles } from '../contentModel/readContentFiles.ts';

/** Every public id the project at `root` publishes: content, wizard steps, generated anchors, downloads. */
export function collectProjectPublicIds(root: string): PublicIds {
  const tree = readDataFile(root, 'wizardTree');
  const connectionStrings = readDataFile(root, 'connectionStrings');
  return collectPublicIds(readContentFiles(root), enumerateSteps(tree, buildWizardMachine(tree)), {
    pageAnchors: [...handshakeSteps.map((step) => `tls-handshake#step-${step}`), ...findingReasons.map((reason) => `probe#${findingAnchor(reason)}`), 'connection-strings'],
    downloads: allDownloads(readArtifacts(root)).map((file) => file.name),
    connectionStrings: connectionStrings.drivers.flatMap((driver) => [driver.id, ...connectionStrings.intents.map((intent) => `${driver.id}-${intent.id}`)]),
  });
}

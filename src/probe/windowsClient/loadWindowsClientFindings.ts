import { readDataFile } from '../../contentModel/dataFiles.ts';
import type { WindowsClientFindingId } from '../../ids/windowsClientFindings.ts';
import type { WindowsClientFindingMeaning } from '../../schemas/windowsClientFindings.ts';

/** What each Windows client finding means, read from the project at `root` (throws naming the file and field at fault). */
export function loadWindowsClientFindings(root: string): Record<WindowsClientFindingId, WindowsClientFindingMeaning> {
  return Object.fromEntries(readDataFile(root, 'windowsClientFindings').map((row) => [row.finding, row])) as Record<WindowsClientFindingId, WindowsClientFindingMeaning>;
}

import { versionForDriver } from './versionForDriver.ts';

/**
 * Shows the version of the "most likely fix" block for `driver` (from `?driver=` or a driver tab), else
 * the general one, which comes first: versions share one grid cell (LikelyFix.astro), so nothing moves.
 */
export function showLikelyFix(root: ParentNode, driver: string | null): void {
  for (const block of root.querySelectorAll('[data-likely-fix]')) {
    const versions = [...block.querySelectorAll<HTMLElement>('[data-likely-drivers]')];
    const chosen = versionForDriver(versions, 'likelyDrivers', driver);
    for (const version of versions) version.toggleAttribute('data-shown', version === chosen);
  }
}

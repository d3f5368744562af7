/**
 * Of the versions of one block, the one meant for `driver` (its data attribute `key` lists the drivers,
 * space-separated), else the first: the general one, which is also what the page shows without script.
 */
export function versionForDriver<T extends HTMLElement>(versions: T[], key: string, driver: string | null): T | undefined {
  return versions.find((version) => driver && version.dataset[key]?.split(' ').includes(driver)) ?? versions[0];
}

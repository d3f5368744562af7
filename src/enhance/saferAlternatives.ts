import { versionForDriver } from './versionForDriver.ts';

/**
 * Shows, in each lowered-security fix's warning, the safer fix meant for `driver` (from `?driver=` or a
 * driver tab) when the scenario has one of its own, else the general one, which comes first and is the
 * one shown without script (FixWarning.astro).
 */
export function showSaferAlternatives(root: ParentNode, driver: string | null): void {
  for (const warning of root.querySelectorAll('[data-safer-choices]')) {
    const choices = [...warning.querySelectorAll<HTMLElement>('[data-safer]')];
    const chosen = versionForDriver(choices, 'saferDrivers', driver);
    for (const choice of choices) choice.hidden = choice !== chosen;
  }
}

/**
 * Site path of a wizard step under a language: `wizard/` + the choice ids, each followed by `/`
 * (`['not-trusted', 'odbc-18']` → `wizard/not-trusted/odbc-18/`). Choice ids are permanent public ids,
 * so this is the one place a step's address is made: pages, links in the browser and redirects.
 */
export const stepPath = (path: readonly string[]) => `wizard/${path.map((segment) => `${encodeURIComponent(segment)}/`).join('')}`;

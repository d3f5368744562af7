import type { BuilderData } from '../connectionStrings/builderData.ts';

const cache = new Map<string, Promise<BuilderData>>();

/** The builder data of the page's language, fetched once (builder and paste check share it). */
export function loadBuilderData(url: string): Promise<BuilderData> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url).then((response) => (response.ok ? (response.json() as Promise<BuilderData>) : Promise.reject(new Error(`${response.status}`))));
    cache.set(url, pending);
  }
  return pending;
}

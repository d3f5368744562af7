// Files a page loads on demand (the search index, the wizard data, the connection-string data) are
// loaded once per page and shared by everything that needs them. One rule for failures: a load that
// fails is forgotten, so the next use tries again (a dropped connection on a train is not permanent).

const loads = new Map<string, Promise<unknown>>();

/** Runs `load` once per `key` and shares its promise; a rejected load is forgotten. */
export function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let pending = loads.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load();
    loads.set(key, pending);
    pending.catch(() => forget(key, pending));
  }
  return pending;
}

/** Forgets the load of `key` (only if it is still `which`, when given), so the next use loads again. */
export function forget(key: string, which?: Promise<unknown>): void {
  if (!which || loads.get(key) === which) loads.delete(key);
}

/** Fetches a file; an HTTP error rejects like a network failure (the one rule every load follows). */
function fetchOk(url: string): Promise<Response> {
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response;
  });
}

/** Fetches and parses a JSON file. */
export const fetchJson = <T>(url: string): Promise<T> => fetchOk(url).then((response) => response.json() as Promise<T>);

/** Fetches a file's bytes (the search index, handed to its worker; generated files in their own encoding). */
export const fetchBytes = (url: string): Promise<ArrayBuffer> => fetchOk(url).then((response) => response.arrayBuffer());

/** Fetches a JSON file once per page; a failure is forgotten. */
export const fetchJsonOnce = <T>(url: string): Promise<T> => once(`json:${url}`, () => fetchJson<T>(url));

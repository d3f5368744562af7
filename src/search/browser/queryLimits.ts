/** The longest query kept in a link (`?q=`): tickets and chats cut longer URLs. */
export const maxUrlQueryChars = 8192;

/** Cuts a query taken from the URL to the limit; says whether it did. */
export function limitUrlQuery(query: string): { query: string; cut: boolean } {
  return query.length > maxUrlQueryChars ? { query: query.slice(0, maxUrlQueryChars), cut: true } : { query, cut: false };
}

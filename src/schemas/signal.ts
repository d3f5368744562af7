import { z } from 'astro/zod';

/**
 * Evidence in a pasted error that points at a scenario. The diagnosis module extracts the same kinds
 * from user text and matches them against these declarations.
 * - `provider`: the SNI provider and error number, written `ssl:31`, `tcp:35`, `ssl:0`, `tcp:0`, `http:0`.
 * - `code`: a numeric code as printed: Winsock `10054`, HRESULT `0x80090325`, SQL error `26014`, event id `36888`, TLS alert `alert:48`.
 * - `phrase`: a case-insensitive phrase that appears verbatim in real messages (`certificate verify failed`).
 * - `context`: a phrase that names circumstances rather than the failure (a driver whose default changed,
 *   `ODBC Driver 18 for SQL Server`). It adds its weight only when another signal of the scenario matched,
 *   so a driver's name alone never makes a scenario the answer.
 */
export const signalSchema = z.object({
  type: z.enum(['provider', 'code', 'phrase', 'context']),
  value: z.string().min(2),
  /** 1 = weak hint, 5 = decisive on its own. */
  weight: z.number().int().min(1).max(5),
});
export type Signal = z.infer<typeof signalSchema>;

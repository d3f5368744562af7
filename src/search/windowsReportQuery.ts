/**
 * Whether a pasted text carries a Windows client report (the output of sqltls-client.ps1): search asks
 * this of every paste, so it is one bounded test in a module of its own, and the report reader loads
 * only for a paste that has one. A NUL after every character is UTF-16LE text read as single bytes.
 */
export const carriesWindowsReport = (text: string): boolean => /"sqltls"\s{0,20}:\s{0,20}"windows-client\//.test(text.slice(0, 2_000_000).replaceAll('\u0000', ''));

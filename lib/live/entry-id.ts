/** An entry id from a URL segment: a whole number that fits the column, or null. */
export function entryIdFromParam(param: string): number | null {
  if (!/^[1-9][0-9]{0,8}$/.test(param)) return null;
  return Number(param);
}

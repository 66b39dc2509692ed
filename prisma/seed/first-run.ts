/** What the first start of a new database needs: demo data and the first admin. */
export async function prepareFirstRun(
  _url: string,
  _options: { log: (line: string) => void; production: boolean },
): Promise<void> {
  // Filled in by the seed (demo meetings) and auth (first admin) work.
}

/** Lower case without accents or curly quotes: how vocabulary entries and text are compared. */
export function fold(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`´]/g, "'")
    .replace(/ı/g, "i")
    .toLowerCase();
}

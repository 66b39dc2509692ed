/** The columns of the leaders' visits files the import tests upload. */
export const VISITS_HEADER = "Date,Leader,Title,Country visited,City,Purpose,Organisation";

/** An upload as the import page's form hands it over. */
export function importUpload(name: string, text: string) {
  const bytes = Buffer.from(text, "utf8");
  return { name, size: bytes.length, bytes: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer };
}

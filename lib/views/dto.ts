/** A saved view as the table's menu shows it. */
export interface SavedViewItem {
  id: string;
  name: string;
  /** The table's query string, without "?". */
  query: string;
  shared: boolean;
  owner: string;
  mine: boolean;
}

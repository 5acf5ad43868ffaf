/** A slice of a longer result; `total` is the real number of matches across all pages. */
export interface Page<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
}

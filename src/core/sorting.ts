// Client-side sorting of table rows already on screen, shared by the staff tables.

/** Which column a table is sorted by, and which way. */
export interface SortState<K extends string = string> {
  key: K;
  direction: 'ascending' | 'descending';
}

/** The next state when a header is activated: a new column sorts ascending, the same column flips. */
export function nextSort<K extends string>(current: SortState<K> | null, key: K): SortState<K> {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}

/** A sorted copy of `rows` by the value `valueOf` gives each for the state's key; ties keep their order. */
export function sortRows<T, K extends string>(rows: readonly T[], state: SortState<K> | null, valueOf: (row: T, key: K) => string | number): T[] {
  if (!state) return [...rows];
  const sign = state.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, state.key) }))
    .sort((a, b) => {
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return order * sign || a.index - b.index;
    })
    .map((entry) => entry.row);
}

// Long lists drawn only near the screen. A list grows by the payer's or the clerk's own "Show
// more", a page at a time; once it holds WINDOWED_FROM_ROWS rows, the blocks of rows far from the
// viewport are swapped for one empty row of their measured height. The page keeps its length and
// its scrollbar, but the document holds a few hundred rows, not thousands. This keeps style and
// layout work flat, and so every click, for a clerk 40 pages into 100,000 payments.
//
// Each block is its own `<tbody>`. A block's height is measured while it is drawn and used for
// its stand-in. What stays drawn:
// - the blocks within a viewport's height above and below the screen (IntersectionObserver);
// - the first and the last block, so Tab into the table and Shift+Tab back from "Show more" land
//   on rows;
// - the block holding focus and its neighbours, so Tab and Shift+Tab walk row to row.
// Screen readers get `aria-rowcount` on the table and `aria-rowindex` on every drawn row.
// Find-in-page sees only the rows that are drawn: that is the one cost of this.
import { html, type ReactiveController, type ReactiveElement } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';

/** From this many rows on, a list draws only its blocks near the screen. */
export const WINDOWED_FROM_ROWS = 200;

/** How many rows a block of a list held as one array holds: a page of the staff lists. */
export const ROWS_PER_BLOCK = 50;

/** How far beyond the screen, above and below, blocks stay drawn: one viewport height each way. */
const DRAWN_MARGIN = '100% 0px';

const BLOCK_ATTRIBUTE = 'data-row-block';

/**
 * Draws a table's rows as blocks, one `<tbody>` each. Each block is skipped (its DOM kept, its
 * templates not evaluated again) while it holds the same rows and `dependsOn(block)` is unchanged.
 * So "Show more" draws only the block it brought, and opening a row redraws only its block. Once
 * the list is long, the blocks far from the screen stand in as empty rows of their height (see the
 * module comment). One table per host element.
 */
export class RowWindowController implements ReactiveController {
  readonly #host: ReactiveElement;
  /** Whether each block was last seen near the screen; a block never seen yet is drawn. */
  readonly #near = new Map<number, boolean>();
  /** Each block's height when it was last drawn: its stand-in's height. */
  readonly #heights = new Map<number, number>();
  /** How many rows each block held when it was last drawn (open details rows included). */
  readonly #rowCounts = new Map<number, number>();
  readonly #observed = new Map<Element, number>();
  #observer: IntersectionObserver | null = null;
  #resizeObserver: ResizeObserver | null = null;
  #focusedBlock: number | null = null;
  #blockCount = 0;
  /** Whether the list is long enough to window (it may still draw every block, all being near). */
  #long = false;
  #windowed = false;
  /** The width the columns were fixed at, while the list is windowed: drawing other rows must not move them. */
  #columnsFixedAt: number | null = null;
  #fixedTable: HTMLTableElement | null = null;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  // On the shadow root: focus moving between two of its elements never reaches the host.
  hostConnected(): void {
    this.#host.renderRoot.addEventListener('focusin', this.#onFocusIn as EventListener);
    this.#host.renderRoot.addEventListener('focusout', this.#onFocusOut as EventListener);
  }

  hostDisconnected(): void {
    this.#host.renderRoot.removeEventListener('focusin', this.#onFocusIn as EventListener);
    this.#host.renderRoot.removeEventListener('focusout', this.#onFocusOut as EventListener);
    this.#observer?.disconnect();
    this.#observer = null;
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    this.#observed.clear();
  }

  /** Whether some blocks stand in as empty rows now. */
  get windowed(): boolean {
    return this.#windowed;
  }

  /**
   * The `<tbody>`s of a list held as pages (as "Show more" brought them), for a table of `columns`
   * columns: each page in blocks of at most {@link ROWS_PER_BLOCK} rows. `renderRow` draws one row
   * (or a row and its details rows). A block for which `keepDrawn` is true is never swapped out: it
   * holds something the user is in the middle of.
   */
  renderPages<Row>(
    pages: ReadonlyArray<readonly Row[]>,
    columns: number,
    keyOf: (row: Row) => string,
    dependsOn: (block: readonly Row[]) => readonly unknown[],
    renderRow: (row: Row) => unknown,
    keepDrawn?: (block: readonly Row[]) => boolean,
  ): unknown[] {
    return this.#renderBlocks(pages.flatMap(inBlocks), columns, keyOf, dependsOn, renderRow, keepDrawn);
  }

  /**
   * {@link renderPages} for a list held as one array (appended to by "Show more", perhaps sorted),
   * in blocks of {@link ROWS_PER_BLOCK}.
   */
  renderRows<Row>(
    rows: readonly Row[],
    columns: number,
    keyOf: (row: Row) => string,
    dependsOn: (block: readonly Row[]) => readonly unknown[],
    renderRow: (row: Row) => unknown,
    keepDrawn?: (block: readonly Row[]) => boolean,
  ): unknown[] {
    return this.#renderBlocks(inBlocks(rows), columns, keyOf, dependsOn, renderRow, keepDrawn);
  }

  /**
   * A block is guarded by its row objects, not its array: a block of the same rows (a new slice
   * each time) is the same block, skipped while `dependsOn(block)` is unchanged too. Inside a block,
   * rows are keyed by `keyOf`, so a reload that brings a new row first moves the old rows' nodes
   * (and the focus in them) rather than writing another row into them.
   */
  #renderBlocks<Row>(
    blocks: ReadonlyArray<readonly Row[]>,
    columns: number,
    keyOf: (row: Row) => string,
    dependsOn: (block: readonly Row[]) => readonly unknown[],
    renderRow: (row: Row) => unknown,
    keepDrawn: (block: readonly Row[]) => boolean = () => false,
  ): unknown[] {
    const rowCount = blocks.reduce((sum, block) => sum + block.length, 0);
    this.#blockCount = blocks.length;
    this.#long = rowCount >= WINDOWED_FROM_ROWS;
    this.#windowed = this.#long && this.#someBlockFar();
    if (!this.#windowed) this.#columnsFixedAt = null;
    return blocks.map((block, index) => {
      if (!this.#drawn(index) && !keepDrawn(block)) {
        return html`<tbody role="presentation" class="row-stand-in" data-row-block=${index} aria-hidden="true">
          <tr role="presentation">
            <td colspan=${columns}></td>
          </tr>
        </tbody>`;
      }
      return html`<tbody role="rowgroup" data-row-block=${index}>
        ${guard([...block, ...dependsOn(block)], () => repeat(block, keyOf, renderRow))}
      </tbody>`;
    });
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot;
    const blocks = Array.from(root.querySelectorAll<HTMLTableSectionElement>(`tbody[${BLOCK_ATTRIBUTE}]`));
    this.#observe(blocks);
    const table = blocks[0]?.closest('table');
    if (!table) return;
    if (this.#long) this.#measure(blocks);
    // Rows are numbered from the header's, and only rows a screen reader can reach count.
    const headerRows = table.tHead?.rows.length ?? 0;
    let rowIndex = headerRows;
    for (const block of blocks) {
      const index = Number(block.getAttribute(BLOCK_ATTRIBUTE));
      if (block.classList.contains('row-stand-in')) {
        this.#sizeStandIn(block, this.#heights.get(index) ?? 0);
        rowIndex += this.#rowCounts.get(index) ?? 0;
        continue;
      }
      let count = 0;
      for (const row of Array.from(block.rows)) {
        if (row.hidden) continue;
        count++;
        if (this.#long) row.setAttribute('aria-rowindex', String(rowIndex + count));
      }
      this.#rowCounts.set(index, count);
      rowIndex += count;
    }
    if (this.#long) {
      table.setAttribute('aria-rowcount', String(rowIndex));
      table.tHead?.rows[0]?.setAttribute('aria-rowindex', '1');
    } else {
      table.removeAttribute('aria-rowcount');
    }
    if (!this.#windowed) this.#unfixColumns(table);
  }

  /**
   * Each drawn block's height, as the distance from its top to the next block's: in a stacked
   * layout the rows' margins lie between the blocks, and a stand-in must cover them too.
   */
  #measure(blocks: readonly HTMLTableSectionElement[]): void {
    const rects = blocks.map((block) => block.getBoundingClientRect());
    rects.forEach((rect, position) => {
      const block = blocks[position];
      if (!block || block.classList.contains('row-stand-in')) return;
      const next = rects[position + 1];
      this.#heights.set(Number(block.getAttribute(BLOCK_ATTRIBUTE)), next ? next.top - rect.top : rect.height);
    });
  }

  /** A stand-in is one empty row exactly as high as its block, whatever the table's own row styles say. */
  #sizeStandIn(block: HTMLTableSectionElement, height: number): void {
    const row = block.rows[0];
    const cell = row?.cells[0];
    if (!row || !cell) return;
    // Through the CSSOM, which a strict style-src allows (a style attribute it would refuse).
    Object.assign(row.style, { margin: '0', padding: '0', border: '0', background: 'none', boxShadow: 'none' });
    Object.assign(cell.style, { height: `${height}px`, minHeight: '0', padding: '0', border: '0' });
  }

  #drawn(index: number): boolean {
    if (!this.#windowed) return true;
    if (index === 0 || index === this.#blockCount - 1) return true;
    if (this.#focusedBlock !== null && Math.abs(index - this.#focusedBlock) <= 1) return true;
    return this.#near.get(index) !== false;
  }

  #someBlockFar(): boolean {
    for (let index = 1; index < this.#blockCount - 1; index++) {
      if (this.#near.get(index) === false) return true;
    }
    return false;
  }

  #observe(blocks: readonly Element[]): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this.#observer ??= new IntersectionObserver((entries) => this.#onIntersection(entries), { rootMargin: DRAWN_MARGIN });
    const current = new Set(blocks);
    for (const [element] of this.#observed) {
      if (!current.has(element)) {
        this.#observer.unobserve(element);
        this.#observed.delete(element);
      }
    }
    for (const element of blocks) {
      const index = Number(element.getAttribute(BLOCK_ATTRIBUTE));
      if (this.#observed.get(element) === index) continue;
      this.#observed.set(element, index);
      this.#observer.observe(element);
    }
    // A list cut back to fewer blocks (a reload) forgets the blocks it no longer has.
    for (const map of [this.#near, this.#heights, this.#rowCounts]) {
      for (const index of map.keys()) if (index >= blocks.length) map.delete(index);
    }
  }

  #onIntersection(entries: readonly IntersectionObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      const index = this.#observed.get(entry.target);
      if (index === undefined) continue;
      if (this.#near.get(index) !== entry.isIntersecting) {
        this.#near.set(index, entry.isIntersecting);
        changed = true;
      }
    }
    if (!changed || !this.#long) return;
    // The columns are fixed at their widths with every row drawn, before any row stands in.
    const table = entries[0]?.target.closest('table');
    if (table && this.#someBlockFar()) this.#fixColumns(table);
    this.#host.requestUpdate();
  }

  readonly #onFocusIn = (event: FocusEvent): void => {
    const block = event
      .composedPath()
      .find((target): target is Element => target instanceof Element && target.hasAttribute(BLOCK_ATTRIBUTE) && this.#observed.has(target));
    const index = block ? Number(block.getAttribute(BLOCK_ATTRIBUTE)) : null;
    if (index === this.#focusedBlock) return;
    this.#focusedBlock = index;
    if (this.#windowed) this.#host.requestUpdate();
  };

  /**
   * Focus gone to another part of the page frees its block. Focus gone nowhere (the window lost
   * it) keeps the block, so that focus comes back to the same row.
   */
  readonly #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || this.#host.renderRoot.contains(next)) return;
    this.#focusedBlock = null;
    if (this.#windowed) this.#host.requestUpdate();
  };

  /**
   * Fixes each column at its width now: in an automatic table layout a column is as wide as its
   * widest drawn cell, so drawing other rows would move every column sideways. A new width of the
   * table's box measures them again.
   */
  #fixColumns(table: HTMLTableElement): void {
    const box = table.parentElement ?? this.#host;
    const width = box.clientWidth;
    if (this.#columnsFixedAt === width) return;
    this.#unfixColumns(table);
    const headers = Array.from(table.tHead?.rows[0]?.cells ?? []);
    const widths = headers.map((cell) => cell.getBoundingClientRect().width);
    // A stacked layout (narrow screens) has no columns to fix.
    if (widths.every((cellWidth) => cellWidth === 0)) return;
    headers.forEach((cell, index) => (cell.style.width = `${widths[index]}px`));
    table.style.tableLayout = 'fixed';
    this.#columnsFixedAt = width;
    this.#fixedTable = table;
    if (typeof ResizeObserver === 'undefined') return;
    this.#resizeObserver ??= new ResizeObserver(() => {
      const fixed = this.#fixedTable;
      if (!fixed?.isConnected || this.#columnsFixedAt === null) return;
      if ((fixed.parentElement ?? this.#host).clientWidth === this.#columnsFixedAt) return;
      this.#fixColumns(fixed);
      // Rows wrap differently at another width: the blocks are measured again as they are drawn.
      this.#host.requestUpdate();
    });
    this.#resizeObserver.disconnect();
    this.#resizeObserver.observe(box);
  }

  #unfixColumns(table: HTMLTableElement): void {
    if (!table.style.tableLayout) return;
    table.style.tableLayout = '';
    for (const cell of Array.from(table.tHead?.rows[0]?.cells ?? [])) cell.style.width = '';
    this.#columnsFixedAt = null;
  }
}

/** `rows` in blocks of {@link ROWS_PER_BLOCK}. */
function inBlocks<Row>(rows: readonly Row[]): Row[][] {
  const blocks: Row[][] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_BLOCK) blocks.push(rows.slice(start, start + ROWS_PER_BLOCK));
  return blocks;
}

// The part of RowWindowController (row-window.ts) that swaps far blocks out, loaded only once a list
// reaches WINDOWED_FROM_ROWS rows: a payer's first page of 24 invoices never needs it, so it stays
// off the first screen. What stays drawn, and why, is in row-window.ts.
import type { ReactiveElement } from 'lit';
import { BLOCK_ATTRIBUTE, WINDOWED_FROM_ROWS } from './row-window.js';

/** How far beyond the screen, above and below, blocks stay drawn: one viewport height each way. */
const DRAWN_MARGIN = '100% 0px';

/** Decides which blocks of one host's table are drawn, and keeps the stand-ins' sizes and the rows' numbers right. */
export class RowWindowing {
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
  /** Which rows each block held at the last render: what was known of a block is dropped when its rows change (a sort, a reload). */
  #signatures: readonly string[] = [];
  /** Blocks whose rows changed, to be observed afresh (the observer reports only changes). */
  readonly #changedBlocks = new Set<number>();
  /** Whether rows carry `aria-rowindex` (the list was long). */
  #numbered = false;
  /** While the page prints, every block is drawn. */
  #printing = false;

  constructor(host: ReactiveElement) {
    this.#host = host;
  }

  // On the shadow root: focus moving between two of its elements never reaches the host.
  connect(): void {
    this.#host.renderRoot.addEventListener('focusin', this.#onFocusIn as EventListener);
    this.#host.renderRoot.addEventListener('focusout', this.#onFocusOut as EventListener);
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
    // Back on the page: the next update observes the blocks again.
    this.#host.requestUpdate();
  }

  disconnect(): void {
    this.#host.renderRoot.removeEventListener('focusin', this.#onFocusIn as EventListener);
    this.#host.renderRoot.removeEventListener('focusout', this.#onFocusOut as EventListener);
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
    this.#observer?.disconnect();
    this.#observer = null;
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    this.#observed.clear();
  }

  /**
   * Called as the host renders the list: `rowCount` rows in blocks whose rows `signatures` name
   * (each block's row keys, joined).
   */
  plan(rowCount: number, signatures: readonly string[]): void {
    signatures.forEach((signature, index) => {
      if (this.#signatures[index] === undefined || this.#signatures[index] === signature) return;
      // Other rows in this block: its height, row count and place are measured again, drawn.
      this.#near.delete(index);
      this.#heights.delete(index);
      this.#rowCounts.delete(index);
      this.#changedBlocks.add(index);
    });
    this.#signatures = signatures;
    this.#blockCount = signatures.length;
    this.#long = rowCount >= WINDOWED_FROM_ROWS;
    this.#windowed = this.#long && this.#someBlockFar();
    if (!this.#windowed) this.#columnsFixedAt = null;
  }

  /** Whether block `index` is drawn (else it stands in as an empty row of its height). */
  drawn(index: number): boolean {
    if (!this.#windowed || this.#printing) return true;
    if (index === 0 || index === this.#blockCount - 1) return true;
    if (this.#focusedBlock !== null && Math.abs(index - this.#focusedBlock) <= 1) return true;
    return this.#near.get(index) !== false;
  }

  /** After the host's update: observe the blocks, number the rows, size the stand-ins. */
  updated(): void {
    if (!this.#host.isConnected) return;
    const root = this.#host.renderRoot;
    const blocks = Array.from(root.querySelectorAll<HTMLTableSectionElement>(`tbody[${BLOCK_ATTRIBUTE}]`));
    this.#observe(blocks);
    const table = blocks[0]?.closest('table');
    if (!table) return;
    if (this.#long) this.#measure(blocks);
    if (this.#fixedTable && !this.#resizeObserver) this.#watchWidth(this.#fixedTable);
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
        else if (this.#numbered) row.removeAttribute('aria-rowindex');
      }
      this.#rowCounts.set(index, count);
      rowIndex += count;
    }
    // A list that was long and is short again (a filter, a reload) loses its numbers.
    if (this.#long) {
      table.setAttribute('aria-rowcount', String(rowIndex));
      table.tHead?.rows[0]?.setAttribute('aria-rowindex', '1');
    } else if (this.#numbered) {
      table.removeAttribute('aria-rowcount');
      table.tHead?.rows[0]?.removeAttribute('aria-rowindex');
    }
    this.#numbered = this.#long;
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
      // A hidden host (a Payment Center tab not shown) has no sizes to learn.
      if (!block || rect.height === 0 || block.classList.contains('row-stand-in')) return;
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

  #someBlockFar(): boolean {
    for (let index = 1; index < this.#blockCount - 1; index++) {
      if (this.#near.get(index) === false) return true;
    }
    return false;
  }

  #observe(blocks: readonly Element[]): void {
    if (typeof IntersectionObserver === 'undefined') return;
    // scrollMargin widens a scrolling ancestor (an app's scrolling main pane) as rootMargin widens the viewport.
    this.#observer ??= new IntersectionObserver((entries) => this.#onIntersection(entries), { rootMargin: DRAWN_MARGIN, scrollMargin: DRAWN_MARGIN } as IntersectionObserverInit);
    const current = new Set(blocks);
    for (const [element] of this.#observed) {
      if (!current.has(element)) {
        this.#observer.unobserve(element);
        this.#observed.delete(element);
      }
    }
    for (const element of blocks) {
      const index = Number(element.getAttribute(BLOCK_ATTRIBUTE));
      if (this.#observed.get(element) === index && !this.#changedBlocks.has(index)) continue;
      this.#observer.unobserve(element);
      this.#observed.set(element, index);
      this.#observer.observe(element);
    }
    this.#changedBlocks.clear();
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

  readonly #onPrint = (event: Event): void => {
    this.#printing = event.type === 'beforeprint';
    // Drawn in the microtask after this listener, before the page is laid out for print.
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
    // A stacked layout (a narrow box: each row a card, the header a bar of sort buttons, or hidden)
    // has no columns to fix; the box is still watched, to fix them once it is wide again.
    if (getComputedStyle(table).display !== 'table') {
      this.#columnsFixedAt = width;
      this.#fixedTable = table;
      this.#watchWidth(table);
      return;
    }
    const headers = Array.from(table.tHead?.rows[0]?.cells ?? []);
    const widths = headers.map((cell) => cell.getBoundingClientRect().width);
    if (widths.every((cellWidth) => cellWidth === 0)) return;
    headers.forEach((cell, index) => (cell.style.width = `${widths[index]}px`));
    table.style.tableLayout = 'fixed';
    this.#columnsFixedAt = width;
    this.#fixedTable = table;
    this.#watchWidth(table);
  }

  /** Fixes the columns again when the table's box gets another width. */
  #watchWidth(table: HTMLTableElement): void {
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
    this.#resizeObserver.observe(table.parentElement ?? this.#host);
  }

  #unfixColumns(table: HTMLTableElement): void {
    this.#columnsFixedAt = null;
    this.#fixedTable = null;
    if (!table.style.tableLayout) return;
    table.style.tableLayout = '';
    for (const cell of Array.from(table.tHead?.rows[0]?.cells ?? [])) cell.style.width = '';
  }
}

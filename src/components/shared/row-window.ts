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
// - the block holding focus and its neighbours, so Tab and Shift+Tab walk row to row;
// - a block the host pins (`keepDrawn`), such as one with a refund being written.
// Columns are fixed at their widths while blocks stand in, so drawing other rows moves nothing
// sideways. Screen readers get `aria-rowcount` on the table and `aria-rowindex` on every drawn
// row. Find-in-page sees only the rows that are drawn: that is the one cost of this.
//
// The swapping (row-window-engine.ts) loads when a list first gets long; until then every block is
// drawn, as it would be anyway.
import { html, type ReactiveController, type ReactiveElement } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { RowWindowing } from './row-window-engine.js';

type RowWindowingModule = { RowWindowing: typeof RowWindowing };

/** From this many rows on, a list draws only its blocks near the screen. */
export const WINDOWED_FROM_ROWS = 200;

/** How many rows a block holds at most: a page of the staff lists. */
export const ROWS_PER_BLOCK = 50;

/** The attribute that numbers each block's `<tbody>`. */
export const BLOCK_ATTRIBUTE = 'data-row-block';

let engine: Promise<RowWindowingModule> | undefined;

/**
 * Draws a table's rows as blocks, one `<tbody>` each. Each block is skipped (its DOM kept, its
 * templates not evaluated again) while it holds the same rows and `dependsOn(block)` is unchanged.
 * So "Show more" draws only the block it brought, and opening a row redraws only its block. Once
 * the list is long, the blocks far from the screen stand in as empty rows of their height (see the
 * module comment). One table per host element.
 */
export class RowWindowController implements ReactiveController {
  readonly #host: ReactiveElement;
  #windowing: RowWindowing | null = null;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#windowing?.connect();
  }

  hostDisconnected(): void {
    this.#windowing?.disconnect();
  }

  hostUpdated(): void {
    this.#windowing?.updated();
  }

  /**
   * The `<tbody>`s of a list held as pages (as "Show more" brought them; a list held as one array,
   * perhaps sorted, is one page), for a table of `columns` columns: each page in blocks of at most
   * {@link ROWS_PER_BLOCK} rows. `renderRow` draws one row (or a row and its details rows). A block
   * for which `keepDrawn` is true is never swapped out: it holds something the user is in the middle
   * of.
   *
   * A block is guarded by its row objects, not its array: a block of the same rows (a new slice
   * each time) is the same block, skipped while `dependsOn(block)` is unchanged too. Inside a block,
   * rows are keyed by `keyOf`, so a reload that brings a new row first moves the old rows' nodes
   * (and the focus in them) rather than writing another row into them.
   */
  renderPages<Row>(
    pages: ReadonlyArray<readonly Row[]>,
    columns: number,
    keyOf: (row: Row) => string,
    dependsOn: (block: readonly Row[]) => readonly unknown[],
    renderRow: (row: Row) => unknown,
    keepDrawn: (block: readonly Row[]) => boolean = () => false,
  ): unknown[] {
    const blocks = pages.flatMap(inBlocks);
    const rowCount = blocks.reduce((sum, block) => sum + block.length, 0);
    if (rowCount >= WINDOWED_FROM_ROWS) this.#startWindowing();
    const windowing = this.#windowing;
    windowing?.plan(
      rowCount,
      blocks.map((block) => block.map(keyOf).join(' ')),
    );
    return blocks.map((block, index) => {
      if (windowing && !windowing.drawn(index) && !keepDrawn(block)) {
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

  #startWindowing(): void {
    if (this.#windowing) return;
    engine ??= import('./row-window-engine.js');
    engine.then(
      ({ RowWindowing }) => {
        if (this.#windowing) return;
        this.#windowing = new RowWindowing(this.#host);
        if (this.#host.isConnected) this.#windowing.connect();
        this.#host.requestUpdate();
      },
      () => {
        // Not loaded (a dropped connection): every row stays drawn, and the next render tries again.
        engine = undefined;
      },
    );
  }
}

/** `rows` in blocks of {@link ROWS_PER_BLOCK}. */
function inBlocks<Row>(rows: readonly Row[]): Row[][] {
  const blocks: Row[][] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_BLOCK) blocks.push(rows.slice(start, start + ROWS_PER_BLOCK));
  return blocks;
}

// "Show more": the next page of a cursor-paged list, appended to what is already on screen.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { describeLoadFailure } from './error-message.js';
import { renderNotice } from './states.js';
import { isSessionAbort } from './session.js';

/** One page of a cursor-paged list, as every SDK list call returns it. */
export interface CursorPage<Item> {
  items: Item[];
  nextCursor: string | null;
}

/** What a list names its rows in the button, the announcement and a failed load. */
export interface LoadMoreWording {
  /** The rows, plural: "payments" gives "Show more payments" and "3 more payments loaded." */
  plural: string;
  /** One row: "1 more payment loaded." */
  singular: string;
  /** What could not be loaded, when it reads better than `plural` ("undeposited payments"). */
  failureSubject?: string;
}

/**
 * Loads the next page of a list whose first page came from the host's load task, at most one
 * request at a time, and keeps the failure to show beside the button. The host's view object is
 * the task's value, so appending to it keeps what is on screen (and selected) and adds the rest.
 */
export class LoadMoreController {
  readonly #host: ReactiveControllerHost;
  readonly #wording: LoadMoreWording;
  readonly #announce: (message: string) => void;
  #loading = false;
  #error: string | null = null;
  /** Which list the pages belong to; a reset starts a new one, and late pages of the old are dropped. */
  #generation = 0;

  /** `announce` receives "N more … loaded." for the host's live region. */
  constructor(host: ReactiveControllerHost, wording: LoadMoreWording, announce: (message: string) => void) {
    this.#host = host;
    this.#wording = wording;
    this.#announce = announce;
  }

  /** Whether a next page is being fetched. */
  get loading(): boolean {
    return this.#loading;
  }

  /**
   * Starts a new list (a fresh first page): forgets the old list's failure, and a page of the old
   * list still on its way is dropped when it arrives rather than added to, or announced for, this one.
   */
  reset(): void {
    this.#generation++;
    if (this.#error === null && !this.#loading) return;
    this.#error = null;
    this.#loading = false;
    this.#host.requestUpdate();
  }

  /**
   * Fetches the page after `view.nextCursor` and hands its rows to `append` (which adds them to
   * the view), then moves the view's cursor on. Does nothing while a page is already on its way.
   */
  async loadNext<Item>(
    view: { nextCursor: string | null },
    fetchPage: (cursor: string) => Promise<CursorPage<Item>>,
    append: (items: Item[]) => void,
  ): Promise<void> {
    const cursor = view.nextCursor;
    if (!cursor || this.#loading) return;
    const generation = this.#generation;
    this.#loading = true;
    this.#error = null;
    this.#host.requestUpdate();
    try {
      const page = await fetchPage(cursor);
      if (generation !== this.#generation) return;
      append(page.items);
      view.nextCursor = page.nextCursor;
      const count = page.items.length;
      this.#announce(`${count} more ${count === 1 ? this.#wording.singular : this.#wording.plural} loaded.`);
    } catch (error) {
      // A page abandoned because the element left the page or the user changed is not a failure.
      if (generation !== this.#generation || isSessionAbort(error)) return;
      this.#error = describeLoadFailure(error, this.#wording.failureSubject ?? this.#wording.plural).message;
    } finally {
      if (generation === this.#generation) {
        this.#loading = false;
        this.#host.requestUpdate();
      }
    }
  }

  /** The failure (if any) and the "Show more …" button, or nothing when the list is complete. */
  render(view: { nextCursor: string | null }, onShowMore: () => void): TemplateResult | typeof nothing {
    if (!view.nextCursor) return nothing;
    const { plural } = this.#wording;
    return html`
      ${this.#error ? renderNotice(this.#error, 'danger') : nothing}
      <button type="button" class="more" data-action="more" ?disabled=${this.#loading} @click=${onShowMore}>
        ${this.#loading ? `Loading more ${plural}…` : `Show more ${plural}`}
      </button>
    `;
  }
}

/** `existing` followed by the `incoming` rows it lacks: a row can move to the next page when the list changes between requests. */
export function appendNew<Row>(existing: readonly Row[], incoming: readonly Row[], keyOf: (row: Row) => string): Row[] {
  const known = new Set(existing.map(keyOf));
  return [...existing, ...incoming.filter((row) => !known.has(keyOf(row)))];
}

/** Which of `page`'s rows are in `ids` (say, expanded), as one string a block of rows can depend on (see `RowWindowController`). */
export function idsIn<Row>(page: readonly Row[], ids: ReadonlySet<string>, keyOf: (row: Row) => string): string {
  if (ids.size === 0) return '';
  return page
    .map(keyOf)
    .filter((id) => ids.has(id))
    .join(' ');
}

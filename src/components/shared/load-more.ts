// "Show more": the next page of a cursor-paged list, appended to what is already on screen.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { describeLoadFailure } from './error-message.js';
import { renderNotice } from './states.js';
import { isSessionAbort } from './session.js';
import { english, type Translate } from '../../core/i18n/translate.js';

/** One page of a cursor-paged list, as every SDK list call returns it. */
export interface CursorPage<Item> {
  items: Item[];
  nextCursor: string | null;
}

/**
 * What a list names its rows in the button, the announcement and a failed load, in English: the
 * lists' nouns (changes, deposits, invoices, payers, payments, users) are written in the reader's
 * language here, each as whole sentences (see {@link moreWords}).
 */
export interface LoadMoreWording {
  /** The rows, plural: "payments" gives "Show more payments" and "3 more payments loaded." */
  plural: string;
  /** One row: "1 more payment loaded." */
  singular: string;
  /** What could not be loaded, when it reads better than `plural` ("undeposited payments"). */
  failureSubject?: string;
}

/** The three things "Show more" says about a list's rows. */
interface MoreWords {
  showMore: string;
  loadingMore: string;
  loaded: (count: number) => string;
}

/** "Show more payments", "Loading more payments…" and "3 more payments loaded." in `t`'s language. */
function moreWords(wording: LoadMoreWording, t: Translate): MoreWords {
  switch (wording.plural) {
    case 'changes':
      return {
        showMore: t('Show more changes'),
        loadingMore: t('Loading more changes…'),
        loaded: (count) => t.plural(count, { one: '{count} more change loaded.', other: '{count} more changes loaded.' }),
      };
    case 'deposits':
      return {
        showMore: t('Show more deposits'),
        loadingMore: t('Loading more deposits…'),
        loaded: (count) => t.plural(count, { one: '{count} more deposit loaded.', other: '{count} more deposits loaded.' }),
      };
    case 'invoices':
      return {
        showMore: t('Show more invoices'),
        loadingMore: t('Loading more invoices…'),
        loaded: (count) => t.plural(count, { one: '{count} more invoice loaded.', other: '{count} more invoices loaded.' }),
      };
    case 'payers':
      return {
        showMore: t('Show more payers'),
        loadingMore: t('Loading more payers…'),
        loaded: (count) => t.plural(count, { one: '{count} more payer loaded.', other: '{count} more payers loaded.' }),
      };
    case 'payments':
      return {
        showMore: t('Show more payments'),
        loadingMore: t('Loading more payments…'),
        loaded: (count) => t.plural(count, { one: '{count} more payment loaded.', other: '{count} more payments loaded.' }),
      };
    case 'users':
      return {
        showMore: t('Show more users'),
        loadingMore: t('Loading more users…'),
        loaded: (count) => t.plural(count, { one: '{count} more user loaded.', other: '{count} more users loaded.' }),
      };
    default: {
      // A list named nowhere above reads English, as it did before there were other languages.
      const { plural, singular } = wording;
      return {
        showMore: `Show more ${plural}`,
        loadingMore: `Loading more ${plural}…`,
        loaded: (count) => `${count} more ${count === 1 ? singular : plural} loaded.`,
      };
    }
  }
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
  /** Why the last page failed, described in words when rendered (in the language then in force). */
  #error: unknown = null;
  /** The words of the last render, for the announcement of a page that arrives afterwards. */
  #t: Translate = english;
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
      this.#announce(moreWords(this.#wording, this.#t).loaded(count));
    } catch (error) {
      // A page abandoned because the element left the page or the user changed is not a failure.
      if (generation !== this.#generation || isSessionAbort(error)) return;
      this.#error = error ?? new Error('The page failed to load.');
    } finally {
      if (generation === this.#generation) {
        this.#loading = false;
        this.#host.requestUpdate();
      }
    }
  }

  /**
   * The failure (if any) and the "Show more …" button, or nothing when the list is complete, in the
   * words of `t` (the element's `this.t`); the next "N more … loaded." is announced in them too.
   */
  render(view: { nextCursor: string | null }, onShowMore: () => void, t: Translate = english): TemplateResult | typeof nothing {
    this.#t = t;
    if (!view.nextCursor) return nothing;
    const words = moreWords(this.#wording, t);
    const failure = this.#error === null ? null : describeLoadFailure(this.#error, this.#wording.failureSubject ?? this.#wording.plural, t).message;
    return html`
      ${failure ? renderNotice(failure, 'danger') : nothing}
      <button type="button" class="more" data-action="more" ?disabled=${this.#loading} @click=${onShowMore}>
        ${this.#loading ? words.loadingMore : words.showMore}
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

import { css, unsafeCSS, type CSSResult } from 'lit';
import { token } from './tokens.js';

// The blocks several widgets draw alike, written once. An element's styles file composes the ones
// it uses with its own rules (`[widgetLayout, tableStyles, css`…`]`; Lit flattens the array), so a
// shared sheet is parsed once and adopted by every shadow root that uses it. Each block keeps the
// class names the templates already use; the functions take the selector where widgets name the
// same box differently.

/**
 * One grid column that may shrink below its content's width (minmax(0, …)), so nothing inside
 * forces a 320px screen to scroll sideways. Declarations, for inside a rule.
 */
export const oneColumn = css`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
`;

/** The focus ring of `hostStyles`, for a rule that must outrank a quieter `:focus` one. Declarations. */
export const focusRing = css`
  outline: ${token('focus-ring-width')} solid ${token('color-focus-ring')};
  outline-offset: 2px;
`;

/** A list without bullets or indent, laid out by its own rule. Declarations. */
export const bareList = css`
  list-style: none;
  margin: 0;
  padding: 0;
`;

/** A widget's frame: a block host, one column, the heading, the loading line. */
export const widgetLayout = css`
  :host {
    display: block;
  }
  .layout {
    ${oneColumn}
    gap: ${token('space-m')};
  }
  h2 {
    margin: 0;
    font-size: ${token('font-size-heading')};
    /* A heading may hold a name ("Invoices for …"): one long word wraps rather than widen the page. */
    overflow-wrap: anywhere;
  }
  .loading {
    padding: ${token('space-m')};
    color: ${token('color-text-muted')};
  }
`;

/**
 * The heading focus is moved to when a flow closes or a step changes (it has tabindex="-1") shows
 * no ring: it is not a control, the move only tells screen readers where the page now starts.
 */
export const quietHeadingFocus = css`
  h2:focus {
    outline: none;
  }
`;

/** A labelled field: the label in bold above its control, hint and error. */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: ${token('space-xs')};
  }
  .field label {
    font-weight: 600;
  }
`;

/** The quieter words around a form control: "(optional)" after its label, a hint under it. */
export const fieldHintStyles = css`
  .optional {
    font-weight: 400;
    color: ${token('color-text-muted')};
  }
  .hint {
    margin: 0;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-small')};
  }
`;

/** Facts as a description list: the term in muted bold, the value free to wrap anywhere. */
export const termStyles = css`
  dt {
    font-weight: 600;
    color: ${token('color-text-muted')};
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

/** Data tables: full width, ruled rows, small muted column headings, amounts aligned as numbers. */
export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: ${token('space-s')} ${token('space-m')};
    text-align: start;
    border-bottom: 1px solid ${token('color-border')};
    vertical-align: top;
  }
  th {
    background: ${token('color-surface-alt')};
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
    font-weight: 600;
  }
  .amount {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
`;

/** Hidden but still read by screen readers, like `.visually-hidden`, for a table head whose cells label themselves. Declarations. */
export const hiddenTableHead = css`
  display: block;
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/** A table row drawn as a card in a narrow container (`@container`), the cells stacked inside it. Declarations. */
export const cardRow = css`
  border: 1px solid ${token('color-border')};
  border-radius: ${token('radius')};
  background: ${token('color-surface')};
  padding: ${token('space-s')} 0;
`;

/** A cell of a {@link cardRow}: its own label on one side, the value on the other. Declarations. */
export const cardCell = css`
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  gap: ${token('space-m')};
  border-bottom: none;
  padding: ${token('space-xs')} ${token('space-m')};
`;

/** The column name a {@link cardCell} shows beside its value; hidden while the table has its head. */
export const cellLabelStyles = css`
  .cell-label {
    display: none;
  }
`;

/** What a {@link cardCell}'s label looks like once it shows. Declarations. */
export const shownCellLabel = css`
  display: inline;
  color: ${token('color-text-muted')};
  font-size: ${token('font-size-small')};
`;

/** A rounded, bordered box with its content in a grid. Declarations. */
const boxed = css`
  display: grid;
  gap: ${token('space-s')};
  margin: 0;
  padding: ${token('space-m')};
  border: 1px solid ${token('color-border')};
  border-radius: ${token('radius')};
`;

/** A boxed surface: a rounded, bordered panel on the surface colour, its content in a grid. */
export function boxStyles(selector: string): CSSResult {
  return css`
    ${unsafeCSS(selector)} {
      ${boxed}
      background: ${token('color-surface')};
    }
  `;
}

/** Lines of words with an amount at the far end (`<list> li`), wrapping under each other when narrow. */
export function lineListStyles(list: string): CSSResult {
  const box = unsafeCSS(list);
  return css`
    ${box} {
      ${bareList}
      display: grid;
      gap: ${token('space-xs')};
    }
    ${box} li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 ${token('space-m')};
    }
  `;
}

/**
 * The terms a payer reviews before money moves (`dl.review`): each term with its value at the end,
 * the total ruled off. Every row is laid out alike: where the box has the room, the term and its
 * value share a line; where it is narrow (a phone, large text), every value goes under its term,
 * still at the end, so the amounts always line up. A `.wide` row (sentences, a list) reads from
 * the start under its term.
 */
export const reviewStyles = css`
  ${boxStyles('dl.review')}
  dl.review {
    /* em: measured in the review's own type, so large text turns to the narrow layout sooner. */
    container: alis-review / inline-size;
  }
  dl.review > div {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0 ${token('space-m')};
  }
  dl.review > div.wide {
    grid-template-columns: minmax(0, 1fr);
  }
  @container alis-review (max-width: 24em) {
    dl.review > div {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  dl.review dt {
    font-weight: 600;
  }
  dl.review dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  dl.review > div.wide dd {
    text-align: start;
  }
  dl.review .total {
    border-top: 1px solid ${token('color-border')};
    padding-top: ${token('space-s')};
    font-size: 1.125em;
  }
`;

/** A boxed group of choices (`fieldset`), with its legend. */
export function choiceGroupStyles(fieldset: string): CSSResult {
  return css`
    ${unsafeCSS(fieldset)} {
      ${boxed}
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0 ${token('space-xs')};
    }
  `;
}

/**
 * One choice (a radio or checkbox and its words) drawn as a box at least the target size, marked
 * when chosen and greyed when it may not be chosen: `label` is the box, `text` the words beside the input.
 */
export function choiceRowStyles(label: string, text: string): CSSResult {
  const box = unsafeCSS(label);
  return css`
    ${box} {
      display: flex;
      gap: ${token('space-s')};
      align-items: flex-start;
      min-height: ${token('target-size')};
      padding: ${token('space-s')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius-small')};
      cursor: pointer;
    }
    ${box}:has(input:checked) {
      border-color: ${token('color-primary')};
      box-shadow: inset 0 0 0 1px ${token('color-primary')};
    }
    ${box}[data-disabled] {
      cursor: not-allowed;
      background: ${token('color-surface-alt')};
    }
    ${box} input {
      flex: none;
      margin: 0.6rem 0 0;
    }
    ${unsafeCSS(text)} {
      display: flex;
      flex-wrap: wrap;
      gap: 0 ${token('space-s')};
      align-items: baseline;
      padding-block: 0.55rem;
      min-width: 0;
      overflow-wrap: anywhere;
    }
  `;
}

/** The loading line and the "checking…" progress line of a flow, flush with the steps around them. */
export const progressStyles = css`
  .loading,
  .progress {
    margin: 0;
    padding: ${token('space-m')};
    color: ${token('color-text-muted')};
  }
`;

import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { oneColumn } from '../shared/layout.styles.js';

export const addressFieldsStyles = css`
  .same-as-resident {
    align-items: flex-start;
    padding-block: calc((${token('target-size')} - 1.25rem) / 2);
  }
  /* The resident's address can be long; it wraps under the checkbox's text rather than widening the form. */
  .same-as-resident span {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .same-as-resident input {
    margin-block-start: calc((1lh - 1.25rem) / 2);
  }
  /* City, state and ZIP share a line only when the form is wide enough for all three to stay legible. */
  .region {
    ${oneColumn}
    gap: ${token('space-m')};
  }
  @container (min-width: 22rem) {
    .region {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .region .city {
      grid-column: 1 / -1;
    }
  }
  @container (min-width: 36rem) {
    .region {
      grid-template-columns: minmax(0, 2fr) minmax(0, 1.5fr) minmax(0, 1fr);
    }
    .region .city {
      grid-column: auto;
    }
  }
`;

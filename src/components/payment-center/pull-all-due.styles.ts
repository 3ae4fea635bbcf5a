import { css } from 'lit';
import { token } from '../shared/tokens.js';

/** The progress list of "Pull all due": one line per payer, its amount and status. */
export const pullAllDueStyles = css`
  .pull-all-rows {
    display: grid;
    gap: ${token('space-xs')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .pull-all-rows li {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-xs')} ${token('space-m')};
    align-items: baseline;
    padding: ${token('space-s')} ${token('space-m')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
    min-width: 0;
  }
  .pull-all-rows .name {
    font-weight: 600;
  }
  .pull-all-rows .amount {
    font-variant-numeric: tabular-nums;
  }
  .pull-all-rows .status {
    flex-basis: 100%;
    overflow-wrap: anywhere;
  }
  .status[data-tone='success'] {
    color: ${token('color-success')};
    font-weight: 600;
  }
  .status[data-tone='danger'] {
    color: ${token('color-danger')};
    font-weight: 600;
  }
  .status[data-tone='muted'] {
    color: ${token('color-text-muted')};
  }
  .summary {
    font-weight: 600;
  }
`;

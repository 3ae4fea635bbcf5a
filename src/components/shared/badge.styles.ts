import { css } from 'lit';
import { token } from './tokens.js';

/**
 * The status pill (`<span class="badge" data-status=…>`) of invoices, payments and portal users,
 * one colour per meaning wherever it appears: settled, in progress, needs a look, gone wrong.
 * The words inside always say the status too; colour is never the only signal.
 */
export const statusBadgeStyles = css`
  .badge {
    display: inline-block;
    padding: 0 ${token('space-s')};
    border-radius: 999px;
    font-size: ${token('font-size-small')};
    font-weight: 600;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  /* A status of several phrases (renderPhrases) may break between them, never inside one. */
  .badge:has(> .nowrap) {
    white-space: normal;
  }
  .badge[data-status='paid'],
  .badge[data-status='succeeded'],
  .badge[data-status='active'] {
    color: ${token('color-success')};
    background: ${token('color-success-surface')};
  }
  .badge[data-status='open'],
  .badge[data-status='pending'],
  .badge[data-status='invited'] {
    color: ${token('color-primary')};
    background: ${token('color-info-surface')};
  }
  .badge[data-status='partially_paid'],
  .badge[data-status='credit'],
  .badge[data-status='refunded'],
  .badge[data-status='partially_refunded'],
  .badge[data-status='voided'],
  .badge[data-status='expired'] {
    color: ${token('color-warning')};
    background: ${token('color-warning-surface')};
  }
  .badge[data-status='overdue'],
  .badge[data-status='failed'],
  .badge[data-status='returned'],
  .badge[data-status='revoked'] {
    color: ${token('color-danger')};
    background: ${token('color-danger-surface')};
  }
`;

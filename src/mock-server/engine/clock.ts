import { EngineError } from './errors.js';

/** Where the engine reads the time from; the mock never calls `new Date()` itself, so runs repeat. */
export interface Clock {
  now(): Date;
}

/** The mock's default start time: the day the December statements are issued. */
export const DEFAULT_NOW = '2026-11-25T15:00:00.000Z';

/** How to move a {@link ManualClock}; the fields mirror the body of `POST /__mock/clock`. */
export interface ClockChange {
  /** Move to this time first; it must not be earlier than now. */
  setTo?: Date | string;
  advanceDays?: number;
  advanceMinutes?: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * A clock that only moves when told to (`/__mock/clock`), never backwards, so that tests, stories
 * and the demo see the same "today" until they advance it.
 */
export class ManualClock implements Clock {
  #ms: number;

  constructor(start: Date | string = DEFAULT_NOW) {
    this.#ms = parseInstant(start, 'now');
  }

  now(): Date {
    return new Date(this.#ms);
  }

  /** Applies `setTo` (if any) and then the advances; returns the new time. */
  change(change: ClockChange): Date {
    let next = this.#ms;
    if (change.setTo !== undefined) {
      const target = parseInstant(change.setTo, 'setTo');
      if (target < next) {
        throw EngineError.validation(
          { setTo: 'The clock never moves backwards; reset the mock backend to go back in time.' },
          'The clock never moves backwards.',
        );
      }
      next = target;
    }
    next += nonNegativeInteger(change.advanceDays ?? 0, 'advanceDays') * DAY_MS;
    next += nonNegativeInteger(change.advanceMinutes ?? 0, 'advanceMinutes') * MINUTE_MS;
    this.#ms = next;
    return this.now();
  }

  /** Puts the clock anywhere, backwards included; only `reset` uses this. */
  reset(to: Date | string): void {
    this.#ms = parseInstant(to, 'now');
  }
}

/** Parses a `Date` or an ISO date-time, refusing anything that is not one. */
export function parseInstant(value: Date | string, field: string): number {
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(ms)) throw EngineError.validation({ [field]: 'Must be an ISO 8601 date-time.' });
  return ms;
}

function nonNegativeInteger(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0) {
    throw EngineError.validation({ [field]: 'Must be a whole number, zero or more.' });
  }
  return value;
}

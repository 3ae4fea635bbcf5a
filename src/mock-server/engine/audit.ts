// The audit log: one entry for every accepted request that changed something, saying who, when,
// what it concerned, and each field before and after. Entries are appended inside the same
// `backend.mutate` as the change itself, so a refused request leaves neither the change nor an
// entry, and an idempotent replay (which changes nothing) adds none either.
import { STAFF_ONLY_MESSAGE } from './auth.js';
import { EngineError } from './errors.js';
import { paginate, sortBy, type PageQuery, type SortOrder } from './pagination.js';
import { actorView } from './views.js';
import type {
  ActorRecord,
  AuditChangeRecord,
  AuditLogAction,
  AuditLogRecord,
  AuditSubjectType,
  BillingState,
  JsonValue,
  UserRecord,
} from './state.js';
import type { components } from '../../contract/types.js';

type Schemas = components['schemas'];
/** An audit-log entry as the contract's `AuditLogEntry`. */
export type AuditLogEntry = Schemas['AuditLogEntry'];
/** A page of entries. */
export type AuditLogPage = Schemas['AuditLogPage'];

/** A record an entry concerns, e.g. `{ type: 'invoice', id: 'inv-…' }`. */
export type AuditSubject = AuditLogRecord['subjects'][number];

/** What a change records; `changes` with nothing in it means nothing changed, and nothing is logged. */
export interface AuditInput {
  action: AuditLogAction;
  summary: string;
  subjects: AuditSubject[];
  changes: AuditChangeRecord[];
}

/** The subject id of the community's settings, which are one record. */
export const SETTINGS_SUBJECT_ID = 'community';

/** Every kind of record the audit log names. */
export const AUDIT_SUBJECT_TYPES: readonly AuditSubjectType[] = ['invoice', 'payer', 'payment', 'deposit', 'payment_method', 'user', 'invitation', 'profile', 'settings'];

/** Who did it, as recorded: the signed-in user. */
export function actorOfUser(user: UserRecord): ActorRecord {
  return { userId: user.id, name: user.displayName, role: user.role };
}

/**
 * The fields of `after` whose value differs from `before` (compared as JSON), each with both
 * values. Fields only in one of them count as changed from or to null.
 */
export function changedFields(before: Readonly<Record<string, JsonValue>>, after: Readonly<Record<string, JsonValue>>): AuditChangeRecord[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: AuditChangeRecord[] = [];
  for (const field of names) {
    const was = before[field] ?? null;
    const is = after[field] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(is)) changes.push({ field, before: was, after: is });
  }
  return changes;
}

/** Every field of a record that came into being (before: null). */
export function createdFields(after: Readonly<Record<string, JsonValue>>): AuditChangeRecord[] {
  return changedFields({}, after);
}

/**
 * Appends an entry for `input` on the draft `state`, unless nothing changed. Subjects are
 * de-duplicated, in the order given.
 */
export function recordAudit(state: BillingState, now: Date, actor: ActorRecord, input: AuditInput): void {
  if (input.changes.length === 0) return;
  state.sequences.audit += 1;
  const seen = new Set<string>();
  const subjects = input.subjects.filter((subject) => {
    const key = `${subject.type}:${subject.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  state.auditLog.push(
    deepFreeze({
      id: `aud-${String(state.sequences.audit).padStart(6, '0')}`,
      at: now.toISOString(),
      actor: { ...actor },
      action: input.action,
      summary: input.summary,
      subjects,
      changes: structuredClone(input.changes),
    }),
  );
}

/**
 * Freezes a value and everything in it. Entries of append-only logs are frozen when written, so the
 * store can share them between its copies (see `MockBackend.mutate`) and nothing can rewrite them.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

/** Filters of `GET /staff/audit-log`. */
export interface AuditLogQuery extends PageQuery {
  subjectType?: AuditSubjectType;
  subjectId?: string;
}

/** Newest first; the id (a counter) breaks ties within one instant. */
const NEWEST_FIRST: SortOrder<AuditLogRecord> = {
  keyOf: (entry) => [entry.at, entry.id],
  directions: ['desc', 'desc'],
};

/**
 * `GET /staff/audit-log`: newest first, optionally one subject's trail. Any member of the billing
 * team may read it (whatever part of the office they work in), payers never.
 */
export function listAuditLog(state: BillingState, user: UserRecord, query: AuditLogQuery = {}): AuditLogPage {
  if (user.role !== 'staff') throw new EngineError('forbidden', STAFF_ONLY_MESSAGE);
  if ((query.subjectType === undefined) !== (query.subjectId === undefined)) {
    const field = query.subjectType === undefined ? 'subjectType' : 'subjectId';
    throw EngineError.validation({ [field]: 'Give subjectType and subjectId together.' });
  }
  if (query.subjectType !== undefined && !AUDIT_SUBJECT_TYPES.includes(query.subjectType)) {
    throw EngineError.validation({ subjectType: `Must be one of: ${AUDIT_SUBJECT_TYPES.join(', ')}.` });
  }
  const matching =
    query.subjectType === undefined
      ? state.auditLog
      : state.auditLog.filter((entry) => entry.subjects.some((s) => s.type === query.subjectType && s.id === query.subjectId));
  const page = paginate(sortBy(matching, NEWEST_FIRST), NEWEST_FIRST, query);
  return { items: page.items.map(auditEntryView), nextCursor: page.nextCursor };
}

/** An entry as the contract's `AuditLogEntry`. */
export function auditEntryView(entry: AuditLogRecord): AuditLogEntry {
  return {
    id: entry.id,
    at: entry.at,
    actor: actorView(entry.actor),
    action: entry.action,
    summary: entry.summary,
    subjects: entry.subjects.map((s) => ({ ...s })),
    changes: entry.changes.map((c) => ({ field: c.field, before: structuredClone(c.before), after: structuredClone(c.after) })),
  };
}

/**
 * The SQL both engines share for the status of a commitment or request: the value a list
 * shows, and for a status filter a condition the planner reads as a (anti-)semi-join on
 * the links' or requests' index, not as a computed value it cannot estimate (PostgreSQL
 * then joined every commitment with every paper).
 *
 * @module
 */
import type { CommitmentStatus, RequestStatus } from './types.ts';

/** A link fulfils commitment `c`. */
const FULFILLED = `EXISTS (SELECT 1 FROM fulfilments f
  WHERE f.commitment_doc = c.doc AND f.commitment_position = c.position)`;

/**
 * The status of commitment `c` on the day `today` (the engine's placeholder): fulfilled
 * when a link exists, else overdue when its deadline is before that day, else open; and
 * the condition of each status.
 */
export function commitmentStatusSql(today: string): { status: string; is: Record<CommitmentStatus, string> } {
  return {
    status: `CASE WHEN ${FULFILLED} THEN 'fulfilled' WHEN c.deadline < ${today} THEN 'overdue' ELSE 'open' END`,
    is: {
      fulfilled: FULFILLED,
      overdue: `NOT ${FULFILLED} AND c.deadline < ${today}`,
      open: `NOT ${FULFILLED} AND (c.deadline IS NULL OR c.deadline >= ${today})`,
    },
  };
}

/** Whether request `r` of paper `d` is a motion's own: answered by the papers that carry the motion out. */
export const MOTION = `(r.kind = 'motion' AND d.type = 'motie')`;

/** A paper not older than motion `d` (when both are dated) carries it out: its own motion request refers to it. */
const CARRIED_OUT = `EXISTS (SELECT 1 FROM requests q JOIN documents qd ON qd.doc = q.doc
  WHERE q.reference = d.id AND q.kind = 'motion' AND q.doc <> d.doc
    AND (qd.date IS NULL OR d.date IS NULL OR qd.date >= d.date))`;

/** The status of request `r` of paper `d`, and the condition of each status. */
export const REQUEST_STATUS: { status: string; is: Record<RequestStatus, string> } = {
  status: `CASE WHEN ${MOTION} AND NOT ${CARRIED_OUT} THEN 'open' ELSE 'answered' END`,
  is: { open: `${MOTION} AND NOT ${CARRIED_OUT}`, answered: `(NOT ${MOTION} OR ${CARRIED_OUT})` },
};

/** The condition of a status filter: none given, the status's own, or (a status that is none) nothing. */
export function statusCondition<S extends string>(is: Record<S, string>, status: string | null): string {
  if (status === null) return '1 = 1';
  return Object.hasOwn(is, status) ? is[status as S] : '1 = 0';
}

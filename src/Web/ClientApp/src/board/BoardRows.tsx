import type { LeaderboardRow } from '../shared/types';
import { AssessedRows } from './AssessedRows';
import { RankedRows } from './RankedRows';

/** An event's rows: ranked for a contest, pass or fail for a skill-level assessment (its rows carry the results). */
export function BoardRows(props: { rows: LeaderboardRow[]; limit?: number; compact?: boolean }) {
  return props.rows.some((r) => r.assessment) ? <AssessedRows {...props} /> : <RankedRows {...props} />;
}

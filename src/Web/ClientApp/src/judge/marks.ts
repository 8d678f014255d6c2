import type { JudgeSheetView } from '../shared/types';
import type { OutboxEntry, OutboxStatus } from './outbox';

export interface ShownMark {
  value: number | null;
  status: OutboxStatus | 'server' | null;
  error?: string;
  /** The refusal's problem code, so the reason is said in the tablet's language. */
  errorCode?: string;
}

/**
 * What the tablet shows for one aspect: its own latest entry if it has one (saved, synced or rejected), otherwise
 * what the server holds. A rejected entry shows its reason next to the last accepted value.
 */
export function shownMark(entries: OutboxEntry[], sheet: JudgeSheetView | undefined, competitorId: string, aspectId: string): ShownMark {
  const server = sheet?.marks.find((m) => m.aspectId === aspectId)?.value ?? null;
  const local = entries.filter((e) => e.kind === 'mark' && e.competitorId === competitorId && e.aspectId === aspectId).at(-1);
  if (!local) {
    return { value: server, status: server === null ? null : 'server' };
  }
  if (local.status === 'rejected') {
    const accepted = entries.filter((e) => e.kind === 'mark' && e.competitorId === competitorId && e.aspectId === aspectId && e.status !== 'rejected').at(-1);
    return { value: accepted?.value ?? server, status: 'rejected', error: local.error, errorCode: local.errorCode };
  }
  return { value: local.value ?? null, status: local.status };
}

/** Mirrors the server's rule (AspectRule.Validate) so a judge sees a bad value at once, not after a round trip. */
export function validate(kind: 'Measurement' | 'Judgement', maxMark: number, step: number, value: number): boolean {
  if (kind === 'Judgement') {
    return [0, 1, 2, 3].includes(value);
  }
  if (!(value >= 0 && value <= maxMark)) {
    return false;
  }
  const steps = value / step;
  return step <= 0 || Math.abs(steps - Math.round(steps)) < 1e-9;
}

import { useEffect, useState } from 'preact/hooks';
import { ApiError, newId, request } from '../shared/api';
import { entryKind, refusal, t } from '../shared/i18n';
import { Modal } from '../shared/Modal';
import { useSignal } from '../shared/signal';
import type { AspectView, LedgerEntryView, ScoresheetView } from '../shared/types';
import { go } from '../shared/route';
import { session } from './session';
import { workload } from './workload';

type Action = { kind: 'remark' | 'resolve' | 'correct'; aspect: AspectView; judgeId?: string };

/** An appeal against this competitor's result; after publication a change names the upheld one it carries out. */
interface UpheldAppeal {
  id: string;
  status: 'Open' | 'Upheld' | 'Dismissed';
  reason: string;
  decision: string | null;
}

/** One competitor's sheet for the chief judge: every judge's marks, alerts, and the chief's actions with their audit trail. */
export function ChiefSheet({ eventCode, competitorId }: { eventCode: string; competitorId: string }) {
  const me = useSignal(session)!;
  const current = useSignal(workload);
  const [sheet, setSheet] = useState<ScoresheetView | null>(null);
  const [ledger, setLedger] = useState<LedgerEntryView[]>([]);
  const [action, setAction] = useState<Action | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [appeals, setAppeals] = useState<UpheldAppeal[]>([]);
  const assignment = current?.events.find((e) => e.assignment.eventCode === eventCode)?.assignment;
  const status = assignment?.status;
  // The chief knows competitors as his workload names them: by code (and station), by name only in open events.
  const competitor = assignment?.competitors.find((c) => c.id === competitorId);
  const titles = new Map(assignment?.criteria.flatMap((c) => c.aspects.map((a) => [a.id, a.title] as const)) ?? []);
  const base = `/api/contests/${me.contestId}/events/${eventCode}/competitors/${competitorId}`;

  async function load() {
    setSheet(await request<ScoresheetView>('GET', `${base}/scoresheet`, me.token));
    setLedger(await request<LedgerEntryView[]>('GET', `${base}/ledger`, me.token));
    if (status === 'Published') {
      setAppeals((await request<UpheldAppeal[]>('GET', `${base}/appeals`, me.token)).filter((a) => a.status === 'Upheld'));
    }
  }

  useEffect(() => {
    void load();
    const timer = window.setInterval(() => void load(), 3000);
    return () => window.clearInterval(timer);
  }, [competitorId, status]);

  async function perform(value: string, text: string, appealId: string | null) {
    if (!action) {
      return;
    }
    setError(null);
    const { kind, aspect, judgeId } = action;
    try {
      if (kind === 'remark') {
        await request('POST', `${base}/remark-requests`, me.token, { entryId: newId(), judgeId, aspectId: aspect.aspectId, note: text });
      } else if (kind === 'resolve') {
        await request('POST', `${base}/dispute-resolutions`, me.token, { entryId: newId(), aspectId: aspect.aspectId, value: Number(value), reason: text, appealId });
      } else {
        await request('POST', `${base}/corrections`, me.token, { entryId: newId(), judgeId, aspectId: aspect.aspectId, value: Number(value), reason: text, appealId });
      }
      setAction(null);
      await load();
    } catch (e) {
      setError(e instanceof ApiError ? refusal(e.problem) : String(e));
    }
  }

  if (!sheet) {
    return <p>{t('loading')}</p>;
  }

  return (
    <section>
      <button class="link" onClick={() => go('chief', eventCode)}>← {t('back')}</button>
      <h2>
        <span data-testid="sheet-competitor">{competitor?.blindCode ?? competitorId}</span>
        {competitor?.name ? ` ${competitor.name}` : ''}
        {competitor?.station != null ? ` · ${t('station')} ${competitor.station}` : ''} · {t('total')}{' '}
        <span data-testid="sheet-total">{sheet.total.toFixed(2)}</span>
      </h2>
      <p data-testid="sheet-completion" class={`completion ${sheet.isComplete ? 'complete' : 'incomplete'}`}>
        {/* An absent competitor's sheet is settled with no marks: it says why rather than "complete". */}
        {sheet.attendance === 'Absent' ? <span class="tag alert">{t('absent')}</span> : sheet.isComplete ? `✓ ${t('sheetComplete')}` : t('sheetIncomplete')}
        {!sheet.isComplete && sheet.aspects.every(aspectComplete) && sheet.theory == null ? ` · ${t('theoryPending')}` : ''}
        {sheet.submittedBy.length > 0 ? ` · ${t('submittedBy')}: ${sheet.submittedBy.join(', ')}` : ''}
      </p>
      <table class="matrix" data-testid="chief-sheet">
        <thead>
          <tr>
            <th>{t('aspect')}</th>
            <th>{t('mark')}</th>
            <th>{t('complete')}</th>
            <th>{t('judge')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {sheet.aspects.map((aspect) => (
            <tr key={aspect.aspectId} data-aspect={aspect.aspectId} class={aspect.spreadAlert || aspect.disputed ? 'alert' : ''}>
              <td>
                <span class="aspect-name" data-testid="aspect-title">
                  {aspect.aspectId} {titles.get(aspect.aspectId) ?? ''}
                </span>
                {aspect.spreadAlert && <span class="tag alert">{t('spread')}</span>}
                {aspect.disputed && <span class="tag alert">{t('disputes')}</span>}
                {aspect.missingJudges.length > 0 && (
                  <span class="tag warn">
                    {t('missing')}: {aspect.missingJudges.join(', ')}
                  </span>
                )}
              </td>
              <td>{aspect.mark ?? '—'}</td>
              <td data-testid="aspect-complete">{aspectComplete(aspect) ? '✓' : ''}</td>
              <td>
                {aspect.judgeMarks.map((m) => (
                  <span class="judge-mark" key={m.judgeId} data-judge={m.judgeId}>
                    {m.judgeId}: {m.value}{' '}
                    {status === 'Scoring' && (
                      <button class="small" data-testid="request-remark" onClick={() => setAction({ kind: 'remark', aspect, judgeId: m.judgeId })}>
                        {t('requestRemark')}
                      </button>
                    )}
                    {status !== 'Setup' && (
                      <button class="small" data-testid="correct" onClick={() => setAction({ kind: 'correct', aspect, judgeId: m.judgeId })}>
                        {t('correct')}
                      </button>
                    )}
                  </span>
                ))}
              </td>
              <td>
                {aspect.disputed && (
                  <button class="small" data-testid="resolve" onClick={() => setAction({ kind: 'resolve', aspect })}>
                    {t('resolve')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {action && (
        <ActionForm action={action} title={titles.get(action.aspect.aspectId) ?? ''} appeals={status === 'Published' && action.kind !== 'remark' ? appeals : null} error={error} onCancel={() => setAction(null)} onSubmit={perform} />
      )}
      <h3>{t('audit')}</h3>
      <table class="audit" data-testid="audit">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('when')}</th>
            <th>{t('what')}</th>
            <th>{t('aspect')}</th>
            <th>{t('judge')}</th>
            <th>{t('previous')}</th>
            <th>{t('value')}</th>
            <th>{t('who')}</th>
            <th>{t('reason')}</th>
          </tr>
        </thead>
        <tbody>
          {ledger.map((entry) => (
            <tr key={entry.entryId} data-kind={entry.kind}>
              <td>{entry.sequence}</td>
              <td>{new Date(entry.recordedAt).toLocaleTimeString()}</td>
              <td>{entryKind(entry.kind)}</td>
              <td>{entry.aspectId}</td>
              <td>{entry.judgeId}</td>
              <td>{entry.previousValue ?? ''}</td>
              <td>{entry.value ?? ''}</td>
              <td>
                {entry.actorId}
                {entry.deviceId ? ` (${entry.deviceId})` : ''}
              </td>
              <td>{entry.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Every expected judge has marked the aspect and it has a mark (no open dispute). */
function aspectComplete(aspect: AspectView): boolean {
  return aspect.mark !== null && aspect.missingJudges.length === 0 && !aspect.disputed;
}

function ActionForm(props: {
  action: Action;
  /** The aspect's title from the scheme, beside its id. */
  title: string;
  /** Upheld appeals to choose from when the results are published; null before publication. */
  appeals: UpheldAppeal[] | null;
  error: string | null;
  onCancel: () => void;
  onSubmit: (value: string, text: string, appealId: string | null) => Promise<void>;
}) {
  const [value, setValue] = useState('');
  const [text, setText] = useState('');
  const [appealId, setAppealId] = useState<string>(props.appeals?.[0]?.id ?? '');
  const needsValue = props.action.kind !== 'remark';
  const heading = props.action.kind === 'remark' ? t('requestRemark') : props.action.kind === 'resolve' ? t('resolve') : t('correct');
  return (
    <Modal label={heading} testId="action-dialog" onClose={props.onCancel}>
    <form
      class="action-form"
      data-testid="action-form"
      onSubmit={(e) => {
        e.preventDefault();
        void props.onSubmit(value, text, props.appeals ? appealId || null : null);
      }}
    >
      <h4>
        {heading} · {props.action.aspect.aspectId} {props.title} {props.action.judgeId ?? ''}
      </h4>
      {needsValue && (
        <label>
          {t('value')}
          <input name="value" inputMode="decimal" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
        </label>
      )}
      {props.appeals && (
        <label>
          {t('upheldAppeal')}
          {props.appeals.length === 0 ? (
            <span class="error" data-testid="no-upheld-appeal">{t('noUpheldAppeal')}</span>
          ) : (
            <select name="appeal" data-testid="appeal" value={appealId} onChange={(e) => setAppealId(e.currentTarget.value)}>
              {props.appeals.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.reason} — {a.decision ?? ''}
                </option>
              ))}
            </select>
          )}
        </label>
      )}
      <label>
        {props.action.kind === 'remark' ? t('note') : t('reason')}
        <input name="reason" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      {props.error && (
        <p class="error" role="alert" data-testid="action-error">
          {props.error}
        </p>
      )}
      <div class="modal-actions">
        <button type="button" data-testid="action-cancel" onClick={props.onCancel}>{t('cancel')}</button>
        <button type="submit" class="primary">{t('save')}</button>
      </div>
    </form>
    </Modal>
  );
}

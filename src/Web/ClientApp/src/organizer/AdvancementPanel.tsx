import { useState } from 'preact/hooks';
import { useConfirm } from '../shared/ConfirmDialog';
import { fill, t } from '../shared/i18n';
import { useAction } from './Busy';
import { api } from './consoleApi';
import type { AdvancementStatus, AdvancementView, EventView } from './consoleTypes';
import { Outcome } from './Outcome';
import { useLoad } from './useLoad';
import { localTime } from '../shared/time';

const advancing: AdvancementStatus[] = ['Advances', 'AdvancesOnTie', 'AdvancesAsReplacement'];


/**
 * The list of who advances into this event from the earlier round: reviewed, announced for public notice (公示),
 * withdrawals recorded, then committed as the roster. After commit, a change in the source results (an upheld appeal)
 * that would change who advances is shown at the top.
 */
export function AdvancementPanel({ contestId, path, view, onChanged }: { contestId: string; path: string; view: EventView; onChanged: () => void }) {
  const list = useLoad(() => api.get<AdvancementView>(`${path}/advancement`), path);
  const action = useAction();
  const confirm = useConfirm();
  const [withdrawing, setWithdrawing] = useState<{ id: string; name: string } | null>(null);
  const [reason, setReason] = useState('');
  const data = list.data;
  const event = view.definition.code;
  const count = data?.rows.filter((r) => advancing.includes(r.status)).length ?? 0;

  const step = async (title: string, message: string, send: () => Promise<unknown>, done: string) => {
    if (!(await confirm.ask({ title: `${title}?`, message, confirmLabel: title, cancelLabel: t('cancel') }))) return;
    await action.run(async () => {
      await send();
      list.reload();
      onChanged();
      return done;
    });
  };

  const withdraw = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      await api.post(`${path}/advancement/withdrawals`, { competitorId: withdrawing!.id, reason });
      setWithdrawing(null);
      setReason('');
      list.reload();
      return t('withdrawalRecorded');
    });
  };

  if (list.error && !data) return <p class="error">{list.error}</p>;
  if (!data) return null;
  const open = data.stage !== 'Committed';
  return (
    <section class="panel" data-testid="advancement">
      {(data.nowAdvancing.length > 0 || data.noLongerAdvancing.length > 0) && (
        <p class="error" role="alert" data-testid="advancement-flag">
          {fill('advancementChanged', { now: data.nowAdvancing.join(t('listSeparator')) || '—', gone: data.noLongerAdvancing.join(t('listSeparator')) || '—' })}
        </p>
      )}
      <div class="toolbar">
        <strong data-testid="advancement-stage">{fill('advancementStage', { stage: t(`stage${data.stage}`) })}</strong>
        <span>{fill('advancementCount', { advancing: count, field: data.rows.length })}</span>
        {data.noticeUntil && <span>{fill('noticeUntil', { time: localTime(data.noticeUntil) })}</span>}
        {data.appealsUntil && <span>{fill('appealsUntil', { time: localTime(data.appealsUntil) })}</span>}
        {data.stage !== 'Draft' && (
          <a href={`/board/?contest=${encodeURIComponent(contestId)}#/advancement/${encodeURIComponent(event)}`} target="_blank" rel="noreferrer">
            {t('publicNoticeLink')}
          </a>
        )}
      </div>
      {data.problem && <p class="muted">{data.problem}</p>}
      <div class="toolbar">
        <button
          disabled={action.busy || !open || data.rows.length === 0}
          onClick={() =>
            void step(
              t('announceAdvancement'),
              fill('announceConsequence', { notice: view.definition.noticeHours, appeal: view.definition.appealHours }),
              () => api.post(`${path}/advancement/announcement`, {}),
              t('announced'),
            )
          }
        >
          {t('announceAdvancement')}
        </button>
        <button
          class="primary"
          disabled={action.busy || data.stage !== 'Announced'}
          onClick={() =>
            void step(t('commitAdvancement'), fill('commitConsequence', { count, event }), () => api.post(`${path}/advancement/commit`, {}), fill('committed', { event }))
          }
        >
          {t('commitAdvancement')}
        </button>
      </div>
      <Outcome {...action} />
      {withdrawing && (
        <form class="toolbar" onSubmit={withdraw} data-testid="withdrawal">
          <label>
            {fill('withdrawCompetitor', { name: withdrawing.name })} <input name="reason" value={reason} onInput={(e) => setReason(e.currentTarget.value)} required placeholder={t('withdrawReason')} />
          </label>
          <button class="primary" type="submit" disabled={action.busy}>
            {t('withdrawPlace')}
          </button>
          <button type="button" onClick={() => setWithdrawing(null)}>
            {t('cancel')}
          </button>
        </form>
      )}
      <table data-testid="advancement-list">
        <thead>
          <tr>
            <th>{t('rank')}</th>
            <th>{t('id')}</th>
            <th>{t('displayName')}</th>
            <th>{t('organisation')}</th>
            <th>{t('delegation')}</th>
            <th>{t('sourceEvent')}</th>
            <th>{t('total')}</th>
            <th>{t('status')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.competitorId} class={advancing.includes(r.status) ? 'advances' : undefined} data-status={r.status}>
              <td>{r.rank}</td>
              <td>{r.competitorId}</td>
              <td>{r.name}</td>
              <td>{r.organisation}</td>
              <td>{r.delegation}</td>
              <td>{r.sourceEvent}</td>
              <td>{r.total.toFixed(2)}</td>
              <td>
                {t(`advStatus${r.status}`)}
                {r.withdrawalReason && <span class="muted"> · {r.withdrawalReason}</span>}
              </td>
              <td>
                {open && r.status !== 'Withdrawn' && r.status !== 'Eliminated' && (
                  <button class="small" onClick={() => setWithdrawing({ id: r.competitorId, name: r.name })}>
                    {t('withdrawPlace')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.resultsHash && (
        <p class="muted">
          {t('resultsHash')} <code>{data.resultsHash}</code>
        </p>
      )}
      {confirm.dialog}
    </section>
  );
}

import { useConfirm } from '../shared/ConfirmDialog';
import { eventStatus, fill, t, type MessageKey } from '../shared/i18n';
import type { EventStatus, LeaderboardView, PublicBoardMode } from '../shared/types';
import { useAction } from './Busy';
import { boardMode } from './boardMode';
import { api } from './consoleApi';
import type { EventView } from './consoleTypes';
import { Outcome } from './Outcome';
import { useLoad } from './useLoad';
import { localTime } from '../shared/time';

const next: Partial<Record<EventStatus, [EventStatus, MessageKey]>> = {
  Setup: ['Scoring', 'startMarking'],
  Scoring: ['Locked', 'lock'],
  Locked: ['Published', 'publish'],
};

/** What moving the event on does, said before it is done: none of these steps can be taken back. */
function consequence(view: EventView, to: EventStatus): string {
  const event = view.definition.code;
  const count = view.competitorCount;
  switch (to) {
    case 'Scoring':
      return fill('startConsequence', { event, count });
    case 'Locked':
      return fill('lockConfirm', { event, sheets: count });
    default:
      return fill('publishConsequence', { event, count, hours: view.definition.noticeHours });
  }
}


const awardLabel = { First: 'first', Second: 'second', Third: 'third', Merit: 'merit' } as const;

export function PublishPanel({ contestId, path, view, onChanged }: { contestId: string; path: string; view: EventView; onChanged: () => void }) {
  const board = useLoad(() => api.get<LeaderboardView>(`${path}/leaderboard`), path, 5000);
  const action = useAction();
  const step = next[view.status];
  const confirm = useConfirm();

  const advance = async () => {
    const confirmed = await confirm.ask({
      title: `${t(step![1])}?`,
      message: consequence(view, step![0]),
      confirmLabel: fill('confirmStep', { step: t(step![1]) }),
      cancelLabel: t('cancel'),
    });
    if (!confirmed) return;
    await action.run(async () => {
      await api.post(`${path}/status`, { status: step![0] });
      onChanged();
      board.reload();
    });
  };

  const setPublic = (mode: PublicBoardMode) =>
    void action.run(async () => {
      await api.post(`${path}/public-board`, { mode });
      board.reload();
    });

  const exports = `${path}/exports`;
  return (
    <section class="panel" data-testid="publish">
      <div class="toolbar">
        <span>
          {t('status')}: <strong class={`status ${view.status}`}>{eventStatus(view.status)}</strong>
        </span>
        {view.publishedAt && board.data?.isFinal && <span data-testid="notice">{t('final')}</span>}
        {view.publishedAt && board.data && !board.data.isFinal && (
          <>
            <span data-testid="notice">
              {view.noticeUntil && new Date(view.noticeUntil) > new Date()
                ? fill('noticeUntil', { time: localTime(view.noticeUntil) })
                : t('noticeOver')}
            </span>
            {view.appealsUntil && (
              <span data-testid="appeal-deadline">
                {fill('appealsUntil', { time: localTime(view.appealsUntil) })}
              </span>
            )}
          </>
        )}
        {step && (
          <button class="primary" data-testid="advance" onClick={() => void advance()} disabled={action.busy}>
            {t(step[1])}
          </button>
        )}
        <span>{t('publicBoard')}</span>
        {(['Live', 'Frozen', 'Hidden'] as PublicBoardMode[]).map((mode) => (
          <button key={mode} class={board.data?.publicBoard === mode ? 'active' : ''} onClick={() => setPublic(mode)}>
            {boardMode(mode)}
          </button>
        ))}
        <a href={`/board/?contest=${contestId}#/event/${view.definition.code}`} target="_blank" rel="noreferrer">
          {t('publicPage')}
        </a>
      </div>
      {confirm.dialog}
      <Outcome {...action} />
      <p>
        {t('exportsLabel')} {t('results')} <a href={`${exports}/results.csv`}>CSV</a> · <a href={`${exports}/results.xlsx`}>XLSX</a> · {t('scoreSheets')}{' '}
        <a href={`${exports}/scoresheets.pdf`}>PDF</a> · {t('certificates')} <a href={`${exports}/certificates.pdf`}>PDF</a> · {t('ledger')}{' '}
        <a href={`${exports}/ledger.csv`}>CSV</a> · {t('judgeStatistics')}{' '}
        <a href={`${exports}/judge-statistics.csv`}>CSV</a> · <a href={`${exports}/judge-statistics.pdf`}>PDF</a>
      </p>
      {view.status === 'Published' && (
        <p>
          {/* The public's own document: what the public board shows, so it is printed from the public address. */}
          {t('resultsNoticeList')}{' '}
          <a href={`/api/public/contests/${contestId}/events/${encodeURIComponent(view.definition.code)}/notice.pdf`} data-testid="notice-pdf">
            PDF
          </a>
        </p>
      )}
      {board.error && <p class="error">{board.error}</p>}
      <table data-testid="leaderboard">
        <thead>
          <tr>
            <th>{t('rank')}</th>
            <th>{t('name')}</th>
            <th>{t('organisation')}</th>
            <th>{t('theory')}</th>
            <th>{t('practical')}</th>
            <th>{t('total')}</th>
            <th>{t('award')}</th>
            <th>{t('missing')}</th>
            <th>{t('disputes')}</th>
          </tr>
        </thead>
        <tbody>
          {board.data?.rows.map((r) => (
            <tr key={r.key}>
              <td>{r.rank}</td>
              <td>
                {r.name} <small class="muted">{r.blindCode ?? r.competitorId}</small>
              </td>
              <td>{r.organisation}</td>
              <td>{r.theory ?? ''}</td>
              <td>{r.practical}</td>
              <td>
                <strong>{r.total}</strong>
              </td>
              <td>{r.award === 'None' ? '' : t(awardLabel[r.award])}</td>
              <td>{r.missingMarks || ''}</td>
              <td class={r.openDisputes ? 'error' : ''}>{r.openDisputes || ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { useConfirm } from '../shared/ConfirmDialog';
import type { EventStatus, LeaderboardView, PublicBoardMode } from '../shared/types';
import { useAction } from './Busy';
import { api } from './consoleApi';
import type { EventView } from './consoleTypes';
import { Outcome } from './Outcome';
import { useLoad } from './useLoad';

const next: Partial<Record<EventStatus, [EventStatus, string]>> = {
  Setup: ['Scoring', '开始评分 Start marking'],
  Scoring: ['Locked', '锁定成绩 Lock'],
  Locked: ['Published', '发布成绩 Publish'],
};

/** What moving the event on does, said before it is done: none of these steps can be taken back. */
function consequence(view: EventView, to: EventStatus): string {
  const code = view.definition.code;
  const count = view.competitorCount;
  switch (to) {
    case 'Scoring':
      return `开始评分 ${code}：${count} 名选手，评分标准随即冻结，裁判开始评分。\nStart marking ${code}: ${count} competitors; the marking scheme is frozen and judges start marking.`;
    case 'Locked':
      return `锁定 ${code}：${count} 份评分表，锁定后不能再评分；此后只能由裁判长填写原因更正。\nLock ${code}: ${count} sheets, no further marks; after this only the chief judge corrects, with a reason.`;
    default:
      return `发布 ${code}：${count} 名选手的成绩与奖项对外公开，公示 ${view.definition.noticeHours} 小时；此后更改须有仲裁组支持的申诉。\nPublish ${code}: results and awards of ${count} competitors go public, with ${view.definition.noticeHours} h of public notice; after this they change only for an upheld appeal.`;
  }
}

const at = (time: string) => new Date(time).toLocaleString();

const awardLabel = { First: '一等奖', Second: '二等奖', Third: '三等奖', Merit: '优胜奖', None: '' } as const;

export function PublishPanel({ contestId, path, view, onChanged }: { contestId: string; path: string; view: EventView; onChanged: () => void }) {
  const board = useLoad(() => api.get<LeaderboardView>(`${path}/leaderboard`), path, 5000);
  const action = useAction();
  const step = next[view.status];
  const confirm = useConfirm();

  const advance = async () => {
    const confirmed = await confirm.ask({
      title: `${step![1]}？`,
      message: consequence(view, step![0]),
      confirmLabel: `确认 Confirm: ${step![1]}`,
      cancelLabel: '取消 Cancel',
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
          状态 Status: <strong class={`status ${view.status}`}>{view.status}</strong>
        </span>
        {view.publishedAt && board.data?.isFinal && <span data-testid="notice">最终成绩 Final</span>}
        {view.publishedAt && board.data && !board.data.isFinal && (
          <>
            <span data-testid="notice">
              {view.noticeUntil && new Date(view.noticeUntil) > new Date()
                ? `公示中，至 ${at(view.noticeUntil)} · Notice period until ${at(view.noticeUntil)}`
                : '公示期已结束 Notice period over'}
            </span>
            {view.appealsUntil && (
              <span data-testid="appeal-deadline">
                申诉截止 {at(view.appealsUntil)} · Appeals until {at(view.appealsUntil)}
              </span>
            )}
          </>
        )}
        {step && (
          <button class="primary" data-testid="advance" onClick={() => void advance()} disabled={action.busy}>
            {step[1]}
          </button>
        )}
        <span>公开看板 Public board:</span>
        {(['Live', 'Frozen', 'Hidden'] as PublicBoardMode[]).map((mode) => (
          <button key={mode} class={board.data?.publicBoard === mode ? 'active' : ''} onClick={() => setPublic(mode)}>
            {{ Live: '实时 Live', Frozen: '冻结 Frozen', Hidden: '隐藏 Hidden' }[mode]}
          </button>
        ))}
        <a href={`/board/?contest=${contestId}#/event/${view.definition.code}`} target="_blank" rel="noreferrer">
          公开页 Public page ↗
        </a>
      </div>
      {confirm.dialog}
      <Outcome {...action} />
      <p>
        导出 Exports: 成绩 <a href={`${exports}/results.csv`}>CSV</a> · <a href={`${exports}/results.xlsx`}>XLSX</a> · 评分表 <a href={`${exports}/scoresheets.pdf`}>PDF</a> · 证书{' '}
        <a href={`${exports}/certificates.pdf`}>PDF</a> · 账本 Ledger <a href={`${exports}/ledger.csv`}>CSV</a> · 裁判评分统计 Judge statistics{' '}
        <a href={`${exports}/judge-statistics.csv`}>CSV</a> · <a href={`${exports}/judge-statistics.pdf`}>PDF</a>
      </p>
      {view.status === 'Published' && (
        <p>
          {/* The public's own document: what the public board shows, so it is printed from the public address. */}
          成绩公示 Results notice（公示名单）:{' '}
          <a href={`/api/public/contests/${contestId}/events/${encodeURIComponent(view.definition.code)}/notice.pdf`} data-testid="notice-pdf">
            PDF
          </a>
        </p>
      )}
      {board.error && <p class="error">{board.error}</p>}
      <table data-testid="leaderboard">
        <thead>
          <tr>
            <th>名次</th>
            <th>选手</th>
            <th>单位</th>
            <th>理论</th>
            <th>实操</th>
            <th>总分</th>
            <th>奖项</th>
            <th>缺评</th>
            <th>争议</th>
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
              <td>{awardLabel[r.award]}</td>
              <td>{r.missingMarks || ''}</td>
              <td class={r.openDisputes ? 'error' : ''}>{r.openDisputes || ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

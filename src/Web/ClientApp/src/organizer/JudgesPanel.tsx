import { useState } from 'preact/hooks';
import { useConfirm } from '../shared/ConfirmDialog';
import { useAction } from './Busy';
import { api } from './consoleApi';
import type { ContestView, EventView, JudgeProfile, SignInCode } from './consoleTypes';
import { ImportPanel } from './ImportPanel';
import { Outcome } from './Outcome';
import { useLoad } from './useLoad';

interface IssuedCode extends SignInCode {
  judge: JudgeProfile;
  /** The events the judge sits on ("E001 车工" or "E001 车工 · 裁判长"): a card handed out alone still says where to go. */
  events: string[];
}

/** What each judge judges, from the events' panels. */
function eventsByJudge(events: EventView[]): Map<string, string[]> {
  const byJudge = new Map<string, string[]>();
  for (const e of events) {
    const label = `${e.definition.code} ${e.definition.name}`;
    const add = (judgeId: string, text: string) => byJudge.set(judgeId, [...(byJudge.get(judgeId) ?? []), text]);
    const panelists = new Set(e.panels.panels.flatMap((p) => p.judgeIds));
    panelists.forEach((id) => add(id, label));
    if (e.panels.chiefJudgeId) add(e.panels.chiefJudgeId, `${label} · 裁判长 Chief`);
  }
  return byJudge;
}

export function JudgesPanel({ contestId }: { contestId: string }) {
  const judges = useLoad(() => api.get<JudgeProfile[]>(`/api/contests/${contestId}/judges`), contestId);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [codes, setCodes] = useState<IssuedCode[]>([]);
  const [contestName, setContestName] = useState('');
  const [form, setForm] = useState({ id: '', name: '', organisation: '' });
  const action = useAction();
  const confirm = useConfirm();
  const base = `/api/contests/${contestId}/judges`;

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };

  const issue = () =>
    void action.run(async () => {
      const chosen = (judges.data ?? []).filter((j) => selected.has(j.id));
      const contest = await api.get<ContestView>(`/api/contests/${contestId}`);
      const events = await Promise.all(contest.eventCodes.map((code) => api.get<EventView>(`/api/contests/${contestId}/events/${encodeURIComponent(code)}`)));
      const judging = eventsByJudge(events);
      const issued: IssuedCode[] = [];
      for (const judge of chosen) {
        issued.push({ ...(await api.post<SignInCode>(`${base}/${encodeURIComponent(judge.id)}/sign-in-codes`)), judge, events: judging.get(judge.id) ?? [] });
      }
      setContestName(contest.definition.name);
      setCodes(issued);
      return `已发放 ${issued.length} 个登录码 · ${issued.length} codes issued`;
    });

  const revoke = async (judge: JudgeProfile) => {
    const confirmed = await confirm.ask({
      title: `注销会话 Revoke sessions: ${judge.name}？`,
      message:
        `注销 ${judge.name}（${judge.id}）的全部登录会话：其平板须用新的登录码重新登录，未上传的评分仍保存在平板上。\n` +
        `Revoke every session of ${judge.name} (${judge.id}): the tablet must sign in again with a new code; marks not yet sent stay on it.`,
      confirmLabel: '确认注销 Revoke',
      cancelLabel: '取消 Cancel',
    });
    if (!confirmed) return;
    await action.run(async () => {
      const result = await api.post<{ revoked: number }>(`${base}/${encodeURIComponent(judge.id)}/sessions/revoke`);
      return `${judge.name}: 已注销 ${result.revoked} 个会话 · ${result.revoked} sessions revoked`;
    });
  };

  const add = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      await api.put(`${base}/${encodeURIComponent(form.id)}`, { name: form.name, organisation: form.organisation });
      judges.reload();
      return `已保存 Saved ${form.id}`;
    });
  };

  return (
    <>
      <section class="panel no-print">
        <h2>
          裁判 Judges <small class="muted">{judges.data?.length ?? 0}</small>
        </h2>
        {judges.error && <p class="error">{judges.error}</p>}
        <div class="toolbar">
          <button onClick={() => setSelected(new Set((judges.data ?? []).map((j) => j.id)))}>全选 All</button>
          <button onClick={() => setSelected(new Set())}>清除 None</button>
          <button class="primary" disabled={selected.size === 0 || action.busy} onClick={issue} data-testid="issue-codes">
            发放登录码 Issue sign-in codes ({selected.size})
          </button>
          {codes.length > 0 && <button onClick={() => window.print()}>打印 Print QR sheet</button>}
        </div>
        {confirm.dialog}
        <Outcome {...action} />
        <table data-testid="judges">
          <thead>
            <tr>
              <th />
              <th>编号 Id</th>
              <th>姓名 Name</th>
              <th>单位 Organisation</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {judges.data?.map((j) => (
              <tr key={j.id}>
                <td>
                  <input type="checkbox" aria-label={j.id} checked={selected.has(j.id)} onChange={() => toggle(j.id)} />
                </td>
                <td>{j.id}</td>
                <td>{j.name}</td>
                <td>{j.organisation}</td>
                <td>
                  <button class="small" data-testid="revoke" onClick={() => void revoke(j)}>
                    注销会话 Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form class="grid-form" onSubmit={add}>
          <label>
            编号 Id <input value={form.id} onInput={(e) => setForm({ ...form, id: e.currentTarget.value })} required />
          </label>
          <label>
            姓名 Name <input value={form.name} onInput={(e) => setForm({ ...form, name: e.currentTarget.value })} required />
          </label>
          <label>
            单位 Organisation <input value={form.organisation} onInput={(e) => setForm({ ...form, organisation: e.currentTarget.value })} required />
          </label>
          <button type="submit">添加 Add judge</button>
        </form>
        <h3>导入裁判 Import judges</h3>
        <p class="muted">列：编号, 姓名, 单位 (id, name, organisation)</p>
        <ImportPanel url={`/api/contests/${contestId}/imports/judges`} testId="import-judges" onImported={judges.reload} />
      </section>
      {codes.length > 0 && (
        <section class="code-sheet" data-testid="code-sheet">
          <h2 class="code-sheet-title" data-testid="code-sheet-contest">
            {contestName} · 裁判登录码 Judges' sign-in codes
          </h2>
          {codes.map((c) => (
            <figure key={c.code} class="code-card">
              <div class="card-contest">{contestName}</div>
              <div class="qr" dangerouslySetInnerHTML={{ __html: c.qrSvg }} />
              <figcaption>
                <strong>{c.judge.name}</strong> ({c.judge.id})
                {c.events.map((e) => (
                  <div key={e} class="card-event" data-testid="card-event">
                    {e}
                  </div>
                ))}
                <br />
                登录码 <code data-testid="sign-in-code">{c.code}</code>
                <br />
                <small>有效至 {new Date(c.expiresAt).toLocaleString()}</small>
              </figcaption>
            </figure>
          ))}
        </section>
      )}
    </>
  );
}

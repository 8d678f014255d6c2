import { useState } from 'preact/hooks';
import { fill, t } from '../shared/i18n';
import { useConfirm } from '../shared/ConfirmDialog';
import { useAction } from './Busy';
import { api } from './consoleApi';
import type { ContestView, EventView, JudgeProfile, SignInCode } from './consoleTypes';
import { ImportPanel } from './ImportPanel';
import { Outcome } from './Outcome';
import { useLoad } from './useLoad';
import { localTime } from '../shared/time';

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
    if (e.panels.chiefJudgeId) add(e.panels.chiefJudgeId, `${label} · ${t('chief')}`);
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
      return fill('codesIssued', { count: issued.length });
    });

  const revoke = async (judge: JudgeProfile) => {
    const confirmed = await confirm.ask({
      title: fill('revokeTitle', { name: judge.name }),
      message: fill('revokeMessage', { name: judge.name, id: judge.id }),
      confirmLabel: t('confirmRevoke'),
      cancelLabel: t('cancel'),
    });
    if (!confirmed) return;
    await action.run(async () => {
      const result = await api.post<{ revoked: number }>(`${base}/${encodeURIComponent(judge.id)}/sessions/revoke`);
      return fill('sessionsRevoked', { name: judge.name, count: result.revoked });
    });
  };

  const add = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      await api.put(`${base}/${encodeURIComponent(form.id)}`, { name: form.name, organisation: form.organisation });
      judges.reload();
      return fill('savedItem', { item: form.id });
    });
  };

  return (
    <>
      <section class="panel no-print">
        <h2>
          {t('tabJudges')} <small class="muted">{judges.data?.length ?? 0}</small>
        </h2>
        {judges.error && <p class="error">{judges.error}</p>}
        <div class="toolbar">
          <button onClick={() => setSelected(new Set((judges.data ?? []).map((j) => j.id)))}>{t('selectAll')}</button>
          <button onClick={() => setSelected(new Set())}>{t('selectNone')}</button>
          <button class="primary" disabled={selected.size === 0 || action.busy} onClick={issue} data-testid="issue-codes">
            {fill('issueCodes', { count: selected.size })}
          </button>
          {codes.length > 0 && <button onClick={() => window.print()}>{t('printCodes')}</button>}
        </div>
        {confirm.dialog}
        <Outcome {...action} />
        <table data-testid="judges">
          <thead>
            <tr>
              <th />
              <th>{t('id')}</th>
              <th>{t('displayName')}</th>
              <th>{t('organisation')}</th>
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
                    {t('revoke')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form class="grid-form" onSubmit={add}>
          <label>
            {t('id')} <input value={form.id} onInput={(e) => setForm({ ...form, id: e.currentTarget.value })} required />
          </label>
          <label>
            {t('displayName')} <input value={form.name} onInput={(e) => setForm({ ...form, name: e.currentTarget.value })} required />
          </label>
          <label>
            {t('organisation')} <input value={form.organisation} onInput={(e) => setForm({ ...form, organisation: e.currentTarget.value })} required />
          </label>
          <button type="submit">{t('addJudge')}</button>
        </form>
        <h3>{t('importJudges')}</h3>
        <p class="muted">{t('importJudgesHint')}</p>
        <ImportPanel url={`/api/contests/${contestId}/imports/judges`} testId="import-judges" onImported={judges.reload} />
      </section>
      {codes.length > 0 && (
        <section class="code-sheet" data-testid="code-sheet">
          <h2 class="code-sheet-title" data-testid="code-sheet-contest">
            {contestName} · {t('judgesCodes')}
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
                {t('signInCode')} <code data-testid="sign-in-code">{c.code}</code>
                <br />
                <small>{fill('validUntil', { time: localTime(c.expiresAt) })}</small>
              </figcaption>
            </figure>
          ))}
        </section>
      )}
    </>
  );
}

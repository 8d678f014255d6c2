import { useState } from 'preact/hooks';
import { fill, t } from '../shared/i18n';
import { useAction } from './Busy';
import { api } from './consoleApi';
import type { CompetitorEntry, EventView, JudgePanel, JudgeProfile, PanelSetup } from './consoleTypes';
import { Outcome } from './Outcome';
import { useLoad } from './useLoad';

export function PanelsEditor({ contestId, path, view, onSaved }: { contestId: string; path: string; view: EventView; onSaved: () => void }) {
  const judges = useLoad(() => api.get<JudgeProfile[]>(`/api/contests/${contestId}/judges`), contestId);
  const roster = useLoad(() => api.get<CompetitorEntry[]>(`${path}/competitors`), path);
  const [setup, setSetup] = useState<PanelSetup>(view.panels ?? { chiefJudgeId: null, panels: [] });
  const [manual, setManual] = useState({ judgeId: '', competitorId: '', reason: '' });
  const action = useAction();
  const all = judges.data ?? [];
  const byId = new Map(all.map((j) => [j.id, j]));

  const setPanel = (i: number, patch: Partial<JudgePanel>) => setSetup({ ...setup, panels: setup.panels.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

  // Same-organisation recusals are computed by the server from these same fields; shown here before saving.
  const onPanels = new Set(setup.panels.flatMap((p) => p.judgeIds));
  const computed = (roster.data ?? []).flatMap((c) =>
    [...onPanels].filter((id) => byId.get(id)?.organisation === c.organisation).map((id) => ({ judgeId: id, competitorId: c.id, reason: fill('sameOrganisation', { organisation: c.organisation }) })),
  );

  const save = () =>
    void action.run(async () => {
      await api.put(`${path}/panels`, setup);
      onSaved();
      return t('saved');
    });

  const addRecusal = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      await api.post(`${path}/recusals`, manual);
      onSaved();
      return t('recusalAdded');
    });
  };

  return (
    <section class="panel" data-testid="panels">
      <label>
        {t('chiefJudge')}
        <select name="chief" value={setup.chiefJudgeId ?? ''} onChange={(e) => setSetup({ ...setup, chiefJudgeId: e.currentTarget.value || null })}>
          <option value="">—</option>
          {all.map((j) => (
            <option key={j.id} value={j.id}>
              {j.id} {j.name}
            </option>
          ))}
        </select>
      </label>
      {setup.panels.map((p, i) => (
        <fieldset key={i} class="judge-panel" data-testid={`panel-${p.id}`}>
          <legend>
            {t('panel')} <input class="id" aria-label={t('panelId')} value={p.id} onInput={(e) => setPanel(i, { id: e.currentTarget.value })} />
            <button type="button" class="small" onClick={() => setSetup({ ...setup, panels: setup.panels.filter((_, j) => j !== i) })}>
              {t('remove')}
            </button>
          </legend>
          <div class="choices">
            <strong>{t('criteria')}</strong>
            {view.scheme.criteria.map((c) => (
              <label key={c.id} class="check">
                <input type="checkbox" checked={p.criterionIds.includes(c.id)} onChange={() => setPanel(i, { criterionIds: toggle(p.criterionIds, c.id) })} /> {c.id} {c.title}
              </label>
            ))}
          </div>
          <div class="choices">
            <strong>{t('panelJudges')}</strong>
            {all.map((j) => (
              <label key={j.id} class="check">
                <input type="checkbox" aria-label={`${p.id} ${j.id}`} checked={p.judgeIds.includes(j.id)} onChange={() => setPanel(i, { judgeIds: toggle(p.judgeIds, j.id) })} /> {j.id} {j.name}{' '}
                <small class="muted">{j.organisation}</small>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div class="toolbar">
        <button type="button" onClick={() => setSetup({ ...setup, panels: [...setup.panels, { id: `P${setup.panels.length + 1}`, judgeIds: [], criterionIds: [], aspectIds: [] }] })}>
          {t('addPanel')}
        </button>
        <button class="primary" onClick={save} disabled={action.busy}>
          {t('savePanels')}
        </button>
      </div>
      <Outcome {...action} />
      <h3>{t('recusals')}</h3>
      <table data-testid="recusals">
        <thead>
          <tr>
            <th>{t('judge')}</th>
            <th>{t('name')}</th>
            <th>{t('reason')}</th>
          </tr>
        </thead>
        <tbody>
          {[...computed, ...view.recusals].map((r) => (
            <tr key={`${r.judgeId}-${r.competitorId}-${r.reason}`}>
              <td>{r.judgeId}</td>
              <td>{r.competitorId}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form class="grid-form" onSubmit={addRecusal}>
        <label>
          {t('judge')}
          <select value={manual.judgeId} onChange={(e) => setManual({ ...manual, judgeId: e.currentTarget.value })} required>
            <option value="">—</option>
            {[...onPanels].map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('name')}
          <select value={manual.competitorId} onChange={(e) => setManual({ ...manual, competitorId: e.currentTarget.value })} required>
            <option value="">—</option>
            {(roster.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.id} {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reason')} <input value={manual.reason} onInput={(e) => setManual({ ...manual, reason: e.currentTarget.value })} required />
        </label>
        <button type="submit">{t('addRecusal')}</button>
      </form>
    </section>
  );
}

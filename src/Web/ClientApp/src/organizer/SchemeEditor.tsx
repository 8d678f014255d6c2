import { useState } from 'preact/hooks';
import { fill, t } from '../shared/i18n';
import { useAction } from './Busy';
import { api } from './consoleApi';
import type { EventView, MarkingScheme, SchemeAspect, SchemeCriterion } from './consoleTypes';
import { Outcome } from './Outcome';

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function newAspect(criterion: SchemeCriterion): SchemeAspect {
  return { id: `${criterion.id}${criterion.aspects.length + 1}`, title: '', kind: 'Judgement', maxMark: 1, step: 0.5, aggregation: 'Mean', spreadThreshold: 1 };
}

/** Rounded like the server rounds marks: two decimals, so the total shown is the total the server will compute. */
const round2 = (n: number) => Math.round(n * 100) / 100;

export function SchemeEditor({ path, view, onSaved }: { path: string; view: EventView; onSaved: () => void }) {
  const [scheme, setScheme] = useState<MarkingScheme>(view.scheme);
  // During marking the scheme changes only as a new version with a reason; after lock not at all.
  const revising = view.status === 'Scoring';
  const locked = view.status !== 'Setup' && !revising;
  const [reason, setReason] = useState('');
  const action = useAction();
  const total = round2(scheme.criteria.reduce((sum, c) => sum + c.aspects.reduce((s, a) => s + (Number(a.maxMark) || 0), 0), 0));

  const setCriterion = (i: number, next: SchemeCriterion) => setScheme({ criteria: scheme.criteria.map((c, j) => (j === i ? next : c)) });
  const setAspect = (i: number, k: number, patch: Partial<SchemeAspect>) =>
    setCriterion(i, { ...scheme.criteria[i], aspects: scheme.criteria[i].aspects.map((a, j) => (j === k ? { ...a, ...patch } : a)) });

  const save = () =>
    void action.run(async () => {
      if (revising) await api.post(`${path}/scheme/revisions`, { scheme, reason });
      else await api.put(`${path}/scheme`, scheme);
      onSaved();
      return fill('schemeSaved', { total });
    });

  const exportJson = () => {
    const blob = new Blob([JSON.stringify(scheme, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${view.definition.code}-scheme.json`;
    link.click();
  };

  const importJson = async (file: File | undefined) => {
    if (!file) return;
    await action.run(async () => {
      const parsed = JSON.parse(await file.text()) as MarkingScheme;
      if (!Array.isArray(parsed.criteria)) throw new Error(t('notAScheme'));
      setScheme(parsed);
      return t('schemeLoaded');
    });
  };

  // The server reads the workbook and lists every bad cell; a clean sheet goes into the editor to review and save.
  const importXlsx = async (file: File | undefined) => {
    if (!file) return;
    await action.run(async () => {
      const report = await api.upload<{ scheme: MarkingScheme; total: number; errors: { row: number; column: string; message: string }[] }>(
        `${path}/scheme.xlsx?commit=false`,
        file,
      );
      if (report.errors.length > 0) throw new Error(report.errors.map((e) => fill('rowProblem', e)).join(' '));
      setScheme(report.scheme);
      return fill('schemeLoadedTotal', { total: report.total });
    });
  };

  return (
    <section class="panel scheme" data-testid="scheme-editor">
      <div class="toolbar">
        <strong data-testid="scheme-total">{fill('schemeTotal', { total })}</strong>
        {locked && <span class="warn">{t('schemeLocked')}</span>}
        {revising && (
          <span class="warn">{fill('schemeRevising', { version: view.schemeVersion + 1 })}</span>
        )}
        <button onClick={exportJson}>{t('exportJson')}</button>
        <a href={`${path}/scheme.xlsx`}>{t('exportXlsx')}</a>
        <label class="file-button">
          {t('importXlsx')} <input type="file" accept=".xlsx" onChange={(e) => importXlsx(e.currentTarget.files?.[0])} disabled={locked} />
        </label>
        <label class="file-button">
          {t('importJson')} <input type="file" accept=".json" onChange={(e) => importJson(e.currentTarget.files?.[0])} disabled={locked} />
        </label>
      </div>
      {scheme.criteria.map((c, i) => (
        <fieldset key={i} class="criterion" disabled={locked}>
          <legend>
            <input class="id" aria-label={t('criterionId')} value={c.id} onInput={(e) => setCriterion(i, { ...c, id: e.currentTarget.value })} />
            <input aria-label={t('criterionTitle')} placeholder={t('criterionTitle')} value={c.title} onInput={(e) => setCriterion(i, { ...c, title: e.currentTarget.value })} />
            <span class="muted">{fill('points', { points: round2(c.aspects.reduce((s, a) => s + (Number(a.maxMark) || 0), 0)) })}</span>
            <button type="button" class="small" onClick={() => setScheme({ criteria: scheme.criteria.filter((_, j) => j !== i) })}>
              {t('remove')}
            </button>
          </legend>
          <table>
            <thead>
              <tr>
                <th>{t('id')}</th>
                <th>{t('aspect')}</th>
                <th>{t('kind')}</th>
                <th>{t('maxMark')}</th>
                <th>{t('step')}</th>
                <th>{t('aggregation')}</th>
                <th>{t('spreadShort')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {c.aspects.map((a, k) => (
                <tr key={k}>
                  <td>
                    <input class="id" aria-label={t('aspectId')} value={a.id} onInput={(e) => setAspect(i, k, { id: e.currentTarget.value })} />
                  </td>
                  <td>
                    <input aria-label={t('aspectTitle')} value={a.title} onInput={(e) => setAspect(i, k, { title: e.currentTarget.value })} />
                  </td>
                  <td>
                    <select aria-label={t('kind')} value={a.kind} onChange={(e) => setAspect(i, k, { kind: e.currentTarget.value as SchemeAspect['kind'] })}>
                      <option value="Measurement">{t('measurement')}</option>
                      <option value="Judgement">{t('judgementRange')}</option>
                    </select>
                  </td>
                  <td>
                    <input aria-label={t('maxMarkLong')} type="number" step="any" min="0" value={a.maxMark} onInput={(e) => setAspect(i, k, { maxMark: Number(e.currentTarget.value) })} />
                  </td>
                  <td>
                    <input type="number" step="any" min="0" aria-label={t('step')} value={a.step} disabled={a.kind !== 'Measurement'} onInput={(e) => setAspect(i, k, { step: Number(e.currentTarget.value) })} />
                  </td>
                  <td>
                    <select aria-label={t('aggregation')} value={a.aggregation} onChange={(e) => setAspect(i, k, { aggregation: e.currentTarget.value as SchemeAspect['aggregation'] })}>
                      <option value="Mean">{t('mean')}</option>
                      <option value="TrimmedMean">{t('trimmedMean')}</option>
                      <option value="Median">{t('median')}</option>
                    </select>
                  </td>
                  <td>
                    <input type="number" step="any" min="0" aria-label={t('spreadThreshold')} value={a.spreadThreshold} onInput={(e) => setAspect(i, k, { spreadThreshold: Number(e.currentTarget.value) })} />
                  </td>
                  <td>
                    <button type="button" class="small" onClick={() => setCriterion(i, { ...c, aspects: c.aspects.filter((_, j) => j !== k) })}>
                      ✕
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" class="small" onClick={() => setCriterion(i, { ...c, aspects: [...c.aspects, newAspect(c)] })}>
            {t('addAspect')}
          </button>
        </fieldset>
      ))}
      <div class="toolbar">
        <button
          type="button"
          disabled={locked}
          onClick={() => {
            const id = letters[scheme.criteria.length] ?? `M${scheme.criteria.length + 1}`;
            const criterion: SchemeCriterion = { id, title: '', aspects: [] };
            setScheme({ criteria: [...scheme.criteria, { ...criterion, aspects: [newAspect(criterion)] }] });
          }}
        >
          {t('addCriterion')}
        </button>
        {revising && <input name="revision-reason" placeholder={t('revisionReason')} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />}
        <button class="primary" disabled={locked || action.busy || (revising && !reason.trim())} onClick={save}>
          {t('saveScheme')}
        </button>
      </div>
      <Outcome {...action} />
    </section>
  );
}

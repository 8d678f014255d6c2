import { useState } from 'preact/hooks';
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
      return `已保存，总分 ${total} · Saved, total ${total}`;
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
      if (!Array.isArray(parsed.criteria)) throw new Error('不是评分标准文件 Not a marking scheme: "criteria" is missing.');
      setScheme(parsed);
      return '已载入，检查后保存 Loaded: check and save';
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
      if (report.errors.length > 0) throw new Error(report.errors.map((e) => `行 ${e.row} ${e.column}: ${e.message}`).join('；'));
      setScheme(report.scheme);
      return `已载入 ${report.total} 分，检查后保存 Loaded (total ${report.total}): check and save`;
    });
  };

  return (
    <section class="panel scheme" data-testid="scheme-editor">
      <div class="toolbar">
        <strong data-testid="scheme-total">总分 Total: {total}</strong>
        {locked && <span class="warn">成绩已锁定，标准不可更改 The event is locked: the scheme is final.</span>}
        {revising && (
          <span class="warn">
            评分进行中：修改将生成第 {view.schemeVersion + 1} 版，须填写原因 Marking has started: saving makes version {view.schemeVersion + 1}, with a reason.
          </span>
        )}
        <button onClick={exportJson}>导出 JSON</button>
        <a href={`${path}/scheme.xlsx`}>导出 XLSX</a>
        <label class="file-button">
          导入 XLSX <input type="file" accept=".xlsx" onChange={(e) => importXlsx(e.currentTarget.files?.[0])} disabled={locked} />
        </label>
        <label class="file-button">
          导入 JSON <input type="file" accept=".json" onChange={(e) => importJson(e.currentTarget.files?.[0])} disabled={locked} />
        </label>
      </div>
      {scheme.criteria.map((c, i) => (
        <fieldset key={i} class="criterion" disabled={locked}>
          <legend>
            <input class="id" aria-label="criterion id" value={c.id} onInput={(e) => setCriterion(i, { ...c, id: e.currentTarget.value })} />
            <input aria-label="criterion title" placeholder="模块名称 Criterion" value={c.title} onInput={(e) => setCriterion(i, { ...c, title: e.currentTarget.value })} />
            <span class="muted">{round2(c.aspects.reduce((s, a) => s + (Number(a.maxMark) || 0), 0))} 分</span>
            <button type="button" class="small" onClick={() => setScheme({ criteria: scheme.criteria.filter((_, j) => j !== i) })}>
              删除 Remove
            </button>
          </legend>
          <table>
            <thead>
              <tr>
                <th>编号</th>
                <th>评分项 Aspect</th>
                <th>类型 Type</th>
                <th>满分 Max</th>
                <th>步长 Step</th>
                <th>汇总 Aggregation</th>
                <th>分差阈值 Spread</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {c.aspects.map((a, k) => (
                <tr key={k}>
                  <td>
                    <input class="id" aria-label="aspect id" value={a.id} onInput={(e) => setAspect(i, k, { id: e.currentTarget.value })} />
                  </td>
                  <td>
                    <input aria-label="aspect title" value={a.title} onInput={(e) => setAspect(i, k, { title: e.currentTarget.value })} />
                  </td>
                  <td>
                    <select aria-label="kind" value={a.kind} onChange={(e) => setAspect(i, k, { kind: e.currentTarget.value as SchemeAspect['kind'] })}>
                      <option value="Measurement">测量 Measurement</option>
                      <option value="Judgement">评价 Judgement (0–3)</option>
                    </select>
                  </td>
                  <td>
                    <input aria-label="max mark" type="number" step="any" min="0" value={a.maxMark} onInput={(e) => setAspect(i, k, { maxMark: Number(e.currentTarget.value) })} />
                  </td>
                  <td>
                    <input type="number" step="any" min="0" value={a.step} disabled={a.kind !== 'Measurement'} onInput={(e) => setAspect(i, k, { step: Number(e.currentTarget.value) })} />
                  </td>
                  <td>
                    <select value={a.aggregation} onChange={(e) => setAspect(i, k, { aggregation: e.currentTarget.value as SchemeAspect['aggregation'] })}>
                      <option value="Mean">平均 Mean</option>
                      <option value="TrimmedMean">去高低 Trimmed</option>
                      <option value="Median">中位 Median</option>
                    </select>
                  </td>
                  <td>
                    <input type="number" step="any" min="0" value={a.spreadThreshold} onInput={(e) => setAspect(i, k, { spreadThreshold: Number(e.currentTarget.value) })} />
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
            + 评分项 Add aspect
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
          + 模块 Add criterion
        </button>
        {revising && <input name="revision-reason" placeholder="修改原因 Reason for the revision" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />}
        <button class="primary" disabled={locked || action.busy || (revising && !reason.trim())} onClick={save}>
          保存评分标准 Save scheme
        </button>
      </div>
      <Outcome {...action} />
    </section>
  );
}

import { useState } from 'preact/hooks';
import { AwardRulesEditor, defaultAwardRules } from './AwardRulesEditor';
import { useAction } from './Busy';
import { SessionsEditor } from './SessionsEditor';
import { api } from './consoleApi';
import type { EventDefinition, EventView, TieBreakKind } from './consoleTypes';
import { Outcome } from './Outcome';


export function EventSettings({ path, view, onSaved }: { path: string; view: EventView; onSaved: () => void }) {
  const [definition, setDefinition] = useState<EventDefinition>(view.definition);
  const awards = { ...defaultAwardRules, ...definition.awards };
  const tieBreaks = definition.tieBreaks ?? [{ kind: 'PracticalScore' as TieBreakKind, criterionId: null }];
  const action = useAction();
  const number = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);

  const save = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      await api.put(path, { ...definition, awards, tieBreaks });
      onSaved();
      return '已保存 Saved';
    });
  };

  return (
    <form class="panel grid-form" onSubmit={save} data-testid="event-settings">
      <label>
        名称 Name <input value={definition.name} onInput={(e) => setDefinition({ ...definition, name: e.currentTarget.value })} required />
      </label>
      <label>
        场地 Venue <input value={definition.venue} onInput={(e) => setDefinition({ ...definition, venue: e.currentTarget.value })} />
      </label>
      <label>
        形式 Format
        <select value={definition.format} onChange={(e) => setDefinition({ ...definition, format: e.currentTarget.value as EventDefinition['format'] })}>
          <option value="Individual">个人 Individual</option>
          <option value="Team">团体 Team</option>
        </select>
      </label>
      <label>
        理论权重 Theory %{' '}
        <input type="number" min="0" max="100" name="theoryPercent" value={definition.theoryPercent} onInput={(e) => setDefinition({ ...definition, theoryPercent: number(e), practicalPercent: 100 - number(e) })} />
      </label>
      <label>
        实操权重 Practical % <input type="number" value={definition.practicalPercent} readOnly />
      </label>
      <label class="check">
        <input type="checkbox" checked={definition.blindMarking} onChange={(e) => setDefinition({ ...definition, blindMarking: e.currentTarget.checked })} /> 盲评（评委只见编号）Blind marking
      </label>
      <label class="check">
        <input type="checkbox" checked={definition.publicNames} onChange={(e) => setDefinition({ ...definition, publicNames: e.currentTarget.checked })} /> 公开姓名 Public names (else codes)
      </label>
      <label>
        申诉时限（小时）Appeal deadline, hours
        <input type="number" min="0" max="720" step="any" name="appealHours" value={definition.appealHours} onInput={(e) => setDefinition({ ...definition, appealHours: number(e) })} />
      </label>
      <SessionsEditor sessions={definition.sessions ?? []} onChange={(sessions) => setDefinition({ ...definition, sessions })} />
      <label>
        公示期（小时）Notice period, hours
        <input type="number" min="0" max="720" step="any" name="noticeHours" value={definition.noticeHours} onInput={(e) => setDefinition({ ...definition, noticeHours: number(e) })} />
      </label>
      <AwardRulesEditor rules={awards} onChange={(rules) => setDefinition({ ...definition, awards: rules })} />
      <fieldset>
        <legend>同分排序 Tie-breaks (in order)</legend>
        {tieBreaks.map((t, i) => (
          <div key={i} class="inline">
            <select
              aria-label={`同分排序 ${i + 1} Tie-break ${i + 1}`}
              value={t.kind}
              onChange={(e) => setDefinition({ ...definition, tieBreaks: tieBreaks.map((x, j) => (j === i ? { kind: e.currentTarget.value as TieBreakKind, criterionId: x.criterionId } : x)) })}
            >
              <option value="PracticalScore">实操分 Practical score</option>
              <option value="CriterionScore">指定模块 Criterion score</option>
              <option value="TimeUsed">用时 Time used</option>
            </select>
            {t.kind === 'CriterionScore' && (
              <select aria-label={`模块 Criterion ${i + 1}`} value={t.criterionId ?? ''} onChange={(e) => setDefinition({ ...definition, tieBreaks: tieBreaks.map((x, j) => (j === i ? { ...x, criterionId: e.currentTarget.value } : x)) })}>
                <option value="">—</option>
                {view.scheme.criteria.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.id} {c.title}
                  </option>
                ))}
              </select>
            )}
            <button type="button" class="small" aria-label={`删除同分排序 ${i + 1} Remove tie-break ${i + 1}`} onClick={() => setDefinition({ ...definition, tieBreaks: tieBreaks.filter((_, j) => j !== i) })}>
              ✕
            </button>
          </div>
        ))}
        <button type="button" class="small" onClick={() => setDefinition({ ...definition, tieBreaks: [...tieBreaks, { kind: 'TimeUsed', criterionId: null }] })}>
          + 添加 Add
        </button>
      </fieldset>
      <button class="primary" type="submit" disabled={action.busy}>
        保存 Save
      </button>
      <Outcome {...action} />
    </form>
  );
}

import { useState } from 'preact/hooks';
import { fill, t } from '../shared/i18n';
import { AdvancementRuleEditor } from './AdvancementRuleEditor';
import { AssessmentEditor } from './AssessmentEditor';
import { AwardRulesEditor, defaultAwardRules } from './AwardRulesEditor';
import { useAction } from './Busy';
import { SessionsEditor } from './SessionsEditor';
import { api } from './consoleApi';
import type { EventDefinition, EventView, TieBreakKind } from './consoleTypes';
import { Outcome } from './Outcome';
import { numberInput } from './numberInput';


export function EventSettings({ path, view, onSaved }: { path: string; view: EventView; onSaved: () => void }) {
  const [definition, setDefinition] = useState<EventDefinition>(view.definition);
  const awards = { ...defaultAwardRules, ...definition.awards };
  const tieBreaks = definition.tieBreaks ?? [{ kind: 'PracticalScore' as TieBreakKind, criterionId: null }];
  const action = useAction();

  const save = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      await api.put(path, { ...definition, awards, tieBreaks });
      onSaved();
      return t('saved');
    });
  };

  return (
    <form class="panel grid-form" onSubmit={save} data-testid="event-settings">
      <label>
        {t('title')} <input value={definition.name} onInput={(e) => setDefinition({ ...definition, name: e.currentTarget.value })} required />
      </label>
      <label>
        {t('venue')} <input value={definition.venue} onInput={(e) => setDefinition({ ...definition, venue: e.currentTarget.value })} />
      </label>
      <label>
        {t('stage')} <input name="stage" value={definition.stage ?? ''} placeholder={t('stageExample')} onInput={(e) => setDefinition({ ...definition, stage: e.currentTarget.value || null })} />
      </label>
      <label>
        {t('format')}
        <select value={definition.format} onChange={(e) => setDefinition({ ...definition, format: e.currentTarget.value as EventDefinition['format'] })}>
          <option value="Individual">{t('individual')}</option>
          <option value="Team">{t('team')}</option>
        </select>
      </label>
      <label>
        {t('theoryPercent')}{' '}
        <input type="number" min="0" max="100" name="theoryPercent" value={definition.theoryPercent} onInput={(e) => setDefinition({ ...definition, theoryPercent: numberInput(e), practicalPercent: 100 - numberInput(e) })} />
      </label>
      <label>
        {t('practicalPercent')} <input type="number" value={definition.practicalPercent} readOnly />
      </label>
      <label class="check">
        <input type="checkbox" checked={definition.blindMarking} onChange={(e) => setDefinition({ ...definition, blindMarking: e.currentTarget.checked })} /> {t('blindMarking')}
      </label>
      <label class="check">
        <input type="checkbox" checked={definition.publicNames} onChange={(e) => setDefinition({ ...definition, publicNames: e.currentTarget.checked })} /> {t('publicNames')}
      </label>
      <label>
        {t('appealHours')}
        <input type="number" min="0" max="720" step="any" name="appealHours" value={definition.appealHours} onInput={(e) => setDefinition({ ...definition, appealHours: numberInput(e) })} />
      </label>
      <SessionsEditor sessions={definition.sessions ?? []} onChange={(sessions) => setDefinition({ ...definition, sessions })} />
      <label>
        {t('noticeHours')}
        <input type="number" min="0" max="720" step="any" name="noticeHours" value={definition.noticeHours} onInput={(e) => setDefinition({ ...definition, noticeHours: numberInput(e) })} />
      </label>
      <AdvancementRuleEditor rule={definition.advancement} onChange={(advancement) => setDefinition({ ...definition, advancement })} />
      <AssessmentEditor assessment={definition.assessment ?? null} onChange={(assessment) => setDefinition({ ...definition, assessment })} />
      {/* An assessment ranks and awards nobody: its award rules and tie-breaks would mean nothing. */}
      {!definition.assessment && (
        <>
          <AwardRulesEditor rules={awards} onChange={(rules) => setDefinition({ ...definition, awards: rules })} />
          <fieldset>
            <legend>{t('tieBreaks')}</legend>
            {tieBreaks.map((tie, i) => (
              <div key={i} class="inline">
                <select
                  aria-label={fill('tieBreak', { n: i + 1 })}
                  value={tie.kind}
                  onChange={(e) => setDefinition({ ...definition, tieBreaks: tieBreaks.map((x, j) => (j === i ? { kind: e.currentTarget.value as TieBreakKind, criterionId: x.criterionId } : x)) })}
                >
                  <option value="PracticalScore">{t('practicalScore')}</option>
                  <option value="CriterionScore">{t('criterionScore')}</option>
                  <option value="TimeUsed">{t('timeUsed')}</option>
                </select>
                {tie.kind === 'CriterionScore' && (
                  <select aria-label={fill('tieCriterion', { n: i + 1 })} value={tie.criterionId ?? ''} onChange={(e) => setDefinition({ ...definition, tieBreaks: tieBreaks.map((x, j) => (j === i ? { ...x, criterionId: e.currentTarget.value } : x)) })}>
                    <option value="">—</option>
                    {view.scheme.criteria.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.id} {c.title}
                      </option>
                    ))}
                  </select>
                )}
                <button type="button" class="small" aria-label={fill('removeTieBreak', { n: i + 1 })} onClick={() => setDefinition({ ...definition, tieBreaks: tieBreaks.filter((_, j) => j !== i) })}>
                  ✕
                </button>
              </div>
            ))}
            <button type="button" class="small" onClick={() => setDefinition({ ...definition, tieBreaks: [...tieBreaks, { kind: 'TimeUsed', criterionId: null }] })}>
              {t('add')}
            </button>
          </fieldset>
        </>
      )}
      <button class="primary" type="submit" disabled={action.busy}>
        {t('save')}
      </button>
      <Outcome {...action} />
    </form>
  );
}

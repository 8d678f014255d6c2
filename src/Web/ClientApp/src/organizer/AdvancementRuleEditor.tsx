import { t } from '../shared/i18n';
import type { AdvancementDefinition, AdvancementKind } from './consoleTypes';
import { numberInput } from './numberInput';

const kinds: AdvancementKind[] = ['TopPlaces', 'TopPlacesPerDelegation', 'ScoreAtLeast', 'ShareOfField'];

/** Where a later round's event draws from and who advances; no sources means the event is not fed by a round. */
export function AdvancementRuleEditor({ rule, onChange }: { rule: AdvancementDefinition | null | undefined; onChange: (rule: AdvancementDefinition | null) => void }) {
  const current: AdvancementDefinition = rule ?? { sources: [], kind: 'TopPlaces', places: 0, minimumScore: 0, percent: 0, rounding: 'HalfUp', ties: 'AllAdvance' };
  const set = (change: Partial<AdvancementDefinition>) => {
    const next = { ...current, ...change };
    onChange(next.sources.length === 0 ? null : next);
  };
  return (
    <fieldset data-testid="advancement-rule">
      <legend>{t('advancementRule')}</legend>
      <label>
        {t('advancementSources')}
        <input
          name="advancementSources"
          value={current.sources.join(t('listSeparator'))}
          onChange={(e) => set({ sources: e.currentTarget.value.split(/[,，、\s]+/).filter(Boolean) })}
        />
      </label>
      {rule && (
        <>
          <label>
            {t('advancementKind')}
            <select name="advancementKind" value={current.kind} onChange={(e) => set({ kind: e.currentTarget.value as AdvancementKind })}>
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kind${kind}`)}
                </option>
              ))}
            </select>
          </label>
          {(current.kind === 'TopPlaces' || current.kind === 'TopPlacesPerDelegation') && (
            <label>
              {t('places')} <input type="number" min="1" name="places" value={current.places} onInput={(e) => set({ places: numberInput(e) })} />
            </label>
          )}
          {current.kind === 'ShareOfField' && (
            <label>
              {t('percent')} <input type="number" min="0" max="100" step="any" name="percent" value={current.percent} onInput={(e) => set({ percent: numberInput(e) })} />
            </label>
          )}
          <label>
            {t('minimumScore')} <input type="number" min="0" step="any" name="minimumScore" value={current.minimumScore} onInput={(e) => set({ minimumScore: numberInput(e) })} />
          </label>
          <label>
            {t('cutTies')}
            <select name="cutTies" value={current.ties} onChange={(e) => set({ ties: e.currentTarget.value as AdvancementDefinition['ties'] })}>
              <option value="AllAdvance">{t('tiesAllAdvance')}</option>
              <option value="BreakByTieBreaks">{t('tiesBreak')}</option>
            </select>
          </label>
        </>
      )}
    </fieldset>
  );
}

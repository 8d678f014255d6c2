import { t, type MessageKey } from '../shared/i18n';
import type { AwardRules } from './consoleTypes';
import { numberInput } from './numberInput';

export const defaultAwardRules: AwardRules = {
  firstPercent: 10,
  secondPercent: 20,
  thirdPercent: 30,
  minimumScore: 60,
  basis: 'ShareOfField',
  rounding: 'HalfUp',
  ties: 'Share',
  firstPlaces: 1,
  secondPlaces: 1,
  thirdPlaces: 1,
  meritUpToPlace: 0,
  meritPercent: 0,
  titles: null,
  promotions: null,
};

const awards = [
  ['First', 'firstOrGold'],
  ['Second', 'secondOrSilver'],
  ['Third', 'thirdOrBronze'],
  ['Merit', 'merit'],
] as const;

/** The award rule set of an event: prizes by share or medals by place, ties, merit awards, titles, promotions. */
export function AwardRulesEditor({ rules, onChange }: { rules: AwardRules; onChange: (rules: AwardRules) => void }) {
  const num = (field: keyof AwardRules) => (e: Event) => onChange({ ...rules, [field]: numberInput(e) });
  const field = (field: keyof AwardRules, label: MessageKey) => (
    <label>
      {t(label)} <input type="number" step="any" min="0" name={field} value={rules[field] as number} onInput={num(field)} />
    </label>
  );
  const titles = rules.titles ?? [];
  const promotions = rules.promotions ?? [];
  return (
    <fieldset data-testid="award-rules">
      <legend>{t('awardRules')}</legend>
      <label>
        {t('basis')}
        <select name="basis" value={rules.basis} onChange={(e) => onChange({ ...rules, basis: e.currentTarget.value as AwardRules['basis'] })}>
          <option value="ShareOfField">{t('shareOfField')}</option>
          <option value="Rank">{t('byPlace')}</option>
        </select>
      </label>
      {rules.basis === 'ShareOfField' ? (
        <>
          {field('firstPercent', 'firstPercent')}
          {field('secondPercent', 'secondPercent')}
          {field('thirdPercent', 'thirdPercent')}
          <label>
            {t('rounding')}
            <select name="rounding" value={rules.rounding} onChange={(e) => onChange({ ...rules, rounding: e.currentTarget.value as AwardRules['rounding'] })}>
              <option value="HalfUp">{t('halfUp')}</option>
              <option value="Down">{t('roundDown')}</option>
              <option value="DownAtLeastOne">{t('downAtLeastOne')}</option>
            </select>
          </label>
        </>
      ) : (
        <>
          {field('firstPlaces', 'goldPlaces')}
          {field('secondPlaces', 'silverPlaces')}
          {field('thirdPlaces', 'bronzePlaces')}
        </>
      )}
      {field('meritUpToPlace', 'meritUpToPlace')}
      {field('meritPercent', 'meritPercent')}
      {field('minimumScore', 'minimumScore')}
      <label>
        {t('ties')}
        <select name="ties" value={rules.ties} onChange={(e) => onChange({ ...rules, ties: e.currentTarget.value as AwardRules['ties'] })}>
          <option value="Share">{t('shareThePrize')}</option>
          <option value="Break">{t('breakTies')}</option>
        </select>
      </label>
      <div class="choices">
        <strong>{t('titles')}</strong>
        {titles.map((title, i) => (
          <span key={i} class="inline">
            {t('upToPlaceBefore')} <input class="id" type="number" aria-label={t('titleUpToPlace')} value={title.upToPlace} onInput={(e) => onChange({ ...rules, titles: titles.map((x, j) => (j === i ? { ...x, upToPlace: Number(e.currentTarget.value) } : x)) })} /> {t('upToPlaceAfter')}
            <input aria-label={t('titleName')} value={title.title} onInput={(e) => onChange({ ...rules, titles: titles.map((x, j) => (j === i ? { ...x, title: e.currentTarget.value } : x)) })} />
            <button type="button" class="small" onClick={() => onChange({ ...rules, titles: titles.filter((_, j) => j !== i) })}>
              ✕
            </button>
          </span>
        ))}
        <button type="button" class="small" onClick={() => onChange({ ...rules, titles: [...titles, { upToPlace: 5, title: t('titleExample') }] })}>
          {t('addTitle')}
        </button>
      </div>
      <div class="choices">
        <strong>{t('promotions')}</strong>
        {promotions.map((p, i) => (
          <span key={i} class="inline">
            <select aria-label={t('promotionAward')} value={p.award} onChange={(e) => onChange({ ...rules, promotions: promotions.map((x, j) => (j === i ? { ...x, award: e.currentTarget.value as typeof p.award } : x)) })}>
              {awards.map(([value, key]) => (
                <option key={value} value={value}>
                  {t(key)}
                </option>
              ))}
            </select>
            →
            <input aria-label={t('promotionLevel')} placeholder={t('oneLevelUp')} value={p.toLevel ?? ''} onInput={(e) => onChange({ ...rules, promotions: promotions.map((x, j) => (j === i ? { ...x, toLevel: e.currentTarget.value || null } : x)) })} />
            <button type="button" class="small" onClick={() => onChange({ ...rules, promotions: promotions.filter((_, j) => j !== i) })}>
              ✕
            </button>
          </span>
        ))}
        <button type="button" class="small" onClick={() => onChange({ ...rules, promotions: [...promotions, { award: 'First', toLevel: t('levelExample') }] })}>
          {t('addPromotion')}
        </button>
      </div>
    </fieldset>
  );
}

import type { AwardRules } from './consoleTypes';

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
  ['First', '一等奖/金'],
  ['Second', '二等奖/银'],
  ['Third', '三等奖/铜'],
  ['Merit', '优胜奖'],
] as const;

/** The award rule set of an event: prizes by share or medals by place, ties, merit awards, titles, promotions. */
export function AwardRulesEditor({ rules, onChange }: { rules: AwardRules; onChange: (rules: AwardRules) => void }) {
  const num = (field: keyof AwardRules) => (e: Event) => onChange({ ...rules, [field]: Number((e.currentTarget as HTMLInputElement).value) });
  const field = (field: keyof AwardRules, label: string) => (
    <label>
      {label} <input type="number" step="any" min="0" name={field} value={rules[field] as number} onInput={num(field)} />
    </label>
  );
  const titles = rules.titles ?? [];
  const promotions = rules.promotions ?? [];
  return (
    <fieldset data-testid="award-rules">
      <legend>奖项规则 Award rules</legend>
      <label>
        方式 Basis
        <select name="basis" value={rules.basis} onChange={(e) => onChange({ ...rules, basis: e.currentTarget.value as AwardRules['basis'] })}>
          <option value="ShareOfField">按比例 Share of the field</option>
          <option value="Rank">按名次 By place (medals)</option>
        </select>
      </label>
      {rules.basis === 'ShareOfField' ? (
        <>
          {field('firstPercent', '一等奖 %')}
          {field('secondPercent', '二等奖 %')}
          {field('thirdPercent', '三等奖 %')}
          <label>
            取整 Rounding
            <select name="rounding" value={rules.rounding} onChange={(e) => onChange({ ...rules, rounding: e.currentTarget.value as AwardRules['rounding'] })}>
              <option value="HalfUp">四舍五入 Half up</option>
              <option value="Down">向下取整 Down</option>
              <option value="DownAtLeastOne">向下取整，至少一名 Down, at least one</option>
            </select>
          </label>
        </>
      ) : (
        <>
          {field('firstPlaces', '金牌名额 Gold places')}
          {field('secondPlaces', '银牌名额 Silver places')}
          {field('thirdPlaces', '铜牌名额 Bronze places')}
        </>
      )}
      {field('meritUpToPlace', '优胜奖至第几名 Merit up to place')}
      {field('meritPercent', '优胜奖前 % Merit top %')}
      {field('minimumScore', '最低分 Minimum score')}
      <label>
        并列 Ties
        <select name="ties" value={rules.ties} onChange={(e) => onChange({ ...rules, ties: e.currentTarget.value as AwardRules['ties'] })}>
          <option value="Share">并列同奖 Share the prize</option>
          <option value="Break">按名额 Break (exact places)</option>
        </select>
      </label>
      <div class="choices">
        <strong>称号 Titles:</strong>
        {titles.map((t, i) => (
          <span key={i} class="inline">
            前 <input class="id" type="number" aria-label="title up to place" value={t.upToPlace} onInput={(e) => onChange({ ...rules, titles: titles.map((x, j) => (j === i ? { ...x, upToPlace: Number(e.currentTarget.value) } : x)) })} /> 名
            <input aria-label="title" value={t.title} onInput={(e) => onChange({ ...rules, titles: titles.map((x, j) => (j === i ? { ...x, title: e.currentTarget.value } : x)) })} />
            <button type="button" class="small" onClick={() => onChange({ ...rules, titles: titles.filter((_, j) => j !== i) })}>
              ✕
            </button>
          </span>
        ))}
        <button type="button" class="small" onClick={() => onChange({ ...rules, titles: [...titles, { upToPlace: 5, title: '技术能手' }] })}>
          + 称号 Add title
        </button>
      </div>
      <div class="choices">
        <strong>晋级 Promotions:</strong>
        {promotions.map((p, i) => (
          <span key={i} class="inline">
            <select aria-label="promotion award" value={p.award} onChange={(e) => onChange({ ...rules, promotions: promotions.map((x, j) => (j === i ? { ...x, award: e.currentTarget.value as typeof p.award } : x)) })}>
              {awards.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            →
            <input aria-label="promotion level" placeholder="晋升一级 one level up" value={p.toLevel ?? ''} onInput={(e) => onChange({ ...rules, promotions: promotions.map((x, j) => (j === i ? { ...x, toLevel: e.currentTarget.value || null } : x)) })} />
            <button type="button" class="small" onClick={() => onChange({ ...rules, promotions: promotions.filter((_, j) => j !== i) })}>
              ✕
            </button>
          </span>
        ))}
        <button type="button" class="small" onClick={() => onChange({ ...rules, promotions: [...promotions, { award: 'First', toLevel: '技师' }] })}>
          + 晋级 Add promotion
        </button>
      </div>
    </fieldset>
  );
}

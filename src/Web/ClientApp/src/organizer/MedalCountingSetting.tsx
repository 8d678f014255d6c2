import { t } from '../shared/i18n';
import { useAction } from './Busy';
import { api } from './consoleApi';
import type { ContestView, MedalCounting } from './consoleTypes';
import { Outcome } from './Outcome';

/** Whether the public medal table counts events still marking (their prizes marked provisional) or published ones only. */
export function MedalCountingSetting({ contest, onChanged }: { contest: ContestView; onChanged: () => void }) {
  const action = useAction();
  const change = (counting: MedalCounting) =>
    void action.run(async () => {
      await api.put(`/api/contests/${contest.definition.id}/medal-counting`, { counting });
      onChanged();
      return t(counting === 'PublishedEvents' ? 'nowPublishedEvents' : 'nowAllEvents');
    });
  return (
    <section class="panel" data-testid="medal-counting">
      <h2>{t('medalTableSetting')}</h2>
      <label>
        {t('medalCounts')}{' '}
        <select
          name="medalCounting"
          value={contest.definition.medalCounting}
          disabled={action.busy}
          onChange={(e) => change(e.currentTarget.value as MedalCounting)}
        >
          <option value="AllEvents">{t('countAllEvents')}</option>
          <option value="PublishedEvents">{t('countPublishedEvents')}</option>
        </select>
      </label>
      <Outcome {...action} />
    </section>
  );
}

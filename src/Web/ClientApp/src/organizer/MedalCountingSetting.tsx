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
      return counting === 'PublishedEvents' ? '奖牌榜只计已公布赛项 Only published events count now' : '奖牌榜计所有赛项 All events count now';
    });
  return (
    <section class="panel" data-testid="medal-counting">
      <h2>公开奖牌榜 Public medal table</h2>
      <label>
        计入 Counts{' '}
        <select
          name="medalCounting"
          value={contest.definition.medalCounting}
          disabled={action.busy}
          onChange={(e) => change(e.currentTarget.value as MedalCounting)}
        >
          <option value="AllEvents">所有赛项，未定奖项标“暂定” All events, provisional prizes marked</option>
          <option value="PublishedEvents">只计已公布赛项 Published events only</option>
        </select>
      </label>
      <Outcome {...action} />
    </section>
  );
}

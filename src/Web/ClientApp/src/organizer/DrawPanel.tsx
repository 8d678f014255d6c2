import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../shared/api';
import { fill, t } from '../shared/i18n';
import { useAction } from './Busy';
import { api } from './consoleApi';
import type { DrawResult, EventView } from './consoleTypes';
import { Outcome } from './Outcome';
import { localTime } from '../shared/time';

/** Stations and blind codes from a recorded seed: anyone with the seed can redo the draw and get the same result. */
export function DrawPanel({ path, view }: { path: string; view: EventView }) {
  const [draw, setDraw] = useState<DrawResult | null>(null);
  const [seed, setSeed] = useState('');
  const [theoryCodes, setTheoryCodes] = useState(view.definition.theoryPercent > 0);
  const action = useAction();

  useEffect(() => {
    api.get<DrawResult>(`${path}/draw`).then(setDraw, (error) => {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
    });
  }, [path]);

  const run = () =>
    void action.run(async () => {
      const result = await api.post<DrawResult>(`${path}/draw`, { seed, theoryCodes });
      setDraw(result);
      return fill('drawn', { seed: result.seed });
    });

  return (
    <section class="panel" data-testid="draw">
      <p class="muted">{t('drawHint')}</p>
      <div class="toolbar">
        <label>
          {t('seed')} <input name="seed" value={seed} onInput={(e) => setSeed(e.currentTarget.value)} placeholder={t('seedEmpty')} disabled={view.status !== 'Setup'} />
        </label>
        <label class="check">
          <input type="checkbox" checked={theoryCodes} onChange={(e) => setTheoryCodes(e.currentTarget.checked)} /> {t('theoryCodes')}
        </label>
        <button class="primary" onClick={run} disabled={action.busy || view.status !== 'Setup'}>
          {t('drawLots')}
        </button>
      </div>
      <Outcome {...action} />
      {draw && (
        <>
          <p>
            {t('seed')} <code data-testid="draw-seed">{draw.seed}</code> · {localTime(draw.drawnAt)} · {draw.drawnBy}
          </p>
          <table data-testid="draw-result">
            <thead>
              <tr>
                <th>{t('station')}</th>
                <th>{t('blindCode')}</th>
                <th>{t('theoryCode')}</th>
                <th>{t('id')}</th>
                <th>{t('displayName')}</th>
              </tr>
            </thead>
            <tbody>
              {[...draw.entries]
                .sort((a, b) => a.station - b.station)
                .map((e) => (
                  <tr key={e.competitorId}>
                    <td>{e.station}</td>
                    <td class="mono">{e.blindCode}</td>
                    <td class="mono">{e.theoryCode ?? ''}</td>
                    <td>{e.competitorId}</td>
                    <td>{e.name}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

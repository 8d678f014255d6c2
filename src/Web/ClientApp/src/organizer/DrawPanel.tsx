import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../shared/api';
import { useAction } from './Busy';
import { api } from './consoleApi';
import type { DrawResult, EventView } from './consoleTypes';
import { Outcome } from './Outcome';

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
      return `抽签完成，种子 ${result.seed} · Drawn with seed ${result.seed}`;
    });

  return (
    <section class="panel" data-testid="draw">
      <p class="muted">抽签结果（编号与姓名对应）仅组委会可见；评委只见工位与盲评码。The code → name mapping is for organizers only.</p>
      <div class="toolbar">
        <label>
          种子 Seed <input name="seed" value={seed} onInput={(e) => setSeed(e.currentTarget.value)} placeholder="留空则随机 empty = random" disabled={view.status !== 'Setup'} />
        </label>
        <label class="check">
          <input type="checkbox" checked={theoryCodes} onChange={(e) => setTheoryCodes(e.currentTarget.checked)} /> 理论试卷二次加密 Theory paper codes
        </label>
        <button class="primary" onClick={run} disabled={action.busy || view.status !== 'Setup'}>
          抽签 Draw lots
        </button>
      </div>
      <Outcome {...action} />
      {draw && (
        <>
          <p>
            种子 Seed <code data-testid="draw-seed">{draw.seed}</code> · {new Date(draw.drawnAt).toLocaleString()} · {draw.drawnBy}
          </p>
          <table data-testid="draw-result">
            <thead>
              <tr>
                <th>工位 Station</th>
                <th>盲评码 Code</th>
                <th>理论码 Theory code</th>
                <th>编号 Id</th>
                <th>姓名 Name</th>
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

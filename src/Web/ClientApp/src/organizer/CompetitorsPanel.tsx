import { go } from '../shared/route';
import { api } from './consoleApi';
import type { CompetitorEntry } from './consoleTypes';
import { useLoad } from './useLoad';

export function CompetitorsPanel({ contestId, path }: { contestId: string; path: string }) {
  const roster = useLoad(() => api.get<CompetitorEntry[]>(`${path}/competitors`), path);
  return (
    <section class="panel">
      <div class="toolbar">
        <strong>{roster.data?.length ?? 0} 名选手 competitors</strong>
        <button onClick={() => go('contest', contestId, 'competitors')}>导入 Import (CSV / XLSX)…</button>
      </div>
      {roster.error && <p class="error">{roster.error}</p>}
      <table data-testid="roster">
        <thead>
          <tr>
            <th>编号 Id</th>
            <th>姓名 Name</th>
            <th>单位 Organisation</th>
            <th>代表队 Delegation</th>
            <th>身份证号 ID</th>
            <th>现等级 Level</th>
            <th>工位 Station</th>
            <th>盲评码 Code</th>
          </tr>
        </thead>
        <tbody>
          {roster.data?.map((c) => (
            <tr key={c.id}>
              <td>{c.id}</td>
              <td>{c.name}</td>
              <td>{c.organisation}</td>
              <td>{c.delegation}</td>
              <td class="mono">{c.idNumber ?? ''}</td>
              <td>{c.currentLevel ?? ''}</td>
              <td>{c.station ?? ''}</td>
              <td class="mono">{c.blindCode ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

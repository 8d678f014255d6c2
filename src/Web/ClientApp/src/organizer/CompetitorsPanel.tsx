import { fill, t } from '../shared/i18n';
import { go } from '../shared/route';
import { api } from './consoleApi';
import type { CompetitorEntry } from './consoleTypes';
import { useLoad } from './useLoad';

export function CompetitorsPanel({ contestId, path }: { contestId: string; path: string }) {
  const roster = useLoad(() => api.get<CompetitorEntry[]>(`${path}/competitors`), path);
  return (
    <section class="panel">
      <div class="toolbar">
        <strong>{fill('competitorCount', { count: roster.data?.length ?? 0 })}</strong>
        <button onClick={() => go('contest', contestId, 'competitors')}>{t('importFile')}</button>
      </div>
      {roster.error && <p class="error">{roster.error}</p>}
      <table data-testid="roster">
        <thead>
          <tr>
            <th>{t('id')}</th>
            <th>{t('displayName')}</th>
            <th>{t('organisation')}</th>
            <th>{t('delegation')}</th>
            <th>{t('idNumber')}</th>
            <th>{t('level')}</th>
            <th>{t('station')}</th>
            <th>{t('blindCode')}</th>
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

import { useLayoutEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n';
import type { AwardBand, LeaderboardRow } from '../shared/types';
import { score } from './score';

const awardKey: Record<AwardBand, MessageKey | null> = { None: null, First: 'first', Second: 'second', Third: 'third', Merit: 'merit' };

/**
 * The ranked rows. When ranks change, each row slides from where it was to where it is now (FLIP: measure, invert,
 * play), and a row whose score changed flashes, so viewers see who moved.
 */
export function RankedRows({ rows, limit, compact }: { rows: LeaderboardRow[]; limit?: number; compact?: boolean }) {
  const body = useRef<HTMLTableSectionElement>(null);
  const positions = useRef(new Map<string, number>());
  const totals = useRef(new Map<string, number>());

  useLayoutEffect(() => {
    const next = new Map<string, number>();
    body.current?.querySelectorAll<HTMLTableRowElement>('tr[data-row]').forEach((tr) => {
      const id = tr.dataset.row!;
      const top = tr.getBoundingClientRect().top;
      next.set(id, top);
      const before = positions.current.get(id);
      if (before !== undefined && before !== top) {
        tr.animate([{ transform: `translateY(${before - top}px)` }, { transform: 'translateY(0)' }], { duration: 600, easing: 'ease-out' });
      }
      const total = Number(tr.dataset.total);
      if (totals.current.has(id) && totals.current.get(id) !== total) {
        tr.animate([{ backgroundColor: '#fff3b0' }, { backgroundColor: 'transparent' }], { duration: 1500 });
      }
      totals.current.set(id, total);
    });
    positions.current = next;
  });

  return (
    <table class={`ranking ${compact ? 'compact' : ''}`} data-testid="ranking">
      <thead>
        <tr>
          <th>{t('rank')}</th>
          <th>{t('name')}</th>
          <th class="wide">{t('organisation')}</th>
          <th class="wide">{t('theory')}</th>
          <th class="wide">{t('practical')}</th>
          <th>{t('total')}</th>
          <th class="wide">{t('standardised')}</th>
          <th>{t('award')}</th>
        </tr>
      </thead>
      <tbody ref={body}>
        {rows.slice(0, limit ?? rows.length).map((row) => {
          const award = awardKey[row.award];
          // An absent competitor (缺考) has no rank and no score: not zero, not last.
          if (row.absent) {
            return (
              <tr key={row.key} class="absent" data-row={row.key} data-name={row.name} data-total="" data-rank="" data-absent="true">
                <td class="rank">–</td>
                <td class="name">{row.name}</td>
                <td class="wide">{row.organisation}</td>
                <td class="wide">–</td>
                <td class="wide">–</td>
                <td class="total" data-testid="absent">{t('absent')}</td>
                <td class="wide">–</td>
                <td data-testid="award" />
              </tr>
            );
          }
          return (
            <tr key={row.key} data-row={row.key} data-name={row.name} data-total={row.total} data-rank={row.rank}>
              <td class="rank">{row.rank}</td>
              <td class="name">{row.name}</td>
              <td class="wide">{row.organisation}</td>
              <td class="wide">{score(row.theory)}</td>
              <td class="wide">{score(row.practical)}</td>
              <td class="total">{score(row.total)}</td>
              <td class="wide">{row.standardised ?? '–'}</td>
              <td data-testid="award">
                {award && <span class={`award ${row.award}`}>{t(award)}</span>}
                {row.excellence && <span class="award Merit">{t('excellence')}</span>}
                {row.title && <span class="title-badge">{row.title}</span>}
                {row.promotedTo && (
                  <small class="promotion">
                    {t('promotedTo')} {row.promotedTo}
                  </small>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

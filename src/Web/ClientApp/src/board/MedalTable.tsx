import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { DelegationAwards, MedalCounting } from '../shared/types';

type SortKey = 'delegation' | 'first' | 'second' | 'third' | 'total';

const total = (a: DelegationAwards) => a.first + a.second + a.third;

/** Prizes by delegation; click a column to sort by it (prizes descending, names ascending). */
export function MedalTable({ medals, counting, limit }: { medals: DelegationAwards[]; counting: MedalCounting; limit?: number }) {
  const [sortKey, setSortKey] = useState<SortKey>('first');
  const sorted = [...medals].sort((a, b) => {
    if (sortKey === 'delegation') return a.delegation.localeCompare(b.delegation, 'zh-CN');
    const by = (x: DelegationAwards) => (sortKey === 'total' ? total(x) : x[sortKey]);
    return by(b) - by(a) || b.first - a.first || b.second - a.second || b.third - a.third || a.delegation.localeCompare(b.delegation, 'zh-CN');
  });
  const header = (key: SortKey, label: string) => (
    <th class={`sortable ${sortKey === key ? 'sorted' : ''}`} data-sort={key} onClick={() => setSortKey(key)}>
      {label}
    </th>
  );
  const shown = sorted.slice(0, limit ?? sorted.length);
  return (
    <>
      {counting === 'PublishedEvents' && (
        <p class="counting-note" data-testid="published-only-note">
          {t('publishedEventsOnly')}
        </p>
      )}
      {shown.some((a) => !a.final) && (
        <p class="provisional-note" data-testid="provisional-note">
          <span class="provisional-mark">{t('provisionalPrize')}</span> {t('provisionalNote')}
        </p>
      )}
      <table class="medals" data-testid="medal-table">
        <thead>
          <tr>
            <th>#</th>
            {header('delegation', t('delegation'))}
            {header('first', t('first'))}
            {header('second', t('second'))}
            {header('third', t('third'))}
            {header('total', t('allPrizes'))}
          </tr>
        </thead>
        <tbody>
          {shown.map((a, i) => (
            <tr key={a.delegation} data-delegation={a.delegation} data-final={String(a.final)} class={a.final ? '' : 'provisional'}>
              <td class="rank">{i + 1}</td>
              <td>
                {a.delegation}
                {!a.final && (
                  <span class="provisional-mark" data-testid="provisional">
                    {t('provisionalPrize')}
                  </span>
                )}
              </td>
              <td>{a.first}</td>
              <td>{a.second}</td>
              <td>{a.third}</td>
              <td>{total(a)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

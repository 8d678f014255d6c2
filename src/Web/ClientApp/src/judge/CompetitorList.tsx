import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { useSignal } from '../shared/signal';
import { shownMark } from './marks';
import type { AssignedCompetitor } from '../shared/types';
import { allEntries, outboxVersion, type OutboxEntry } from './outbox';
import { go } from '../shared/route';
import { workload } from './workload';

export function useOutbox(): OutboxEntry[] {
  const version = useSignal(outboxVersion);
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  useEffect(() => {
    void allEntries().then(setEntries);
  }, [version]);
  return entries;
}

/** The search typed per event, kept while the judge opens a sheet and comes back to the list. */
const searches = new Map<string, string>();

/**
 * A station number matches exactly (station 1 is not 12); a code, id or name matches anywhere in it, in any case.
 * A judge with 81 competitors types what he reads off the workbench or the competitor's bib.
 */
export function matchesSearch(competitor: AssignedCompetitor, query: string): boolean {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') {
    return true;
  }
  if (competitor.station !== null && String(competitor.station) === wanted) {
    return true;
  }
  return [competitor.blindCode ?? competitor.id, competitor.name ?? ''].some((text) => text.toLowerCase().includes(wanted));
}

export function CompetitorList({ eventCode }: { eventCode: string }) {
  const current = useSignal(workload);
  const entries = useOutbox();
  const [query, setQuery] = useState(searches.get(eventCode) ?? '');
  const work = current?.events.find((e) => e.assignment.eventCode === eventCode);
  if (!work) {
    return <p>{t('loading')}</p>;
  }

  const aspects = work.assignment.criteria.flatMap((c) => c.aspects);
  const shown = work.assignment.competitors.filter((c) => matchesSearch(c, query));
  return (
    <section>
      <button class="link" onClick={() => go()}>← {t('back')}</button>
      <h2>{work.assignment.eventName}</h2>
      <input
        type="search"
        class="search"
        data-testid="competitor-search"
        placeholder={t('searchCompetitors')}
        aria-label={t('searchCompetitors')}
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          searches.set(eventCode, e.currentTarget.value);
        }}
      />
      {shown.length === 0 && <p data-testid="no-match">{t('noMatch')}</p>}
      <ul class="competitors" data-testid="competitors">
        {shown.map((competitor) => {
          const sheet = work.sheets.find((s) => s.competitorId === competitor.id);
          const marked = aspects.filter((a) => shownMark(entries, sheet, competitor.id, a.id).value !== null).length;
          const submitted = sheet?.submitted || entries.some((e) => e.kind === 'submission' && e.competitorId === competitor.id && e.status !== 'rejected');
          const requests = sheet?.remarkRequests.length ?? 0;
          return (
            <li key={competitor.id}>
              <button class="competitor" data-competitor={competitor.id} onClick={() => go('event', eventCode, 'competitor', competitor.id)}>
                <span class="station">{t('station')} {competitor.station ?? '–'}</span>
                <span class="code">{competitor.blindCode ?? competitor.id}</span>
                {competitor.name && <span class="name">{competitor.name}</span>}
                {/* The server lists the session competing now first; the tag says where it ends. */}
                {work.assignment.currentSession && competitor.session === work.assignment.currentSession && (
                  <span class="tag current-session" data-testid="current-session">
                    {t('currentSession')}
                  </span>
                )}
                <span class="progress" data-testid="progress">
                  {marked}/{aspects.length}
                </span>
                {sheet?.absent && <span class="tag alert">{t('absent')}</span>}
                {submitted && <span class="tag">{t('submitted')}</span>}
                {requests > 0 && <span class="tag warn">{t('remarkRequested')}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

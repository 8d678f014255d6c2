import { useState } from 'preact/hooks';
import { eventStatus, fill, t, type MessageKey } from '../shared/i18n';
import type { AwardBand } from '../shared/types';
import { useAction } from './Busy';
import { api } from './consoleApi';
import type { PersonHistory } from './consoleTypes';
import { Outcome } from './Outcome';

const awardKey: Record<AwardBand, MessageKey | null> = { None: null, First: 'first', Second: 'second', Third: 'third', Merit: 'merit' };

/**
 * One person across contests and years: his history looked up by ID number. The number goes in the request body,
 * never the address, and the answer only ever shows it masked; the field is cleared once the lookup is done.
 */
export function PersonLookup({ contestId }: { contestId: string }) {
  const [idNumber, setIdNumber] = useState('');
  const [person, setPerson] = useState<PersonHistory | null>(null);
  const action = useAction();

  const lookUp = (e: Event) => {
    e.preventDefault();
    setPerson(null);
    void action.run(async () => {
      setPerson(await api.post<PersonHistory>(`/api/contests/${contestId}/persons/lookup`, { idNumber }));
      setIdNumber('');
    });
  };

  return (
    <section class="panel">
      <h2>{t('personLookup')}</h2>
      <p class="muted">{t('personLookupHint')}</p>
      <form class="toolbar" onSubmit={lookUp}>
        <label>
          {t('idNumber')}{' '}
          <input name="idNumber" autoComplete="off" value={idNumber} required onInput={(e) => setIdNumber(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={action.busy || !idNumber.trim()} data-testid="person-lookup">
          {t('lookUp')}
        </button>
      </form>
      <Outcome message={action.message} error={action.error} />
      {person && (
        <>
          <p data-testid="person">
            <strong>{person.name}</strong> <span class="mono">{person.maskedIdNumber ?? ''}</span> ·{' '}
            {fill('carriedLevel', { level: person.carriedLevel ?? t('noLevel') })}
          </p>
          <table data-testid="person-history">
            <thead>
              <tr>
                <th>{t('contests')}</th>
                <th>{t('event')}</th>
                <th>{t('id')}</th>
                <th>{t('registeredOn')}</th>
                <th>{t('level')}</th>
                <th>{t('status')}</th>
                <th>{t('rank')}</th>
                <th>{t('total')}</th>
                <th>{t('award')}</th>
                <th>{t('titleName')}</th>
                <th>{t('promotedTo')}</th>
              </tr>
            </thead>
            <tbody>
              {person.entries.map((e) => {
                const award = awardKey[e.award];
                return (
                  <tr key={`${e.contestId}/${e.eventCode}/${e.competitorId}`}>
                    <td class="mono">{e.contestId}</td>
                    <td>
                      {e.eventCode} {e.eventName}
                    </td>
                    <td class="mono">{e.competitorId}</td>
                    <td>{e.linkedAt.slice(0, 10)}</td>
                    <td>{e.level ?? ''}</td>
                    <td>
                      <span class={`status ${e.status}`}>{eventStatus(e.status)}</span>
                    </td>
                    <td>{e.absent ? t('absent') : (e.rank ?? '')}</td>
                    <td>{e.total ?? ''}</td>
                    <td>{award ? t(award) : ''}</td>
                    <td>{e.title ?? ''}</td>
                    <td>{e.promotedTo ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

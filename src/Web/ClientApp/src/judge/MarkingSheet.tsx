import { useState } from 'preact/hooks';
import { newId } from '../shared/api';
import { refusal, t } from '../shared/i18n';
import { useSignal } from '../shared/signal';
import type { AspectDefinition } from '../shared/types';
import { useOutbox } from './CompetitorList';
import { shownMark, type ShownMark } from './marks';
import { MeasurementKeypad } from './MeasurementKeypad';
import { add } from './outbox';
import { go } from '../shared/route';
import { session } from './session';
import { workload } from './workload';

export function MarkingSheet({ eventCode, competitorId }: { eventCode: string; competitorId: string }) {
  const current = useSignal(workload);
  const me = useSignal(session);
  const entries = useOutbox();
  const [keypadFor, setKeypadFor] = useState<AspectDefinition | null>(null);
  const work = current?.events.find((e) => e.assignment.eventCode === eventCode);
  const competitor = work?.assignment.competitors.find((c) => c.id === competitorId);
  if (!work || !competitor || !me) {
    return <p>{t('loading')}</p>;
  }

  const sheet = work.sheets.find((s) => s.competitorId === competitorId);
  const aspects = work.assignment.criteria.flatMap((c) => c.aspects);
  const submitted = sheet?.submitted || entries.some((e) => e.kind === 'submission' && e.competitorId === competitorId && e.status !== 'rejected');
  const scoring = work.assignment.status === 'Scoring';
  const shown = new Map(aspects.map((a) => [a.id, shownMark(entries, sheet, competitorId, a.id)]));
  const allMarked = aspects.every((a) => shown.get(a.id)!.value !== null);

  const editable = (aspectId: string) => scoring && (!submitted || (sheet?.remarkRequests.some((r) => r.aspectId === aspectId) ?? false));

  // If the tablet's own storage fails the judge must know at once: the mark is not saved anywhere.
  const enter = (aspect: AspectDefinition, value: number) =>
    add({ id: newId(), kind: 'mark', judgeId: me.judgeId, contestId: me.contestId, eventCode, competitorId, aspectId: aspect.id, value }).catch(
      (error: unknown) => alert(`${t('invalidValue')}: ${String(error)}`),
    );

  return (
    <section class="sheet">
      <button class="link" onClick={() => go('event', eventCode)}>← {t('back')}</button>
      <h2>
        {t('station')} {competitor.station ?? '–'} · {competitor.blindCode ?? competitor.id} {competitor.name ?? ''}
      </h2>
      {work.assignment.criteria.map((criterion) => (
        <div class="criterion" key={criterion.id}>
          <h3>
            {criterion.id} {criterion.title}
          </h3>
          {criterion.aspects.map((aspect) => {
            const mark = shown.get(aspect.id)!;
            const request = sheet?.remarkRequests.find((r) => r.aspectId === aspect.id);
            return (
              <div class="aspect" data-aspect={aspect.id} key={aspect.id}>
                <div class="aspect-title">
                  <strong>{aspect.id}</strong> {aspect.title}
                  <small>
                    {aspect.kind === 'Judgement' ? t('judgement') : t('measurement')} · {t('maxMark')} {aspect.maxMark}
                  </small>
                  {request && (
                    <div class="banner warn" data-testid="remark-request">
                      {t('remarkRequested')}: {request.note}
                    </div>
                  )}
                </div>
                <div class="aspect-input" role="group" aria-label={`${aspect.id} ${aspect.title}`}>
                  {aspect.kind === 'Judgement' ? (
                    [0, 1, 2, 3].map((score) => (
                      <button
                        type="button"
                        class={`score ${mark.value === score ? 'chosen' : ''}`}
                        data-score={score}
                        aria-pressed={mark.value === score}
                        disabled={!editable(aspect.id)}
                        onClick={() => void enter(aspect, score)}
                      >
                        {score}
                      </button>
                    ))
                  ) : (
                    <button type="button" class="measure" data-testid="keypad-open" disabled={!editable(aspect.id)} onClick={() => setKeypadFor(aspect)}>
                      {mark.value ?? '—'}
                    </button>
                  )}
                </div>
                <MarkStatus mark={mark} />
              </div>
            );
          })}
        </div>
      ))}
      <button
        class="primary big"
        data-testid="submit-sheet"
        disabled={!scoring || submitted || !allMarked}
        onClick={() => {
          if (confirm(t('submitConfirm'))) {
            void add({ id: newId(), kind: 'submission', judgeId: me.judgeId, contestId: me.contestId, eventCode, competitorId });
          }
        }}
      >
        {submitted ? t('submitted') : t('submitSheet')}
      </button>
      {keypadFor && (
        <MeasurementKeypad
          title={`${keypadFor.id} ${keypadFor.title}`}
          maxMark={keypadFor.maxMark}
          step={keypadFor.step}
          initial={shown.get(keypadFor.id)!.value}
          onDone={(value) => {
            if (value !== null) {
              void enter(keypadFor, value);
            }
            setKeypadFor(null);
          }}
        />
      )}
    </section>
  );
}

function MarkStatus({ mark }: { mark: ShownMark }) {
  if (!mark.status) {
    return <span class="mark-status" />;
  }
  const label = mark.status === 'pending' ? t('pending') : mark.status === 'rejected' ? t('rejected') : t('synced');
  return (
    <span class={`mark-status ${mark.status}`} data-testid="mark-status" data-status={mark.status}>
      {label}
      {(mark.error || mark.errorCode) && <span class="reason">: {refusal({ status: 0, code: mark.errorCode, detail: mark.error })}</span>}
    </span>
  );
}

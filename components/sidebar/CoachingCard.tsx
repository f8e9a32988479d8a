import { useT } from '../i18n';
import type { MessageKey } from '@/utils/i18n';
import { hasFillIns } from '@/utils/snippets/placeholders';
import { Highlighted } from './Highlighted';

export interface CoachingCardView {
  messageId: string;
  text: string;
  evidence: readonly (readonly [number, number])[];
  signals: readonly { kind: string; score: number }[];
  suggestions: readonly { text: string; stage: 'acknowledge' | 'solve' }[];
}

export interface CoachingCardProps {
  card: CoachingCardView;
  /** How the insert keys read, e.g. "Alt" for Alt+1 … Alt+4. */
  modifier: string;
  copiedIndex?: number;
  onInsert: (index: number) => void;
  onCopy: (index: number) => void;
  onDismiss: () => void;
}

/** What the customer just said, what Undertone hears in it, and 2–4 phrasings to start from. */
export function CoachingCard({ card, modifier, copiedIndex, onInsert, onCopy, onDismiss }: CoachingCardProps) {
  const t = useT();
  return (
    <section class="card coaching" aria-labelledby="coaching-heading" data-testid="coaching-card" data-message-id={card.messageId}>
      <div class="card-head">
        <h2 id="coaching-heading">{t('customerSaid')}</h2>
        <button type="button" class="icon-button" aria-label={t('dismiss')} title={`${t('dismiss')} (Esc)`} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <blockquote data-testid="coaching-message">
        <Highlighted text={card.text} spans={card.evidence} />
      </blockquote>
      {card.signals.length > 0 && (
        <ul class="signals" aria-label={t('signalsHeard')}>
          {card.signals.map((s) => (
            <li key={s.kind} class={`signal ${s.kind}`} data-kind={s.kind}>
              {t(`signal_${s.kind}` as MessageKey)}
            </li>
          ))}
        </ul>
      )}
      {card.suggestions.length > 0 && (
        <ol class="suggestions" aria-label={t('suggestionsHeading')}>
          {card.suggestions.map((s, i) => (
            <li key={s.text} data-stage={s.stage} data-testid="suggestion">
              <p id={`suggestion-${i}`}>
                <span class="stage">{t(s.stage === 'acknowledge' ? 'stageAcknowledge' : 'stageSolve')}</span> {s.text}
              </p>
              <div class="actions">
                <button type="button" aria-describedby={`suggestion-${i}`} title={`${modifier}+${i + 1}`} onClick={() => onInsert(i)}>
                  {t('insert')}
                </button>
                {/* A phrasing with fill-ins is only whole once they are filled, which Insert asks for. */}
                {!hasFillIns(s.text) && (
                  <button type="button" aria-describedby={`suggestion-${i}`} onClick={() => onCopy(i)}>
                    {copiedIndex === i ? t('copied') : t('copy')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

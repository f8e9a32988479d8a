import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import type { MessageKey } from '@/utils/i18n';
import type { CrisisCardContent } from '@/utils/crisis/resolve';
import type { CoachingModel, PinnedCrisis } from '@/utils/state/coaching-model';
import { useT } from '../i18n';
import { CoachingCard } from './CoachingCard';
import { CrisisCard } from './CrisisCard';
import { DraftWarnings } from './DraftWarnings';
import { NeedsChecklist } from './NeedsChecklist';
import { TemperatureTimeline } from './TemperatureTimeline';

export interface CoachingPanelProps {
  model: CoachingModel;
  crisisCards: readonly { crisis: PinnedCrisis; content: CrisisCardContent; elsewhere: boolean }[];
  /** The interface's html lang. */
  uiLang: string;
  modifier: string;
  /** Inserts a need's question. */
  onInsert: (text: string) => void;
  onInsertSuggestion: (index: number) => void;
  onCopySuggestion: (index: number) => Promise<boolean>;
  onReplaceWarning: (index: number) => void;
  /** What comes next (the breather, snippets), placed after the cards that need attention and before the trend. */
  children?: ComponentChildren;
}

/**
 * The coaching cards, in the order an agent needs them: crisis first, then the card, the draft, the need, the trend.
 * While a crisis is unread, everything but it and the draft's warnings (the reply about to reach that person) folds away.
 */
export function CoachingPanel({ model, crisisCards, uiLang, modifier, onInsert, onInsertSuggestion, onCopySuggestion, onReplaceWarning, children }: CoachingPanelProps) {
  const t = useT();
  const copied = useSignal<number | undefined>(undefined);
  /** The agent opened the folded cards during a crisis (a peek; they fold again when the panel comes back). */
  const unfolded = useSignal(false);
  const card = model.card.value;
  const earlier = model.earlier.value;

  const cardView = card && (
    <CoachingCard
      card={{
        messageId: card.message.id,
        text: card.message.text,
        evidence: card.insight.signals.flatMap((s) => s.evidence),
        signals: card.insight.signals,
        suggestions: card.insight.suggestions,
      }}
      modifier={modifier}
      copiedIndex={copied.value}
      onInsert={onInsertSuggestion}
      onCopy={async (i) => {
        if (await onCopySuggestion(i)) copied.value = i;
      }}
      onDismiss={model.dismissCard}
    />
  );
  const rest = (
    <>
      {!card && earlier.length > 0 && (
        <p class="status earlier" data-testid="earlier-summary">
          {t('earlierSummary', {
            items: earlier.map(({ kind, count }) => `${t(`signal_${kind}` as MessageKey).toLocaleLowerCase(uiLang)}${count > 1 ? ` ×${count}` : ''}`).join(t('earlierSeparator')),
          })}
        </p>
      )}
      <NeedsChecklist
        needs={model.needs.value}
        remind={model.needsReminder.value}
        open={model.needsOpen.value}
        onToggle={model.toggleNeeds}
        onInsert={(kind) => {
          const need = model.needs.value.find((n) => n.kind === kind);
          if (need) onInsert(need.question);
        }}
      />
      {children}
      <TemperatureTimeline points={model.points.value} />
    </>
  );

  const warnings = <DraftWarnings warnings={model.draftWarnings.value} onReplace={onReplaceWarning} />;

  return (
    <>
      {crisisCards.map(({ crisis, content, elsewhere }) => (
        <CrisisCard
          key={crisis.conversationKey}
          crisis={crisis}
          content={content}
          elsewhere={elsewhere}
          uiLang={uiLang}
          onInsert={onInsert}
          onAcknowledge={() => model.acknowledgeCrisis(crisis)}
        />
      ))}
      {model.crisisPinned.value ? (
        <>
          {warnings}
          <div class="folded" data-testid="folded-coaching">
            <button type="button" class="link" aria-expanded={unfolded.value} aria-controls="folded-coaching" data-testid="unfold-coaching" onClick={() => (unfolded.value = !unfolded.value)}>
              {t('foldedDuringCrisis')}
            </button>
            <div id="folded-coaching" hidden={!unfolded.value}>
              {cardView}
              {rest}
            </div>
          </div>
        </>
      ) : (
        <>
          {cardView}
          {warnings}
          {rest}
        </>
      )}
    </>
  );
}

import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import type { CoachingModel } from '@/utils/state/coaching-model';
import { CoachingCard } from './CoachingCard';
import { CrisisCard } from './CrisisCard';
import { DraftWarnings } from './DraftWarnings';
import { NeedsChecklist } from './NeedsChecklist';
import { TemperatureTimeline } from './TemperatureTimeline';

export interface CoachingPanelProps {
  model: CoachingModel;
  modifier: string;
  /** Inserts a need's question. */
  onInsert: (text: string) => void;
  onInsertSuggestion: (index: number) => void;
  onCopySuggestion: (index: number) => Promise<boolean>;
  onReplaceWarning: (index: number) => void;
  /** What comes next (the breather, snippets), placed after the cards that need attention and before the trend. */
  children?: ComponentChildren;
}

/** The coaching cards, in the order an agent needs them: crisis first, then the card, the draft, the need, the trend. */
export function CoachingPanel({ model, modifier, onInsert, onInsertSuggestion, onCopySuggestion, onReplaceWarning, children }: CoachingPanelProps) {
  const copied = useSignal<number | undefined>(undefined);
  const card = model.card.value;
  const crisis = model.crisis.value;

  return (
    <>
      {crisis && <CrisisCard steps={crisis.protocol.steps} hotlines={crisis.protocol.hotlines} onAcknowledge={model.acknowledgeCrisis} />}
      {card && (
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
      )}
      <DraftWarnings warnings={model.draftWarnings.value} onReplace={onReplaceWarning} />
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
}

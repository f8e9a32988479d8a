import { useT } from '../i18n';

export interface NeedView {
  kind: string;
  label: string;
  question: string;
  asked: boolean;
}

/**
 * The underlying need behind the request: outcome, stakes, deadline, what they
 * tried, and a reflect-back check. Items tick themselves when the agent asks.
 */
export function NeedsChecklist({
  needs,
  remind,
  open,
  onToggle,
  onInsert,
}: {
  needs: readonly NeedView[];
  remind: boolean;
  /** Opened by the engine's cue, the closing reminder or the agent; otherwise a one-line summary (the model decides). */
  open: boolean;
  /** The agent's own fold or unfold; the model decides what stays open, so the browser's toggle is held back. */
  onToggle: (open: boolean) => void;
  onInsert: (kind: string) => void;
}) {
  const t = useT();
  if (needs.length === 0) return null;
  return (
    <details class="card needs" open={open} data-testid="needs">
      <summary
        onClick={(event) => {
          event.preventDefault();
          onToggle(!open);
        }}
      >
        <h2 id="needs-heading">{t('needsHeading')}</h2>
        <span class="progress">{t('needsProgress', { asked: needs.filter((n) => n.asked).length, total: needs.length })}</span>
      </summary>
      {remind && (
        <p class="reminder" role="status" data-testid="needs-reminder">
          {t('needsReminder')}
        </p>
      )}
      <ul>
        {needs.map((need) => (
          <li key={need.kind} class={need.asked ? 'asked' : ''} data-kind={need.kind} data-asked={String(need.asked)}>
            <span class="tick" aria-hidden="true">
              {need.asked ? '✓' : '○'}
            </span>
            <span class="need-text">
              <strong>{need.label}</strong>
              <span class="question" id={`need-${need.kind}`}>
                {need.question}
              </span>
            </span>
            <button type="button" aria-describedby={`need-${need.kind}`} onClick={() => onInsert(need.kind)} disabled={need.asked}>
              {t('insert')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

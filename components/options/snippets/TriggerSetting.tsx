import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { describeTrigger, triggerProblem, type ExpansionTrigger } from '@/utils/snippets/shortcut';
import { readExpansionTrigger, writeExpansionTrigger } from '@/utils/snippets/trigger-setting';

const MODIFIER_CODES = /^(Control|Alt|Shift|Meta|OS)(Left|Right)?$/;

/** Chooses how shortcuts expand: a punctuation prefix then Space, or a key chord recorded by pressing it. */
export function TriggerSetting() {
  const trigger = useSignal<ExpansionTrigger | undefined>(undefined);
  const message = useSignal<string | undefined>(undefined);
  useEffect(() => void readExpansionTrigger().then((t) => (trigger.value = t)), []);

  async function save(next: ExpansionTrigger) {
    const problem = triggerProblem(next);
    if (problem) {
      message.value = problem;
      return;
    }
    await writeExpansionTrigger(next);
    trigger.value = next;
    message.value = `Shortcuts now expand with ${describeTrigger(next)}`;
  }

  if (!trigger.value) return null;
  const current = trigger.value;
  return (
    <details class="card">
      <summary>Shortcut expansion: {describeTrigger(current)}</summary>
      <div class="toolbar" style={{ marginTop: '8px' }}>
        <label class="check">
          <input type="radio" name="trigger-kind" checked={current.kind === 'prefix'} onChange={() => void save({ kind: 'prefix', prefix: ';' })} />
          Prefix, then Space
        </label>
        {current.kind === 'prefix' && (
          <label class="field">
            <span>Prefix</span>
            <input type="text" maxLength={3} value={current.prefix} onChange={(e) => void save({ kind: 'prefix', prefix: e.currentTarget.value })} />
          </label>
        )}
        <label class="check">
          <input
            type="radio"
            name="trigger-kind"
            checked={current.kind === 'hotkey'}
            onChange={() => void save({ kind: 'hotkey', code: 'Period', ctrl: false, alt: true, shift: false, meta: false })}
          />
          A key chord after the shortcut
        </label>
        {current.kind === 'hotkey' && (
          <label class="field">
            <span>Press the chord</span>
            <input
              type="text"
              readOnly
              value={describeTrigger(current)}
              onKeyDown={(e) => {
                if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) return; // keep Tab for moving focus
                e.preventDefault();
                if (e.isComposing || MODIFIER_CODES.test(e.code)) return;
                void save({ kind: 'hotkey', code: e.code, ctrl: e.ctrlKey, alt: e.altKey, shift: e.shiftKey, meta: e.metaKey });
              }}
            />
          </label>
        )}
      </div>
      {message.value && <p class="hint" role="status">{message.value}</p>}
    </details>
  );
}

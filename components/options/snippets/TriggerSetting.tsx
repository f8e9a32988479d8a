import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { describeTrigger, triggerProblem, type ExpansionTrigger } from '@/utils/snippets/shortcut';
import { readExpansionTrigger, writeExpansionTrigger } from '@/utils/snippets/trigger-setting';
import type { Translate, Wording } from '@/utils/i18n';
import { useT } from '../../i18n';

const MODIFIER_CODES = /^(Control|Alt|Shift|Meta|OS)(Left|Right)?$/;

/** Key names stay as printed on the keys; the prefix form is a sentence, so it is translated. */
const describe = (trigger: ExpansionTrigger, t: Translate) =>
  trigger.kind === 'prefix' ? t('triggerPrefixWords', { prefix: trigger.prefix }) : describeTrigger(trigger);

/** Chooses how shortcuts expand: a punctuation prefix then Space, or a key chord recorded by pressing it. */
export function TriggerSetting() {
  const t = useT();
  const trigger = useSignal<ExpansionTrigger | undefined>(undefined);
  const message = useSignal<Wording | undefined>(undefined);
  useEffect(() => void readExpansionTrigger().then((t) => (trigger.value = t)), []);

  async function save(next: ExpansionTrigger) {
    const problem = triggerProblem(next);
    if (problem) {
      message.value = (t) => t('triggerRefused', { reason: problem });
      return;
    }
    await writeExpansionTrigger(next);
    trigger.value = next;
    message.value = (t) => t('triggerSaved', { trigger: describe(next, t) });
  }

  if (!trigger.value) return null;
  const current = trigger.value;
  return (
    <details class="card">
      <summary>{t('triggerSummary', { trigger: describe(current, t) })}</summary>
      <div class="toolbar" style={{ marginTop: '8px' }}>
        <label class="check">
          <input type="radio" name="trigger-kind" checked={current.kind === 'prefix'} onChange={() => void save({ kind: 'prefix', prefix: ';' })} />
          {t('triggerPrefixKind')}
        </label>
        {current.kind === 'prefix' && (
          <label class="field">
            <span>{t('triggerPrefix')}</span>
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
          {t('triggerChordKind')}
        </label>
        {current.kind === 'hotkey' && (
          <label class="field">
            <span>{t('triggerPressChord')}</span>
            <input
              type="text"
              readOnly
              value={describe(current, t)}
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
      {message.value && <p class="hint" role="status">{message.value(t)}</p>}
    </details>
  );
}

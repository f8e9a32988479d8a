import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { CustomerKind, Lang } from '@/utils/coaching/types';
import type { Pack } from '@/utils/packs/schema';
import { loadEngine } from '@/utils/state/coaching-engine';
import { useT } from '../../i18n';

/** One heated message per language the card speaks; the same kind of message a lead expects the pack to answer. */
const SAMPLES: { lang: Lang; text: string }[] = [
  { lang: 'en', text: 'This is ridiculous. I have waited three weeks for my refund and I am furious.' },
  { lang: 'zh-Hans', text: '太离谱了，退款等了三个星期还没到，我真的很生气。' },
  { lang: 'zh-Hant', text: '太誇張了，退款等了三個禮拜還沒到，我真的很生氣。' },
];

type Preview = { lang: Lang; text: string; suggestions: { text: string; fromPack: boolean }[] }[];

/**
 * The pack as an agent would meet it: the real coaching engine (loaded as its
 * own chunk, as in the sidebar) with the draft's phrasings joined to the
 * built-in ones, on a sample message in each language. Text only.
 */
export function AgentPreview({ phrasings }: { phrasings: NonNullable<Pack['coaching']> }) {
  const t = useT();
  const preview = useSignal<Preview | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const own = phrasings.map((p) => ({ state: p.state as CustomerKind, stage: p.stage, lang: p.lang, text: p.text }));
    void loadEngine({ phrasings: () => own, draftChecks: () => [], needQuestions: () => [] }).then((engine) => {
      if (!current) return;
      const texts = new Set(own.map((p) => p.text));
      preview.value = SAMPLES.map((sample) => {
        const insight = engine.createCoach().observe({ author: 'customer', text: sample.text });
        const suggestions = (insight?.suggestions ?? []).slice(0, 4).map((s) => ({ text: s.text, fromPack: texts.has(s.text) }));
        return { ...sample, suggestions };
      });
    });
    return () => void (current = false);
  }, [phrasings]);
  return (
    <div class="agent-preview" data-testid="agent-preview">
      <p class="hint">{t('authoringPreviewHint')}</p>
      {preview.value?.map((sample) => (
        <div class="card" key={sample.lang} data-testid="preview-card" data-lang={sample.lang} lang={sample.lang}>
          <p><em>{sample.text}</em></p>
          <ul>
            {sample.suggestions.map((s) => (
              <li key={s.text} data-from-pack={String(s.fromPack)}>
                {s.text} {s.fromPack && <span class="hint">({t('authoringPreviewFromPack')})</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

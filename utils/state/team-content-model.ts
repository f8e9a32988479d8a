import { computed, signal } from '@preact/signals';
import type { CustomerKind, Lang, Phrasing } from '../coaching/types';
import { builtInRegions, withPackRegions, type Region } from '../crisis/regions';
import type { Snippet } from '../db/schema';
import type { PackContent } from '../db/pack-content';
import type { PacksOverview } from '../db/pack-overview';
import { request } from '../protocol/client';
import { parseLightMarkup, richToPlainText } from '../snippets/rich-text';

const LANGS: readonly Lang[] = ['en', 'zh-Hans', 'zh-Hant'];
const KINDS = new Set<string>(['anger', 'distress', 'confusion', 'urgency', 'repeat_contact', 'churn_threat']);
/** Coaching cards show and insert text: a formatted snippet is offered in its plain form, never with its markers. */
const phrasingText = (snippet: Snippet) => (snippet.format === 'light' ? richToPlainText(parseLightMarkup(snippet.body)) : snippet.body);

/**
 * What the agent's snippets and the team's packs add to coaching: extra
 * phrasings per state, crisis lines per region, draft checks, and the
 * team's wording of the underlying-need questions. Read
 * through the background (the embedded sidebar cannot open IndexedDB).
 */
export function createTeamContentModel(
  snippets: () => readonly Snippet[],
  load: () => Promise<PackContent> = () => request('packs.content', {}),
  loadOverview: () => Promise<PacksOverview> = () => request('packs.overview', {}),
) {
  const packs = signal<PackContent>({ coaching: [], needQuestions: [], draftChecks: [], hotlines: [], adapters: [] }, { name: 'team.packs' });
  const overview = signal<PacksOverview | undefined>(undefined, { name: 'team.overview' });
  /** Packs whose last update failed: the agent keeps the last good copy and should know why. */
  const failures = computed(() => (overview.value?.sources ?? []).filter((s) => s.error).map((s) => ({ name: s.name ?? s.url ?? s.key, error: s.error! })));

  /** Snippets tagged with a coaching state are offered as 'solve' phrasings; team phrasings keep their stage. */
  const phrasings = computed<Phrasing[]>(() => [
    ...packs.value.coaching.map((p) => ({ state: p.state as CustomerKind, stage: p.stage, lang: p.lang, text: p.text })),
    ...snippets().flatMap((s) =>
      s.states
        .filter((state) => KINDS.has(state) && !/\{\{/.test(s.body))
        .flatMap((state) => (s.lang === 'any' ? LANGS : [s.lang]).map((lang) => ({ state: state as CustomerKind, stage: 'solve' as const, lang, text: phrasingText(s) }))),
    ),
  ]);

  /** The researched regions with each pack's regions laid over them (a pack's lines replace the built-in ones for its region). */
  const regions = computed<Record<string, Region>>(() => withPackRegions(builtInRegions, packs.value.hotlines));

  const draftChecks = computed(() => packs.value.draftChecks);
  /** Locked packs come first, so their wording wins where packs word the same need. */
  const needQuestions = computed(() => packs.value.needQuestions);

  async function refresh(): Promise<void> {
    try {
      [packs.value, overview.value] = await Promise.all([load(), loadOverview()]);
    } catch {
      // No packs yet, or the background is restarting: the built-in library still coaches.
    }
  }

  return { packs, phrasings, regions, draftChecks, needQuestions, failures, refresh };
}

export type TeamContentModel = ReturnType<typeof createTeamContentModel>;

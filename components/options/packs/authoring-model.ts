import { computed, signal } from '@preact/signals';
import type { Snippet } from '@/utils/db/schema';
import type { Wording } from '@/utils/i18n';
import { bumpVersion, snippetToPackItem, type VersionPart } from '@/utils/packs/authoring';
import { ITEM_KINDS, PACK_SCHEMA_VERSION, type ItemKind, type Pack } from '@/utils/packs/schema';
import { fingerprint, generateKeyPair, publicKeyOfJwk, signPack } from '@/utils/packs/signing';
import { validatePackText, validatePackValue } from '@/utils/packs/validate';
import { request } from '@/utils/protocol/client';

/**
 * A lead's workbench: chosen snippets plus metadata become a pack, checked by
 * the same validator agents run, signed here with WebCrypto. The private key
 * lives only in this page's memory and in the file the lead saves.
 */
export function createAuthoringModel(save: (fileName: string, text: string) => void, starting: { name: string; changes: string }) {
  const snippets = signal<Snippet[]>([]);
  const chosen = signal<ReadonlySet<string>>(new Set());
  // The starting name and changelog come in the lead's language; once typed, the metadata is the pack's own text.
  const meta = signal({ id: 'com.example.support', description: '', author: '', version: '1.0.0', ...starting });
  const privateJwk = signal<JsonWebKey | undefined>(undefined);
  const publicKey = signal('');
  /** The loaded key's fingerprint, as agents will see it on the pack. */
  const keyFingerprint = signal('');
  async function useKey(jwk: JsonWebKey): Promise<void> {
    privateJwk.value = jwk;
    publicKey.value = publicKeyOfJwk(jwk);
    keyFingerprint.value = await fingerprint(publicKey.value);
  }
  const error = signal<Wording | undefined>(undefined);
  const message = signal<Wording | undefined>(undefined);

  /** An opened pack's history and languages, kept through the edit; its items are edited as text, one per item. */
  const opened = signal<Pick<Pack, 'changelog' | 'locales'> | undefined>(undefined);
  const itemTexts = signal<Record<ItemKind, string[]>>(emptyTexts());

  /** Each item's text parsed; one that is not JSON becomes a problem naming its place, like the validator's. */
  const parsedItems = computed(() => {
    const parsed: Partial<Record<ItemKind, unknown[]>> = {};
    const broken: string[] = [];
    for (const kind of ITEM_KINDS) {
      const texts = itemTexts.value[kind];
      if (!texts.length) continue;
      parsed[kind] = texts.map((text, index) => {
        try {
          return JSON.parse(text) as unknown;
        } catch (caught) {
          broken.push(`at ${kind}[${index}]: not valid JSON (${caught instanceof Error ? caught.message : 'unreadable'})`);
          return {};
        }
      });
    }
    return { parsed, broken };
  });

  const draft = computed(() => {
    const m = meta.value;
    const personal = snippets.value.filter((snippet) => chosen.value.has(snippet.id)).map(snippetToPackItem);
    const { parsed } = parsedItems.value;
    const items = [...((parsed.snippets ?? []) as ReturnType<typeof snippetToPackItem>[]), ...personal];
    const entry = { version: m.version.trim(), date: new Date().toISOString().slice(0, 10), changes: m.changes.split('\n').filter((line) => line.trim()) };
    const langs = ITEM_KINDS.flatMap((kind) => (kind === 'snippets' ? items : (parsed[kind] ?? [])).map((item) => (item as { lang?: string }).lang));
    const locales = [...new Set([...(opened.value?.locales ?? []), ...langs.map((lang) => (lang && lang !== 'any' ? lang : 'en'))])];
    return {
      schemaVersion: PACK_SCHEMA_VERSION,
      id: m.id.trim(),
      name: m.name.trim(),
      description: m.description,
      version: m.version.trim(),
      publishedAt: `${new Date().toISOString().slice(0, 19)}Z`,
      author: m.author.trim(),
      changelog: [entry, ...(opened.value?.changelog ?? []).filter((old) => old.version !== entry.version)],
      locales: locales.length ? locales : ['en'],
      ...Object.fromEntries(ITEM_KINDS.filter((kind) => kind !== 'snippets' && parsed[kind]?.length).map((kind) => [kind, parsed[kind]])),
      ...(items.length ? { snippets: items } : {}),
    };
  });
  const problems = computed(() => {
    const { broken } = parsedItems.value;
    if (broken.length) return broken;
    const result = validatePackValue(draft.value);
    return result.ok ? [] : result.errors;
  });

  /** Starts from an existing pack: its metadata, its history, every item of every kind; the version is bumped before export. */
  function open(pack: Pack): void {
    meta.value = { id: pack.id, name: pack.name, description: pack.description, author: pack.author, version: pack.version, changes: '' };
    opened.value = { changelog: pack.changelog, locales: pack.locales };
    itemTexts.value = Object.fromEntries(ITEM_KINDS.map((kind) => [kind, (pack[kind] ?? []).map((item) => JSON.stringify(item, null, 2))])) as Record<ItemKind, string[]>;
    chosen.value = new Set();
  }
  function setItems(kind: ItemKind, texts: string[]): void {
    itemTexts.value = { ...itemTexts.value, [kind]: texts };
  }

  return {
    snippets,
    chosen,
    meta,
    publicKey,
    keyFingerprint,
    hasKey: computed(() => Boolean(privateJwk.value)),
    error,
    message,
    problems,
    itemTexts,
    opened: computed(() => Boolean(opened.value)),
    /** The draft's phrasings, for the agent's-eye preview. */
    phrasings: computed(() => ((draft.value as { coaching?: unknown[] }).coaching ?? []) as NonNullable<Pack['coaching']>),
    /** Opens a pack file; a file that does not validate opens nothing and says why. */
    openFile(text: string) {
      error.value = undefined;
      const result = validatePackText(text);
      if (!result.ok) return void (error.value = (t) => t('authoringCannotOpen', { reasons: result.errors.join('; ') }));
      open(result.pack);
      message.value = (t) => t('authoringOpened', { name: result.pack.name, version: result.pack.version });
    },
    async openInstalled(packId: string) {
      error.value = undefined;
      const pack = await request('packs.pack', { packId });
      if (!pack) return void (error.value = (t) => t('authoringCannotOpen', { reasons: packId }));
      open(pack);
      message.value = (t) => t('authoringOpened', { name: pack.name, version: pack.version });
    },
    addItem(kind: ItemKind) {
      setItems(kind, [...itemTexts.value[kind], JSON.stringify(ITEM_TEMPLATES[kind], null, 2)]);
    },
    setItem(kind: ItemKind, index: number, text: string) {
      setItems(kind, itemTexts.value[kind].map((old, i) => (i === index ? text : old)));
    },
    removeItem(kind: ItemKind, index: number) {
      setItems(kind, itemTexts.value[kind].filter((_, i) => i !== index));
    },
    async loadSnippets() {
      snippets.value = (await request('snippets.list', {})).filter((snippet) => snippet.source === 'personal');
    },
    toggle(id: string) {
      const next = new Set(chosen.value);
      if (!next.delete(id)) next.add(id);
      chosen.value = next;
    },
    setMeta(field: keyof typeof meta.value, value: string) {
      meta.value = { ...meta.value, [field]: value };
    },
    bump(part: VersionPart) {
      meta.value = { ...meta.value, version: bumpVersion(meta.value.version, part) };
    },
    async generateKey() {
      const pair = await generateKeyPair('Ed25519');
      await useKey(pair.privateJwk);
      save(`${meta.value.id}.private.jwk`, JSON.stringify(pair.privateJwk));
      message.value = (t) => t('authoringKeyCreated');
    },
    async loadKey(text: string) {
      error.value = undefined;
      try {
        const jwk = JSON.parse(text) as JsonWebKey;
        await signPack({}, jwk);
        await useKey(jwk);
        message.value = (t) => t('authoringKeyLoaded');
      } catch (caught) {
        const reason = caught instanceof Error ? caught.message : String(caught);
        error.value = (t) => t('authoringNotAKey', { reason });
      }
    },
    async exportPack() {
      error.value = undefined;
      const found = problems.value;
      if (found.length) return void (error.value = (t) => t('authoringFixFirst', { problems: found.join('; ') }));
      const pack = privateJwk.value ? await signPack(draft.value, privateJwk.value) : draft.value;
      save(`${draft.value.id}-${draft.value.version}.json`, `${JSON.stringify(pack, null, 2)}\n`);
      const signed = Boolean(privateJwk.value);
      message.value = (t) => t(signed ? 'authoringSignedExported' : 'authoringUnsignedExported');
    },
  };
}

export type AuthoringModel = ReturnType<typeof createAuthoringModel>;

const emptyTexts = () => Object.fromEntries(ITEM_KINDS.map((kind) => [kind, []])) as unknown as Record<ItemKind, string[]>;

/** What "Add" starts each kind with: every required field present, the texts for the lead to write (the validator says what is still missing). */
const ITEM_TEMPLATES: Record<ItemKind, object> = {
  snippets: { id: 'new-snippet', title: '', body: '', lang: 'en' },
  coaching: { id: 'new-phrasing', state: 'anger', stage: 'acknowledge', lang: 'en', text: '' },
  needQuestions: { id: 'new-question', need: 'outcome', lang: 'en', question: '' },
  draftChecks: { id: 'new-check', lang: 'en', avoid: '', suggest: '' },
  adapters: { id: 'new-console' },
  hotlines: { id: 'new-hotline', region: 'US', name: '', number: '' },
};

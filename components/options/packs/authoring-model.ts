import { computed, signal } from '@preact/signals';
import type { Snippet } from '@/utils/db/schema';
import type { Wording } from '@/utils/i18n';
import { bumpVersion, snippetToPackItem, type VersionPart } from '@/utils/packs/authoring';
import { ITEM_KINDS, PACK_SCHEMA_VERSION, type Pack } from '@/utils/packs/schema';
import { fingerprint, generateKeyPair, publicKeyOfJwk, signPack } from '@/utils/packs/signing';
import { checkPackValue, compareVersions, describeProblems, validatePackText, type PackProblem } from '@/utils/packs/validate';
import { formatKeys } from '@/utils/validation';
import { createItemsModel } from './authoring-items';
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

  /** An opened pack's version, history and languages, kept through the edit. */
  const opened = signal<Pick<Pack, 'version' | 'changelog' | 'locales'> | undefined>(undefined);
  const itemsModel = createItemsModel();
  const { items } = itemsModel;

  const draft = computed(() => {
    const m = meta.value;
    const personal = snippets.value.filter((snippet) => chosen.value.has(snippet.id)).map(snippetToPackItem);
    const parsed = items.value;
    const snippetItems = [...parsed.snippets, ...personal];
    const entry = { version: m.version.trim(), date: new Date().toISOString().slice(0, 10), changes: m.changes.split('\n').filter((line) => line.trim()) };
    const langs = ITEM_KINDS.flatMap((kind) => (kind === 'snippets' ? snippetItems : parsed[kind]).map((item) => (item as { lang?: string }).lang));
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
      ...Object.fromEntries(ITEM_KINDS.filter((kind) => kind !== 'snippets' && parsed[kind].length).map((kind) => [kind, parsed[kind]])),
      ...(snippetItems.length ? { snippets: snippetItems } : {}),
    };
  });
  /** The same check as an import, on the whole draft; each problem keeps its place for the field it belongs to. */
  const check = computed(() => checkPackValue(draft.value));
  const problems = computed(() => (check.value.ok ? [] : describeProblems(check.value.problems)));
  /** The first problem of each field, by its place as the validator writes it (`coaching[0].text`). */
  const fieldProblems = computed(() => {
    const byPlace = new Map<string, PackProblem>();
    if (!check.value.ok) for (const problem of check.value.problems) if (!byPlace.has(formatKeys(problem.path))) byPlace.set(formatKeys(problem.path), problem);
    return byPlace as ReadonlyMap<string, PackProblem>;
  });

  /** An opened pack goes out as a newer version: agents' browsers refuse a changed pack that is not newer than the copy they hold. */
  const versionProblem = computed<Wording | undefined>(() => {
    const from = opened.value?.version;
    const version = meta.value.version.trim();
    // A version the format refuses has its own message; this one is only about order.
    if (!from || fieldProblems.value.has('version')) return undefined;
    return compareVersions(version, from) > 0 ? undefined : (t) => t('formRuleNewerVersion', { version: from });
  });

  /** Starts from an existing pack: its metadata, its history, every item of every kind; the version is bumped before export. */
  function open(pack: Pack): void {
    meta.value = { id: pack.id, name: pack.name, description: pack.description, author: pack.author, version: pack.version, changes: '' };
    opened.value = { version: pack.version, changelog: pack.changelog, locales: pack.locales };
    itemsModel.load(pack);
    chosen.value = new Set();
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
    fieldProblems,
    versionProblem,
    items,
    itemKeys: itemsModel.keys,
    addItem: itemsModel.addItem,
    removeItem: itemsModel.removeItem,
    setField: itemsModel.setField,
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
      if (versionProblem.value) return void (error.value = versionProblem.value);
      const pack = privateJwk.value ? await signPack(draft.value, privateJwk.value) : draft.value;
      save(`${draft.value.id}-${draft.value.version}.json`, `${JSON.stringify(pack, null, 2)}\n`);
      const signed = Boolean(privateJwk.value);
      message.value = (t) => t(signed ? 'authoringSignedExported' : 'authoringUnsignedExported');
    },
  };
}

export type AuthoringModel = ReturnType<typeof createAuthoringModel>;

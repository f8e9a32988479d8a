import { computed, signal } from '@preact/signals';
import type { Snippet } from '@/utils/db/schema';
import type { Wording } from '@/utils/i18n';
import { bumpVersion, snippetToPackItem, type VersionPart } from '@/utils/packs/authoring';
import { PACK_SCHEMA_VERSION } from '@/utils/packs/schema';
import { fingerprint, generateKeyPair, publicKeyOfJwk, signPack } from '@/utils/packs/signing';
import { validatePackValue } from '@/utils/packs/validate';
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

  const draft = computed(() => {
    const m = meta.value;
    const items = snippets.value.filter((snippet) => chosen.value.has(snippet.id)).map(snippetToPackItem);
    return {
      schemaVersion: PACK_SCHEMA_VERSION,
      id: m.id.trim(),
      name: m.name.trim(),
      description: m.description,
      version: m.version.trim(),
      publishedAt: `${new Date().toISOString().slice(0, 19)}Z`,
      author: m.author.trim(),
      changelog: [{ version: m.version.trim(), date: new Date().toISOString().slice(0, 10), changes: m.changes.split('\n').filter((line) => line.trim()) }],
      locales: [...new Set(items.map((item) => (item.lang && item.lang !== 'any' ? item.lang : 'en')))],
      snippets: items,
    };
  });
  const problems = computed(() => {
    const result = validatePackValue(draft.value);
    return result.ok ? [] : result.errors;
  });

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

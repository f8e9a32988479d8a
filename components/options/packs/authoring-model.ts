import { computed, signal } from '@preact/signals';
import type { Snippet } from '@/utils/db/schema';
import { bumpVersion, snippetToPackItem, type VersionPart } from '@/utils/packs/authoring';
import { PACK_SCHEMA_VERSION } from '@/utils/packs/schema';
import { generateKeyPair, signPack } from '@/utils/packs/signing';
import { validatePackValue } from '@/utils/packs/validate';
import { request } from '@/utils/protocol/client';

/**
 * A lead's workbench: chosen snippets plus metadata become a pack, checked by
 * the same validator agents run, signed here with WebCrypto. The private key
 * lives only in this page's memory and in the file the lead saves.
 */
export function createAuthoringModel(save: (fileName: string, text: string) => void) {
  const snippets = signal<Snippet[]>([]);
  const chosen = signal<ReadonlySet<string>>(new Set());
  const meta = signal({ id: 'com.example.support', name: 'Support team pack', description: '', author: '', version: '1.0.0', changes: 'First release' });
  const privateJwk = signal<JsonWebKey | undefined>(undefined);
  const publicKey = signal('');
  const error = signal('');
  const message = signal('');

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
      privateJwk.value = pair.privateJwk;
      publicKey.value = pair.publicKey;
      save(`${meta.value.id}.private.jwk`, JSON.stringify(pair.privateJwk));
      message.value = 'Key pair created. The private key was saved as a file: keep it somewhere safe and never share or sync it. Give agents (or your admin) the public key below.';
    },
    async loadKey(text: string) {
      error.value = '';
      try {
        const jwk = JSON.parse(text) as JsonWebKey;
        await signPack({}, jwk);
        privateJwk.value = jwk;
        message.value = 'Signing key loaded for this page only.';
      } catch (caught) {
        error.value = caught instanceof Error ? caught.message : 'that file is not a signing key';
      }
    },
    async exportPack() {
      error.value = '';
      if (problems.value.length) return void (error.value = `Fix first: ${problems.value.join('; ')}`);
      const pack = privateJwk.value ? await signPack(draft.value, privateJwk.value) : draft.value;
      save(`${draft.value.id}-${draft.value.version}.json`, `${JSON.stringify(pack, null, 2)}\n`);
      message.value = privateJwk.value ? 'Signed pack exported.' : 'Pack exported unsigned: agents subscribing with a public key will refuse it.';
    },
  };
}

export type AuthoringModel = ReturnType<typeof createAuthoringModel>;

// Team-pack tools for leads who keep packs in Git; the same code the extension runs.
//   npm run pack -- validate FILE… [--public-key ed25519:…|KEY.pub] [--sha256 HEX]   (says who signed it, or that it is unsigned)
//   npm run pack -- fingerprint KEY   (KEY a public-key file or string: the short fingerprint agents compare)
//   npm run pack -- init --id com.example.support --name "Support" --author "Support leads" [--locale en …] [--out FILE]
//   npm run pack -- add FILE --kind snippets|coaching|needQuestions|draftChecks|adapters|hotlines --item '{"id":…}' [--replace]
//   npm run pack -- build SRC --bump patch|minor|major --change "what changed" [--change …] [--out FILE]
//   npm run pack -- keygen [--algorithm Ed25519|ECDSA-P256] --out NAME   (writes NAME.private.jwk and NAME.pub)
//   npm run pack -- sign FILE --key NAME.private.jwk [--signer "Support leads"] [--next-key NEW.pub] [--out FILE]
//   npm run pack -- diff OLD NEW
//   npm run pack -- schema [--check]   (regenerates packs/pack.schema.json)
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { newPack, release, withItem, type VersionPart } from '@/utils/packs/authoring';
import type { ItemKind, Pack } from '@/utils/packs/schema';
import { validatePackValue } from '@/utils/packs/validate';
import { diffPacks } from '@/utils/packs/diff';
import { renderPackJsonSchema } from '@/utils/packs/json-schema';
import { readPack } from '@/utils/packs/read';
import type { Provenance } from '@/utils/packs/provenance';
import { fingerprint, generateKeyPair, sha256Hex, signPack, type SigningAlgorithm } from '@/utils/packs/signing';

const SCHEMA_PATH = 'packs/pack.schema.json';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    'public-key': { type: 'string' },
    sha256: { type: 'string' },
    bump: { type: 'string' },
    change: { type: 'string', multiple: true },
    out: { type: 'string' },
    key: { type: 'string' },
    signer: { type: 'string' },
    'next-key': { type: 'string' },
    algorithm: { type: 'string', default: 'Ed25519' },
    check: { type: 'boolean', default: false },
    id: { type: 'string' },
    name: { type: 'string' },
    author: { type: 'string' },
    description: { type: 'string' },
    locale: { type: 'string', multiple: true },
    kind: { type: 'string' },
    item: { type: 'string' },
    replace: { type: 'boolean', default: false },
  },
});
const [command, ...files] = positionals;

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
const writeJson = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
/** A public key given as itself or as the path of a file holding it. */
const keyArgument = (value: string) => (/^(ed25519|p256):/.test(value.trim()) ? value.trim() : readFileSync(value, 'utf8').trim());
const describeProvenance = (provenance: Provenance) =>
  provenance.signed ? `signed by ${provenance.signer ?? 'an unnamed signer'}, key fingerprint ${provenance.fingerprint}` : 'UNSIGNED: nothing shows who wrote it';

async function readOrExplain(path: string, trust = {}) {
  const result = await readPack(bytesOf(path), trust);
  if (!result.ok) explain(path, result.errors);
  return result;
}

const commands: Record<string, () => Promise<void>> = {
  async validate() {
    for (const path of need(files, 'FILE')) {
      const publicKey = values['public-key'] ? keyArgument(values['public-key']) : undefined;
      const result = await readOrExplain(path, { publicKey, sha256: values.sha256 });
      if (result.ok) console.log(`${path}: ${result.pack.id} ${result.pack.version} is valid; ${describeProvenance(result.provenance)} (sha256 ${result.sha256})`);
    }
  },
  async fingerprint() {
    const [key] = need(files, 'KEY');
    console.log(await fingerprint(keyArgument(key!)));
  },
  async init() {
    const meta = { id: values.id ?? fail('--id is required'), name: values.name ?? fail('--name is required'), author: values.author ?? fail('--author is required') };
    const pack = newPack({ ...meta, description: values.description, locales: (values.locale ?? ['en']) as Pack['locales'] });
    const checked = validatePackValue(pack);
    if (!checked.ok) return explain('the new pack', checked.errors);
    const out = values.out ?? `${meta.id}.json`;
    writeJson(out, pack);
    console.log(`${out}: ${pack.id} ${pack.version}, empty (add items with: npm run pack -- add ${out} --kind … --item '{…}')`);
  },
  async add() {
    const [path] = need(files, 'FILE');
    const kind = (values.kind ?? fail('--kind is required')) as ItemKind;
    let item: unknown;
    try {
      item = JSON.parse(values.item ?? fail('--item \'{"id": …}\' is required'));
    } catch (error) {
      return explain('--item', [`is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})`]);
    }
    const current = await readOrExplain(path!);
    if (!current.ok) return;
    const next = withItem(current.raw as object, kind, item, { replace: values.replace });
    if (!next.ok) return explain(path!, next.errors);
    writeJson(path!, next.raw);
    console.log(`${path}: ${kind} ${String((item as { id?: unknown }).id)} ${values.replace ? 'put in place' : 'added'} (unsigned now: run build and sign before publishing)`);
  },
  async build() {
    const [path] = need(files, 'SRC');
    const part = values.bump as VersionPart;
    if (!['major', 'minor', 'patch'].includes(part)) throw new Error('--bump must be major, minor or patch');
    if (!values.change?.length) throw new Error('say what changed with at least one --change "…"');
    const current = await readOrExplain(path!);
    if (!current.ok) return;
    const next = release(current.raw as Parameters<typeof release>[0], { bump: part, changes: values.change });
    const out = values.out ?? path!;
    writeJson(out, next);
    const check = await readOrExplain(out);
    if (check.ok) console.log(`${out}: ${check.pack.id} ${check.pack.version} (unsigned: run sign next)`);
  },
  async keygen() {
    const name = values.out ?? fail('--out NAME is required');
    const pair = await generateKeyPair(values.algorithm as SigningAlgorithm);
    writeFileSync(`${name}.private.jwk`, `${JSON.stringify(pair.privateJwk)}\n`, { mode: 0o600 });
    chmodSync(`${name}.private.jwk`, 0o600);
    writeFileSync(`${name}.pub`, `${pair.publicKey}\n`);
    console.log(`public key (commit it, put it in subscriptions and policy): ${pair.publicKey}`);
    console.log(`fingerprint (agents compare it with what their options page shows): ${await fingerprint(pair.publicKey)}`);
    console.warn(`private key written to ${name}.private.jwk: keep it offline and out of Git; anyone holding it can publish packs your agents will trust.`);
  },
  async sign() {
    const [path] = need(files, 'FILE');
    const keyPath = values.key ?? fail('--key PRIVATE.jwk is required');
    const current = await readOrExplain(path!);
    if (!current.ok) return;
    const nextPublicKey = values['next-key'] ? keyArgument(values['next-key']) : undefined;
    const signed = await signPack(current.raw as object, JSON.parse(readFileSync(keyPath, 'utf8')) as JsonWebKey, { name: values.signer, nextPublicKey });
    const out = values.out ?? path!;
    writeJson(out, signed);
    console.log(`${out}: signed by ${signed.signer.name} with ${signed.signature.algorithm}, key fingerprint ${await fingerprint(signed.signer.publicKey)}; sha256 ${await sha256Hex(bytesOf(out))}`);
    if (nextPublicKey) console.log(`announces the next key, fingerprint ${await fingerprint(nextPublicKey)}: sign later versions with it`);
  },
  async diff() {
    const [before, after] = need(files, 'OLD NEW', 2);
    const [a, b] = [await readOrExplain(before!), await readOrExplain(after!)];
    if (!a.ok || !b.ok) return;
    const diff = diffPacks(a.pack, b.pack);
    console.log(`${a.pack.version} → ${b.pack.version}`);
    for (const [sign, list] of [['+', diff.added], ['-', diff.removed], ['~', diff.changed]] as const) {
      for (const item of list) console.log(`${sign} ${item.key}  ${item.label}`);
    }
    for (const entry of diff.changelog) for (const change of entry.changes) console.log(`  ${entry.version}: ${change}`);
  },
  async schema() {
    const text = renderPackJsonSchema();
    if (!values.check) return void (writeFileSync(SCHEMA_PATH, text), console.log(`wrote ${SCHEMA_PATH}`));
    if (readFileSync(SCHEMA_PATH, 'utf8') !== text) throw new Error(`${SCHEMA_PATH} is stale: run npm run pack -- schema`);
    console.log(`${SCHEMA_PATH} is current`);
  },
};

function need(list: string[], what: string, count = 1): string[] {
  if (list.length < count) fail(`missing ${what}`);
  return list;
}

function fail(message: string): never {
  throw new Error(message);
}

/** Refuses with every problem listed, as the validator words them; nothing is written. */
function explain(what: string, errors: string[]): void {
  console.error(`${what}: refused`);
  for (const error of errors) console.error(`  - ${error}`);
  process.exitCode = 1;
}

const run = commands[command ?? ''];
if (!run) {
  console.error(`usage: npm run pack -- ${Object.keys(commands).join('|')} …  (see scripts/pack.ts)`);
  process.exitCode = 2;
} else {
  await run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}

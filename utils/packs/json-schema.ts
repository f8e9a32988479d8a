import { toJsonSchema } from '@valibot/to-json-schema';
import { packSchema } from './schema';

/**
 * The published JSON Schema (packs/pack.schema.json), generated from the
 * valibot schema so the two cannot drift; a unit test compares them. Checks
 * JSON Schema cannot express (plain text, no markup, unique ids) are left to
 * the validator, which remains the authority.
 */
export function packJsonSchema(): object {
  const schema = toJsonSchema(packSchema, { errorMode: 'ignore', typeMode: 'input' });
  return {
    ...schema,
    $id: 'https://undertone.dev/packs/pack.schema.json',
    title: 'Undertone team pack',
    description: 'A team pack for the Undertone browser extension: pure data (snippets, coaching phrasings, need questions, draft checks, console adapters, hotlines). Generated from utils/packs/schema.ts; the extension validator is the authority.',
  };
}

export const renderPackJsonSchema = (): string => `${JSON.stringify(packJsonSchema(), null, 2)}\n`;

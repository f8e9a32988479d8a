export type { ConsoleAdapter, EditorKind } from './schema';

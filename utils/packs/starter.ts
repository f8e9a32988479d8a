/**
 * The starter library: one built-in pack per language (packs/starter/), shipped
 * in the extension and installed through the same path as a team pack's file,
 * so it can be removed, forked and updated with the extension. It is unsigned
 * (the project keeps no signing key), and the options page labels it built-in.
 */
export const STARTER_LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type StarterLanguage = (typeof STARTER_LANGUAGES)[number];

export const starterPackId = (lang: StarterLanguage) => `dev.undertone.starter-${lang.toLowerCase()}`;

export const isStarterPack = (packId: string | undefined) => STARTER_LANGUAGES.some((lang) => starterPackId(lang) === packId);

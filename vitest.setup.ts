import { addOptionsWords } from './utils/i18n/options';

// Unit tests render options-page models and views as well as the sidebar's: every page's words are in.
addOptionsWords();

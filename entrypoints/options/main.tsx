import { render } from 'preact';
import { addOptionsWords } from '@/utils/i18n/options';
import { OptionsApp } from '@/components/options/OptionsApp';

addOptionsWords();
render(<OptionsApp />, document.getElementById('app')!);

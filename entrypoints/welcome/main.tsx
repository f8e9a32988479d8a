import { render } from 'preact';
import { addOptionsWords } from '@/utils/i18n/options';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';

addOptionsWords();
render(<WelcomeApp />, document.getElementById('app')!);

import { render } from 'preact';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';

render(<WelcomeApp />, document.getElementById('app')!);

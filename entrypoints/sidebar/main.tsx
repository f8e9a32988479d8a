import { render } from 'preact';
import { SidebarApp } from '@/components/sidebar/SidebarApp';

const site = new URLSearchParams(location.search).get('site') ?? undefined;
render(<SidebarApp dock="inline" site={site} />, document.getElementById('app')!);

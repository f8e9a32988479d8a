import '../sidebar/sidebar.css';

/** Full-size management: snippets, notes, packs and settings arrive here as their issues land. */
export function OptionsApp() {
  return (
    <main class="content" style={{ maxWidth: '860px', margin: '0 auto' }}>
      <h1>Undertone</h1>
      <p>Undertone keeps your snippets and notes on this device. Nothing leaves the browser except the team packs you or your administrator subscribe to.</p>
    </main>
  );
}

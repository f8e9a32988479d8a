import { test } from '../fixtures';
import { editorPages, editors } from './helpers';
import { checkInsertion } from './insert-checks';

/**
 * Every editor library, mounted from npm on a console page no adapter knows
 * (so the generic fallback finds the composer), takes Undertone's inserts as
 * if the agent typed them. The composer selector is the editor's signature.
 */
const { open } = editorPages();

for (const [name, composer] of editors) {
  test(`${name}: insert lands once at the saved caret, model and DOM agree, the host reacts, one Ctrl+Z undoes it`, async () => {
    const { page, probe } = await open(name);
    const methods = await checkInsertion(page, probe, composer, 'button.send');
    test.info().annotations.push({ type: 'technique', description: methods.join(', ') });
    await page.close();
  });
}

import { expect, test } from '../fixtures';
import { editorModel, editorPages, editors } from './helpers';
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

// An undo pressed while the editor is still settling must not read as a failed insert (which the next technique would insert again).
// Made straight after typing (Alt+1…4 mid-sentence), the insert is an undo step of its own, also where the editor folds quick edits together.
for (const [editor, composer] of editors) {
  test(`${editor}: a Ctrl+Z the moment an insert made straight after typing lands takes back the insert alone, for good`, async () => {
    const { page, probe } = await open(editor);
    await page.locator(composer).click();
    await page.keyboard.type('Hi ');
    const result = probe.insert('Undo me');
    await page.waitForFunction(() => (window as unknown as { __model(): string }).__model().includes('Undo me'), undefined, { polling: 'raf' });
    await page.keyboard.press('Control+z');
    // Once the insert has answered, no further technique runs: a second insert would already be in the model and stay there.
    expect(await result, 'the insert itself landed').toMatchObject({ ok: true });
    await expect.poll(() => editorModel(page)).not.toContain('Undo me');
    // Slate merges text put right after the last typed text into that undo step, whatever puts it there (the agent's own paste too).
    if (editor !== 'slate') expect(await editorModel(page), 'the typing before the insert stays').toContain('Hi');
    await page.close();
  });
}

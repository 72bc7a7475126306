import { EMULATOR_URL } from '../../playwright.config';
import { buildTestRecord } from '../../lib/emulator/test-records';
import { frenchTypography } from '../../lib/text/typography';
import { expect, test } from '../pages/study-page';


test.describe('untrusted upstream text', () => {
  test('a title with HTML and script is shown as text, runs nothing, and is fetched on miss', async ({ study, request }) => {
    // A study the mirror does not hold yet: the page reads it once from the emulator and keeps it.
    const id = `2098-A${String(Date.now() % 100000).padStart(5, '0')}-${String(Math.floor(Math.random() * 90) + 10)}`;
    const record = buildTestRecord({
      id,
      title: 'Essai &lt;script&gt;alert("pwned")&lt;/script&gt; &lt;img src=x onerror=alert("pwned")&gt; piégé',
      recruitment: 'recruiting',
      sites: [{ name: 'Centre <b>fictif</b>', city: 'Nantes' }],
    });
    const created = await request.post(`${EMULATOR_URL}/__emulator/studies`, { data: record });
    expect(created.ok(), 'emulator upsert').toBe(true);

    const dialogs: string[] = [];
    const consoleMessages: string[] = [];
    study.page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    study.page.on('console', (m) => consoleMessages.push(m.text()));

    await study.open(id);
    // Shown as text, in French typography like every upstream French text ("…" becomes « … »).
    const title = frenchTypography('Essai <script>alert("pwned")</script> <img src=x onerror=alert("pwned")> piégé');
    await expect(study.heading).toHaveText(title);
    await expect(study.main.locator('img[src="x"]')).toHaveCount(0);
    const doc = await study.jsonLd();
    expect(doc.name).toBe(title);
    expect(dialogs).toEqual([]);
    expect(consoleMessages.filter((m) => m.includes('pwned'))).toEqual([]);

    await request.delete(`${EMULATOR_URL}/__emulator/studies/${id}`);
  });
});

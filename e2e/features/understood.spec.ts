import { expect, test } from '../pages/search-page';

/**
 * « One search box that understands maladie + lieu »: « asthme lyon » is asthma within 30 km of Lyon, said back
 * (« Nous avons compris ») with the way back to the text as typed (`texte=exact`); the disease box suggests
 * diseases (keyboard); an unknown place says what was typed and offers close communes. With and without
 * JavaScript. The demo data have studies on « asthme sévère » and « mucoviscidose », and sites in Lyon.
 */

/** The accessible text of an element, with the no-break spaces of French typography as plain spaces. */
const flat = (text: string | null) => (text ?? '').replace(/[\u00A0\u202F]/g, ' ');

test.describe('the disease box understands a place (JavaScript)', () => {
  test('« asthme lyon »: asthma near Lyon, said back, and the way back to the text as typed', async ({ home, results, page }) => {
    await home.goto();
    await home.search('asthme lyon');
    await expect(page).toHaveURL(/\/recherche\?maladie=asthme\+lyon$/);
    await expect(results.understood).toContainText('Nous avons compris');
    expect(flat(await results.understood.textContent())).toContain('« asthme », à moins de 30 km de Lyon (69)');
    await expect(results.count).toContainText(/à moins de 30 km de Lyon \(69\)/);
    // The radius of the place read in the text can be changed like any other.
    const panel = await results.filters();
    await expect(panel.getByRole('link', { name: /Jusqu’à 50 km/ })).toBeVisible();

    await results.understood.getByRole('link', { name: /Chercher plutôt «\s*asthme lyon\s*» comme texte/ }).click();
    await expect(page).toHaveURL(/maladie=asthme\+lyon&texte=exact$/);
    expect(flat(await results.understood.textContent())).toContain('Phare cherche le texte « asthme lyon » tel quel.');
    await expect(results.count).not.toContainText('Lyon (69)');
    await expect(results.resultsHeading).toBeFocused();

    await results.understood.getByRole('link', { name: 'Reconnaître un lieu, un âge ou un sexe dans ce texte' }).click();
    await expect(page).toHaveURL(/\/recherche\?maladie=asthme\+lyon$/);
    await expect(results.understood).toContainText('Nous avons compris');
  });

  test('homonyms: the most populous first, the others one click away', async ({ results, page }) => {
    await results.goto('maladie=asthme+saint-denis');
    // La Réunion's Saint-Denis has the more inhabitants (155,000 against 149,000).
    await expect(results.count).toContainText('Saint-Denis (974)');
    await results.understood.getByRole('link', { name: 'Saint-Denis (93)' }).click();
    await expect(page).toHaveURL(/maladie=asthme&lieu=93066$/);
    await expect(results.count).toContainText('Saint-Denis (93)');
  });

  test('an age bracket, a department, a word left aside; a URL parameter wins over the text', async ({ results, page }) => {
    await results.goto('maladie=essai+diab%C3%A8te+enfant+13');
    const said = flat(await results.understood.textContent());
    expect(said).toContain('« diabète », dans le département Bouches-du-Rhône (13), enfants (0 à 17 ans)');
    expect(said).toContain('Laissé de côté : « essai »');
    await expect(page.getByRole('link', { name: /Département 13 \(retirer ce filtre\)/ })).toBeVisible();

    await results.goto('maladie=asthme+lyon&region=11');
    expect(flat(await results.understood.textContent())).toContain('« lyon » n’est pas utilisé comme lieu');
    await expect(results.count).not.toContainText('Lyon');
  });

  test('the API answers what was understood', async ({ request }) => {
    const res = await request.get('/api/studies?maladie=asthme+lyon');
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.understood).toMatchObject({
      typed: 'asthme lyon',
      text: 'asthme',
      place: { kind: 'commune', code: '69123', applied: true, rayon: 30 },
      dropped: [],
      params: 'maladie=asthme&lieu=69123',
    });
    expect(body.place).toMatchObject({ label: 'Lyon (69)' });
    const sites = await (await request.get('/api/sites?maladie=asthme+lyon')).json();
    expect(sites.understood.place.code).toBe('69123');
    const suggestions = await request.get('/api/maladies/suggestions?q=muco');
    expect(suggestions.status()).toBe(200);
    expect((await suggestions.json()).results[0].label).toBe('mucoviscidose');
  });
});

test.describe('the disease box suggests diseases (keyboard)', () => {
  test('type, arrow down, Enter chooses, Enter searches', async ({ home, results, page }) => {
    await home.goto();
    const box = page.getByRole('combobox', { name: 'Maladie, symptôme ou mot-clé' });
    await box.click();
    await page.keyboard.type('mucov');
    const list = page.getByRole('listbox', { name: 'Maladies proposées' });
    await expect(list.getByRole('option').first()).toContainText('mucoviscidose');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText(/maladies? proposées?\. Utilisez les flèches pour choisir\./)).toBeAttached();

    await page.keyboard.press('ArrowDown');
    const first = list.getByRole('option').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
    await page.keyboard.press('Enter');
    await expect(box).toHaveValue('mucoviscidose');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(page).toHaveURL(/\/$/);

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/recherche\?maladie=mucoviscidose$/);
    await results.expectSomeResults();
  });

  test('Escape closes the suggestions and keeps the text', async ({ home, page }) => {
    await home.goto();
    const box = page.getByRole('combobox', { name: 'Maladie, symptôme ou mot-clé' });
    await box.click();
    await page.keyboard.type('asth');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveValue('asth');
  });
});

test.describe('an unknown place (JavaScript)', () => {
  test('says what was typed, never that it does not exist, and offers close communes', async ({ results, page }) => {
    await page.goto('/recherche?maladie=asthme&lieu=69999');
    const alert = page.getByRole('main').getByRole('alert');
    expect(flat(await alert.textContent())).toContain('Nous ne trouvons pas de commune pour le code « 69999 »');
    await expect(alert).not.toContainText('Aucune commune');
    const offered = page.getByRole('region', { name: 'Vouliez-vous dire :' }).getByRole('link');
    await expect(offered.first()).toBeVisible();
    await offered.first().click();
    await expect(page).toHaveURL(/maladie=asthme&lieu=\d{5}$/);
    await expect(results.count).toContainText(/à moins de 30 km de/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('« asthme lyon » from the home page form is understood, and the way back is a plain link', async ({ home, results, page }) => {
    await home.goto();
    await home.diseaseField.fill('asthme lyon');
    await home.submit.click();
    await expect(page).toHaveURL(/\/recherche\?maladie=asthme\+lyon&lieu=$|\/recherche\?maladie=asthme\+lyon$/);
    expect(flat(await results.understood.textContent())).toContain('« asthme », à moins de 30 km de Lyon (69)');
    await expect(results.count).toContainText(/Lyon \(69\)/);

    await results.understood.getByRole('link', { name: /Chercher plutôt «\s*asthme lyon\s*» comme texte/ }).click();
    await expect(page).toHaveURL(/maladie=asthme\+lyon&texte=exact$/);
    expect(flat(await results.understood.textContent())).toContain('tel quel');
  });

  test('a commune name typed in « Où ? »: close communes offered as links', async ({ home, results, page }) => {
    await home.goto();
    await home.diseaseField.fill('asthme');
    await home.placeField.fill('Renes');
    await home.submit.click();
    await expect(page).toHaveURL(/lieu=Renes/);
    expect(flat(await page.getByRole('main').getByRole('alert').textContent())).toContain('Nous ne trouvons pas de commune nommée « Renes »');
    await page.getByRole('link', { name: 'Rennes (35) — Ille-et-Vilaine' }).click();
    await expect(page).toHaveURL(/maladie=asthme&lieu=35238$/);
    await expect(results.count).toContainText('Rennes (35)');
  });
});

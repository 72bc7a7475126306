import { DOCTOR_LETTER_TEXTS } from '../../lib/study/doctor-letter';
import { STUDY_STATUS_LABELS } from '../../lib/study/plain-french';
import { expect, test } from '../pages/study-page';
import { injectStudy, otherCharacteristic, removeInjected } from '../studies';

/**
 * The sheet for one's doctor (printed, one A4 page) is written to the doctor: a blank field for the patient's
 * name, the study's sponsor, identifiers, category and status, and the criteria in full — whole criteria only,
 * the rest announced « suite sur la page de l’étude » with the QR code. Here with a study whose criteria cannot
 * all fit.
 */
test.describe('the doctor sheet', () => {
  test('a study with many long criteria still prints on one page, whole criteria only, the rest announced', async ({ study, request }) => {
    const long = (n: number, kind: string) =>
      `${kind} ${n} : une condition rédigée longuement par le promoteur, avec des précisions sur les traitements antérieurs, les examens récents et les délais à respecter avant l’entrée dans l’étude.`;
    const inclusion = Array.from({ length: 12 }, (_, i) => long(i + 1, 'Inclusion'));
    const exclusion = Array.from({ length: 10 }, (_, i) => long(i + 1, 'Exclusion'));
    const outcomes = Array.from({ length: 5 }, (_, i) => `Critère de jugement numéro ${i + 1}, mesuré à six mois puis à un an après l’inclusion.`);
    const id = await injectStudy(request, {
      title: `Étude au très long titre ${'sur un sujet précis et bien délimité '.repeat(8)}`,
      status: 'active',
      recruitment: 'recruiting',
      sponsor: 'Centre hospitalier universitaire fictif',
      sites: [1, 2, 3, 4, 5].map((k) => ({ name: `Hôpital fictif ${k}`, city: 'Lyon' })),
      characteristics: [
        ...inclusion.map((t) => otherCharacteristic(t, false, 'eligibility-criteria')),
        ...exclusion.map((t) => otherCharacteristic(t, true, 'eligibility-criteria')),
        ...outcomes.map((t, i) => otherCharacteristic(t, i > 0, 'judgement-criteria')),
      ],
    });
    try {
      await study.open(id);
      await expect(study.printButton).toBeEnabled();
      expect(await study.printedPageCount(), 'printed pages').toBe(1);

      await study.page.emulateMedia({ media: 'print' });
      const sheet = study.doctorSheet;
      await expect(sheet).toBeVisible();
      await expect(sheet).toContainText(DOCTOR_LETTER_TEXTS.salutation);
      await expect(sheet).toContainText(DOCTOR_LETTER_TEXTS.patientLabel);
      await expect(sheet).toContainText('Centre hospitalier universitaire fictif');
      await expect(sheet).toContainText(id);
      await expect(sheet).toContainText(STUDY_STATUS_LABELS['en-cours']);
      // The first criteria whole, never cut; the last ones left to the page, and said so.
      await expect(sheet.getByRole('listitem').filter({ hasText: 'Inclusion 1 :' })).toHaveText(/délais à respecter avant l’entrée dans l’étude\.$/);
      await expect(sheet).not.toContainText('Inclusion 12 :');
      await expect(sheet).not.toContainText('Exclusion 10 :');
      await expect(sheet.getByText(/autres? critères?\s:\ssuite sur la page de l’étude\./).first()).toBeVisible();
      await expect(sheet.getByRole('img', { name: 'Code QR vers la page de l’étude sur Phare' })).toBeVisible();
      await study.page.emulateMedia({ media: 'screen' });
    } finally {
      await removeInjected(request, id);
    }
  });
});

/**
 * Links to share a study and to report an error: mailto only, nothing is stored or sent by Phare.
 */
import type { Study } from './types';

/**
 * Address of the ECLAIRE team for data corrections. It is not stated in the ECLAIRE contract
 * (/work/shared/eclaire/CONTRACT.md), so it must be confirmed with the ECLAIRE team before release.
 */
export const ECLAIRE_CONTACT_EMAIL = 'eclaire@sante.gouv.fr';

const EMAIL_RE = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export function isEmail(value: string | undefined): value is string {
  return typeof value === 'string' && EMAIL_RE.test(value.trim());
}

/** RFC 6068: addresses comma-separated, headers percent-encoded (spaces as %20, line breaks as %0D%0A). */
export function buildMailto(to: readonly string[], subject: string, body: string): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  const recipients = to.filter(isEmail).map((a) => encodeURIComponent(a.trim()).replace(/%40/g, '@')).join(',');
  return `mailto:${recipients}?subject=${enc(subject)}&body=${enc(body)}`;
}

export function shortTitle(title: string, max = 90): string {
  const t = title.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** « Envoyer par e-mail »: a subject and a short body with the stable link. */
export function shareMailto(study: Pick<Study, 'id' | 'title'>, url: string): string {
  return buildMailto(
    [],
    `Une étude clinique à regarder : ${study.id}`,
    [
      'Bonjour,',
      '',
      'Voici une étude clinique trouvée sur Phare :',
      shortTitle(study.title),
      url,
      '',
      'Phare ne remplace pas un avis médical. Parlez-en avec votre médecin.',
    ].join('\n'),
  );
}

/** The study's contact e-mail addresses (public first), well-formed ones only. */
export function studyContactEmails(study: Pick<Study, 'contacts'>): string[] {
  const out: string[] = [];
  for (const c of [study.contacts.public, study.contacts.scientific]) {
    const e = c?.email?.trim();
    if (isEmail(e) && !out.includes(e)) out.push(e);
  }
  return out;
}

/** « Signaler une information erronée »: to the study's contact when known, and to ECLAIRE. */
export function reportErrorMailto(study: Pick<Study, 'id' | 'title' | 'contacts'>, url: string): string {
  const to = [...studyContactEmails(study).slice(0, 1), ECLAIRE_CONTACT_EMAIL];
  return buildMailto(
    to,
    `Information erronée sur l’étude ${study.id}`,
    [
      'Bonjour,',
      '',
      `Une information semble erronée sur l’étude ${study.id} :`,
      shortTitle(study.title),
      `Page Phare : ${url}`,
      '',
      'Information erronée :',
      '',
      'Information correcte (si vous la connaissez) :',
      '',
      'Merci.',
    ].join('\n'),
  );
}

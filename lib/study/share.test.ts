import { describe, expect, it } from 'vitest';
import { makeStudy } from '@/lib/study/testing';
import { ECLAIRE_CONTACT_EMAIL, buildMailto, reportErrorMailto, shareMailto } from './share';

describe('mailto links', () => {
  it('encodes subject and body (no + for spaces)', () => {
    const href = buildMailto(['a@b.fr'], 'Un sujet & co', 'ligne 1\nligne 2');
    expect(href).toBe('mailto:a@b.fr?subject=Un%20sujet%20%26%20co&body=ligne%201%0D%0Aligne%202');
  });
  it('drops malformed addresses', () => {
    expect(buildMailto(['pas une adresse', 'x@y.fr?cc=z@w.fr'], 's', 'b')).toBe('mailto:?subject=s&body=b');
  });
  it('shares the stable link', () => {
    const href = shareMailto(makeStudy({ id: '2021-A01022-39' }), 'https://phare.example/essais/2021-A01022-39');
    expect(decodeURIComponent(href)).toContain('https://phare.example/essais/2021-A01022-39');
    expect(href.startsWith('mailto:?subject=')).toBe(true);
  });
  it('reports to the study contact and to ECLAIRE', () => {
    const study = makeStudy({ id: '2021-A01022-39', contacts: { public: { email: 'etude@chu.fr' } } });
    const href = reportErrorMailto(study, '/essais/2021-A01022-39');
    expect(href.startsWith(`mailto:etude@chu.fr,${ECLAIRE_CONTACT_EMAIL}?`)).toBe(true);
    const noContact = reportErrorMailto(makeStudy({ id: 'x' }), '/essais/x');
    expect(noContact.startsWith(`mailto:${ECLAIRE_CONTACT_EMAIL}?`)).toBe(true);
  });
});

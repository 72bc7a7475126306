import { describe, expect, it } from 'vitest';
import { ACCESSIBILITY_TEXTS, configurationNotice, privacyTexts } from './legal-texts';

const p = privacyTexts({ logRetentionDays: 7, contactEmail: 'contact@phare.example' });
const blocks = (t: ReturnType<typeof privacyTexts>) => [t.operator, t.summary, t.position, t.logs, t.saved, t.map, t.rights];
const all = blocks(p).flatMap((b) => [b.heading ?? '', ...b.paragraphs, ...(b.items ?? [])]).join(' ');

describe('accessibility', () => {
  it('says « non conforme » without an audit, never « partiellement conforme »', () => {
    const t = [ACCESSIBILITY_TEXTS.metaDescription, ACCESSIBILITY_TEXTS.footerLabel, ...ACCESSIBILITY_TEXTS.status.paragraphs].join(' ');
    expect(t).toContain('non conforme');
    expect(t).not.toContain('partiellement');
  });
});

describe('privacy', () => {
  it('says what the server logs, for how long, and that the URL holds what was searched', () => {
    expect(all).toContain('l’adresse IP');
    expect(all).toContain('l’adresse de la page demandée');
    expect(all).toContain('effacés au bout de 7 jours');
    expect(all).toContain('la maladie, le lieu, ou votre position');
  });
  it('never says the position stays in the browser, nor « aucun fichier sur vous »', () => {
    expect(all + p.locateHelp + p.metaDescription).not.toMatch(/reste dans votre navigateur\./);
    expect(all).not.toContain('Votre position reste dans votre navigateur');
    expect(all).not.toContain('aucun fichier');
    expect(p.locateHelp).toContain('envoyée à Phare');
  });
  it('writes the retention in words', () => {
    expect(privacyTexts({ logRetentionDays: 1, contactEmail: 'a@b.fr' }).logs.paragraphs.join(' ')).toContain('1 jour.');
  });
  it('says « à configurer » for what the operator has not set, never a made-up address or duration', () => {
    const unset = privacyTexts({});
    const text = blocks(unset).flatMap((b) => [b.heading ?? '', ...b.paragraphs, ...(b.items ?? [])]).join(' ') + unset.metaDescription;
    expect(text).toContain('(à configurer)');
    expect(text).not.toMatch(/@|\d+ jours?/);
    expect(unset.operator.paragraphs.join(' ')).toContain('à configurer');
    expect(unset.rights.paragraphs.join(' ')).toContain('CNIL');
  });
  it('names the operator and the courriel when they are set', () => {
    const set = privacyTexts({ operatorName: 'Association Exemple', contactEmail: 'dpo@exemple.fr', logRetentionDays: 30 });
    expect(set.operator.paragraphs[0]).toContain('Association Exemple');
    expect(set.rights.paragraphs.join(' ')).toContain('dpo@exemple.fr');
    expect(set.logs.paragraphs.join(' ')).toContain('30 jours');
    expect(blocks(set).flatMap((b) => b.paragraphs).join(' ')).not.toContain('configurer');
  });
});

describe('configuration notice', () => {
  it('lists what is missing, and nothing when all is set', () => {
    expect(configurationNotice([])).toBeUndefined();
    const n = configurationNotice(['operator', 'retention'])!;
    expect(n.paragraphs[0]).toContain('à configurer');
    expect(n.items).toEqual(['Le nom de qui gère ce site.', 'La durée de conservation des journaux du serveur.']);
  });
});

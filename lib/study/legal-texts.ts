/**
 * Texts of the legal pages, corrected: what is true of Phare, said plainly.
 *
 * Used by: `app/accessibilite/page.tsx` (status, metadata description) and the footer link label
 * (`components/layout/site-footer.tsx`); `app/confidentialite/page.tsx` (summary, position, logs, rights) and
 * the help line of « Autour de moi » (`components/search/locate-me-button.tsx`).
 *
 * Accessibility: without an audit of the RGAA criteria, a site's status is « non conforme » (RGAA 4.1,
 * « obligations » notice: no valid audit, no « partiellement conforme »).
 * Privacy: the server (or the proxy in front of it) keeps access logs: the IP address and the address (URL) of
 * each page asked for, which holds what was searched (disease, place, coordinates of « Autour de moi »). The
 * position is in the URL, so it reaches the server and its logs: « Votre position reste dans votre navigateur »
 * and « aucun fichier sur vous » were false. The rate limiter of `/api/*` keeps each IP address in memory for
 * its window (one minute, `lib/security/rate-limit.ts`). The retention of the logs depends on the deployment:
 * it is a parameter, never a guess.
 */
import { frenchTypography } from '@/lib/text/typography';
import type { TextBlock } from './text-block';

// ---------- accessibility ----------

export const ACCESSIBILITY_TEXTS = {
  metaDescription: 'Déclaration d’accessibilité de Phare : non conforme au RGAA 4.1, faute d’audit complet.',
  footerLabel: 'Accessibilité : non conforme',
  status: {
    heading: 'État de conformité',
    paragraphs: [
      'Phare est non conforme au RGAA 4.1.',
      'Aucun audit complet n’a encore été fait. Sans audit, le RGAA demande d’écrire « non conforme ».',
      'Cela ne veut pas dire que le site est inutilisable. Voici ce que nous vérifions déjà, à chaque version.',
    ],
  } satisfies TextBlock,
} as const;

/** The help line under « Autour de moi » (`components/search/locate-me-button.tsx`). */
export const LOCATE_HELP =
  'Votre position sert à trier les études par distance. Elle est mise dans l’adresse de la page, puis envoyée à Phare.';

// ---------- settings the operator has not given ----------

/** Settings of the legal pages (`lib/env.ts`: PHARE_OPERATOR_NAME, PHARE_CONTACT_EMAIL, …). */
export type OperatorSetting = 'operator' | 'contact' | 'accessibility' | 'retention';

const SETTING_NAMES: Record<OperatorSetting, string> = {
  operator: 'le nom de qui gère ce site',
  contact: 'l’adresse de courriel où écrire',
  accessibility: 'l’adresse de courriel pour l’accessibilité',
  retention: 'la durée de conservation des journaux du serveur',
};

/** The visible notice of a legal page while settings are missing; undefined when nothing is missing. */
export function configurationNotice(missing: readonly OperatorSetting[]): TextBlock | undefined {
  if (missing.length === 0) return undefined;
  return {
    heading: 'Informations à configurer',
    paragraphs: [frenchTypography('Qui gère ce site n’a pas encore donné ces informations. Elles sont marquées « à configurer » sur cette page.')],
    items: missing.map((m) => `${SETTING_NAMES[m][0].toUpperCase()}${SETTING_NAMES[m].slice(1)}.`),
  };
}

// ---------- privacy ----------

export interface PrivacyOptions {
  /** How long the access logs are kept, in days, as the deployment sets it; unset: said to be « à configurer ». */
  logRetentionDays?: number;
  /** Where to write (courriel); unset: said to be « à configurer », never a made-up address. */
  contactEmail?: string;
  /** Who runs this instance; unset: said to be « à configurer ». */
  operatorName?: string;
}

/** Said in place of a setting the operator has not given yet (the page also shows a notice). */
export const TO_CONFIGURE = 'à configurer';

function days(n: number): string {
  return n === 1 ? '1 jour' : `${n} jours`;
}

export function privacyTexts(options: PrivacyOptions) {
  const retention = options.logRetentionDays === undefined ? undefined : days(options.logRetentionDays);
  const operator: TextBlock = {
    heading: 'Qui gère ce site',
    paragraphs: options.operatorName
      ? [`Ce site est géré par ${options.operatorName}. C’est lui qui répond des journaux du serveur.`]
      : [`Le nom de qui gère ce site n’est pas encore indiqué (${TO_CONFIGURE}).`],
  };
  const summary: TextBlock = {
    heading: 'En bref',
    paragraphs: [],
    items: [
      'Pas de cookie.',
      'Pas de traceur, pas de mesure d’audience, pas de publicité.',
      'Pas de compte à créer.',
      retention
        ? `Le serveur note votre adresse IP et l’adresse des pages demandées. Il les garde ${retention}.`
        : `Le serveur note votre adresse IP et l’adresse des pages demandées. Leur durée de conservation n’est pas encore indiquée (${TO_CONFIGURE}).`,
    ],
  };
  const position: TextBlock = {
    heading: 'Votre position (« Autour de moi »)',
    paragraphs: [
      'Si vous cliquez sur « Autour de moi », votre navigateur vous demande d’abord si vous êtes d’accord.',
      'Votre position est alors mise dans l’adresse de la page de résultats, en latitude et longitude. Elle est donc envoyée au serveur de Phare, comme tout lieu que vous cherchez.',
      'Elle sert à trier les études par distance. Phare ne la range dans aucun compte, mais elle figure dans les journaux du serveur, comme toute adresse de page.',
      'Si vous partagez ou enregistrez ce lien, votre position part avec lui.',
    ],
  };
  const logs: TextBlock = {
    heading: 'Les journaux du serveur',
    paragraphs: [
      'Comme tout site, le serveur de Phare note chaque demande : l’adresse IP, la date et l’heure, et l’adresse de la page demandée.',
      'Cette adresse contient ce que vous cherchez : la maladie, le lieu, ou votre position.',
      retention
        ? `Ces journaux servent à faire marcher le site et à le protéger des abus. Ils sont effacés au bout de ${retention}.`
        : `Ces journaux servent à faire marcher le site et à le protéger des abus. Leur durée de conservation n’est pas encore indiquée (${TO_CONFIGURE}).`,
      'Pour limiter les abus, le serveur compte aussi les demandes de chaque adresse IP, pendant une minute.',
    ],
  };
  const saved: TextBlock = {
    heading: 'Vos recherches enregistrées',
    paragraphs: [
      'Les recherches que vous enregistrez restent dans votre navigateur. Elles ne sont pas envoyées à Phare.',
      'Quand vous relancez une recherche, elle est envoyée au serveur, comme toute recherche.',
      'Vous pouvez les effacer quand vous voulez, dans Phare ou dans les réglages de votre navigateur.',
    ],
  };
  const map: TextBlock = {
    heading: 'La carte',
    paragraphs: [
      'Les fonds de carte viennent d’un autre service, par défaut celui de l’IGN. Quand une carte s’affiche, votre navigateur les lui demande. Ce service voit alors votre adresse IP.',
      'La liste des lieux, à côté de la carte, donne les mêmes informations.',
    ],
  };
  const rights: TextBlock = {
    heading: 'Vos droits',
    paragraphs: [
      'Les journaux du serveur sont des données personnelles. Vous pouvez demander à les voir ou à les faire effacer.',
      options.contactEmail
        ? `Écrivez à ${options.contactEmail}. Vous pouvez aussi vous adresser à la CNIL.`
        : `L’adresse de courriel où écrire n’est pas encore indiquée (${TO_CONFIGURE}). Vous pouvez vous adresser à la CNIL.`,
    ],
  };
  const fix = (b: TextBlock): TextBlock => ({
    ...(b.heading ? { heading: frenchTypography(b.heading) } : {}),
    paragraphs: b.paragraphs.map(frenchTypography),
    ...(b.items ? { items: b.items.map(frenchTypography) } : {}),
  });
  return {
    metaDescription: frenchTypography(
      retention
        ? `Phare n’utilise ni cookie, ni traceur, ni compte. Le serveur garde ${retention} l’adresse IP et l’adresse des pages demandées.`
        : 'Phare n’utilise ni cookie, ni traceur, ni compte. Le serveur note l’adresse IP et l’adresse des pages demandées.',
    ),
    locateHelp: LOCATE_HELP,
    operator: fix(operator),
    summary: fix(summary),
    position: fix(position),
    logs: fix(logs),
    saved: fix(saved),
    map: fix(map),
    rights: fix(rights),
  };
}

import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ConfigurationNotice } from '@/components/layout/configuration-notice';
import { Container } from '@/components/ui/container';
import { PageHeading } from '@/components/ui/page-heading';
import { Prose } from '@/components/ui/prose';
import { TextBlocks } from '@/components/ui/text-blocks';
import { getEnv } from '@/lib/env';
import { configurationNotice, privacyTexts, type OperatorSetting } from '@/lib/study/legal-texts';

function texts() {
  const env = getEnv();
  return {
    privacy: privacyTexts({
      operatorName: env.PHARE_OPERATOR_NAME,
      contactEmail: env.PHARE_CONTACT_EMAIL,
      logRetentionDays: env.PHARE_LOG_RETENTION_DAYS,
    }),
    missing: [
      ...(env.PHARE_OPERATOR_NAME ? [] : ['operator']),
      ...(env.PHARE_CONTACT_EMAIL ? [] : ['contact']),
      ...(env.PHARE_LOG_RETENTION_DAYS ? [] : ['retention']),
    ] as OperatorSetting[],
  };
}

export async function generateMetadata(): Promise<Metadata> {
  await connection();
  return { title: 'Confidentialité', description: texts().privacy.metaDescription };
}

/**
 * What Phare keeps and what it does not, truthfully: no cookie, tracker or account; the server's logs (IP address
 * and page address, which holds what was searched, the position included) and how long they are kept; who runs
 * the site and where to write, from the configuration (« à configurer » while unset).
 */
export default async function PrivacyPage() {
  await connection();
  const { privacy, missing } = texts();
  return (
    <main id="contenu" tabIndex={-1} className="py-8 focus:outline-none">
      <Container>
        <PageHeading lead="Vous pouvez chercher une étude sans dire qui vous êtes.">Confidentialité</PageHeading>
        <ConfigurationNotice notice={configurationNotice(missing)} />
        <Prose>
          <TextBlocks
            headingLevel={2}
            blocks={[privacy.summary, privacy.operator, privacy.position, privacy.logs, privacy.saved, privacy.map, privacy.rights]}
          />
        </Prose>
      </Container>
    </main>
  );
}

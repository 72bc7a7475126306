import { TextBlocks } from '@/components/ui/text-blocks';
import type { TextBlock } from '@/lib/study/text-block';
import { StudySection } from './study-section';

export const PRACTICE_SECTION_ID = 'participer-en-pratique';

/**
 * « Participer en pratique », on every study page, worded per legal category (`participationInPractice`):
 * costs, healthy volunteers, stopping, after the study, if something goes wrong.
 */
export function PracticeSection({ blocks }: { blocks: TextBlock[] }) {
  return (
    <StudySection id={PRACTICE_SECTION_ID} title="Participer en pratique">
      <TextBlocks blocks={blocks} />
    </StudySection>
  );
}

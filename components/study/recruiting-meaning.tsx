import { Disclosure } from '@/components/ui/disclosure';
import { TextBlocks } from '@/components/ui/text-blocks';
import type { TextBlock } from '@/lib/study/text-block';

/** Under the badge of a recruiting study: what « Recrute en ce moment » means in practice (`recruitingMeaning`). */
export function RecruitingMeaning({ block }: { block: TextBlock }) {
  const { heading, ...rest } = block;
  return (
    <Disclosure summary={heading ?? 'Ce que veut dire « Recrute en ce moment »'}>
      <TextBlocks blocks={[rest]} />
    </Disclosure>
  );
}

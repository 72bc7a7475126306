import { healthAnswer } from '@/lib/server/health';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request): Promise<Response> {
  const answer = await healthAnswer(new URL(request.url));
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

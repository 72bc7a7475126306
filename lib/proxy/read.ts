import type { ResearchStudy } from 'fhir/r4';
import { NO_STORE as CACHE_CONTROL_NONE } from '@/lib/cache-control';
import type { RawResponse } from '@/lib/eclaire/client';
import { isObject, tryParseJson } from '@/lib/eclaire/json';
import {
  errorAnswer,
  FHIR_CONTENT_TYPE,
  outcomeBody,
  refusedByUpstream,
  unavailableAnswer,
  WARNING_REVALIDATION_FAILED,
  type InterpretedAnswer,
  type ProxyAnswer,
  type ProxyRequestInfo,
} from './answers';
import { isValidStudyId } from './params';
import { serveCached, type ProxyParts } from './serve';
import type { ProxyCounters } from './stats';
import { UpstreamFailureError } from './upstream';

/** `GET /ResearchStudy/{id}` through the proxy, with the local mirror as the last resort when the upstream fails. */

const READ_PATH = '/ResearchStudy/';

/**
 * Raw FHIR of a study from the local mirror. `undefined`: the mirror does not know the id; `null`: the mirror
 * cannot tell (absent, empty).
 */
export type MirrorLookup = (id: string) => { researchStudy: ResearchStudy } | undefined | null;

export function interpretRead(raw: RawResponse, id: string): InterpretedAnswer {
  const body = tryParseJson(raw.body);
  if (raw.status === 200) {
    if (!isObject(body) || body.resourceType !== 'ResearchStudy' || body.id !== id) {
      throw new UpstreamFailureError('Réponse de lecture inattendue.', 200);
    }
    return { status: 200, body: raw.body };
  }
  if (raw.status === 404 && isObject(body) && body.resourceType === 'OperationOutcome') {
    return { status: 404, body: outcomeBody(`Aucune étude ne porte l’identifiant « ${id} » dans ECLAIRE.`, 'not-found') };
  }
  if (raw.status === 400) return refusedByUpstream('la lecture', body);
  throw new UpstreamFailureError(`Statut inattendu d’ECLAIRE : ${raw.status}.`, raw.status);
}

export async function readStudy(
  parts: ProxyParts,
  mirror: { getRaw?: MirrorLookup; counters: ProxyCounters },
  id: string,
  info: ProxyRequestInfo,
): Promise<ProxyAnswer> {
  if (!isValidStudyId(id)) {
    return errorAnswer(400, 'Paramètre « id » refusé : identifiant ECLAIRE attendu (lettres, chiffres et tirets, 64 au plus).', 'invalid');
  }
  const path = `${READ_PATH}${id}`;
  const result = await serveCached(parts, path, path, (raw) => interpretRead(raw, id), info);
  if ('answer' in result) return result.answer;

  let mirrored: { researchStudy: ResearchStudy } | undefined | null = null;
  try {
    mirrored = mirror.getRaw ? mirror.getRaw(id) : null;
  } catch (e) {
    parts.logger.warn('Proxy FHIR : copie locale illisible', { error: (e as Error).message });
  }
  if (mirrored === null) return unavailableAnswer(parts.upstream.retryAfterSeconds(result.failure));
  if (mirrored === undefined || mirrored.researchStudy?.id !== id) {
    return errorAnswer(404, `Aucune étude ne porte l’identifiant « ${id} » dans la copie locale d’ECLAIRE.`, 'not-found');
  }
  mirror.counters.stale++;
  return {
    status: 200,
    headers: {
      'content-type': FHIR_CONTENT_TYPE,
      'cache-control': CACHE_CONTROL_NONE,
      'x-cache': 'STALE',
      warning: WARNING_REVALIDATION_FAILED,
    },
    body: JSON.stringify(mirrored.researchStudy),
  };
}

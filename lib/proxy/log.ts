import { BrokenCircuitError } from 'cockatiel';

/** Logging of the FHIR proxy. */

export interface ProxyLogger {
  warn(message: string, meta?: object): void;
}

export function logUpstreamFailure(logger: ProxyLogger, failure: unknown): void {
  if (failure instanceof BrokenCircuitError) return; // expected while open, logged once on break
  logger.warn('Proxy FHIR : ECLAIRE n’a pas pu répondre', { error: (failure as Error)?.message });
}

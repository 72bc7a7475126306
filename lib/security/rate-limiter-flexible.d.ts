// Types for the deep imports used by rate-limit.ts (the package only types its index).
declare module 'rate-limiter-flexible/lib/RateLimiterMemory' {
  const RateLimiterMemory: unknown;
  export default RateLimiterMemory;
}
declare module 'rate-limiter-flexible/lib/RateLimiterRes' {
  const RateLimiterRes: unknown;
  export default RateLimiterRes;
}

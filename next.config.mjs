/**
 * Security headers of the answers the middleware leaves alone (paths with a file extension: robots.txt, sitemaps,
 * files of public/, favicon; Next's static chunks; the test tiles): HSTS, nosniff and a CSP under which nothing
 * runs. Pages get theirs, with a nonce, from middleware.ts. The values are those of lib/security/headers.ts
 * (`NON_PAGE_SECURITY_HEADERS`, `NON_PAGE_HEADER_SOURCES`); lib/security/headers.test.ts checks they are equal.
 */
const NON_PAGE_SECURITY_HEADERS = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Frame-Options': 'DENY',
};

const NON_PAGE_HEADER_SOURCES = [
  '/_next/:path*',
  '/tuiles-test/:path*',
  '/:path((?!api/|_next/|tuiles-test/).*\\.[A-Za-z0-9]{1,8})',
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Node packages loaded as they are, not bundled (native addon; backends required lazily).
  serverExternalPackages: ['better-sqlite3', 'rate-limiter-flexible'],
  eslint: { ignoreDuringBuilds: true },
  // Metadata (title, description, canonical link) in <head> for every visitor, never streamed into <body>: the
  // front door caches one render per URL for all user agents, and a description belongs in <head> for everyone.
  htmlLimitedBots: /.*/,
  async headers() {
    const headers = Object.entries(NON_PAGE_SECURITY_HEADERS).map(([key, value]) => ({ key, value }));
    return NON_PAGE_HEADER_SOURCES.map((source) => ({ source, headers }));
  },
};

export default nextConfig;

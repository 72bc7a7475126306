/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Node packages loaded as they are, not bundled (native addon; backends required lazily).
  serverExternalPackages: ['better-sqlite3', 'rate-limiter-flexible'],
  eslint: { ignoreDuringBuilds: true },
};

export default nextConfig;

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel work trees build side by side (BATON_DIST_DIR=.next-other).
  distDir: process.env.BATON_DIST_DIR || ".next",
  // Native database drivers are loaded by Node at run time, never bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  experimental: {
    // proxy.ts sees every request body; without this Next would hand the
    // import route only the first 10 MB of a 50 MB upload. Keep in step with
    // IMPORT_BODY_LIMIT (lib/server/http/request-guard.ts).
    proxyClientMaxBodySize: 50_000_000 + 64 * 1024,
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;

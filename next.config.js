/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel work trees build side by side (BATON_DIST_DIR=.next-other).
  distDir: process.env.BATON_DIST_DIR || ".next",
  // Native database drivers are loaded by Node at run time, never bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
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

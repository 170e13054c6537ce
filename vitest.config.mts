import path from "node:path";
import { defineConfig } from "vitest/config";

// "server-only" throws outside React's server build; tests are server code.
const alias = { "@": import.meta.dirname, "server-only": path.join(import.meta.dirname, "lib/testing/server-only-stub.ts") };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
          // A few tests build 100,000-person organizations; a busy 2-core CI
          // machine needs more than the 5 s default for those.
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**"],
          environment: "node",
          // Integration tests share real database servers; run files one at a time.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

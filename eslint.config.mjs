import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // Reading pages link with plain <a>: every switch of language changes
      // <html lang dir> anyway, and plain links ship no router code.
      "@next/next/no-html-link-for-pages": "off",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["../*", "./../*"], message: "Use the @/ alias instead of relative parent imports." },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@/lib/db/client", message: "Components receive plain data; query through lib/." }],
          patterns: [{ group: ["@/lib/generated/*", "../*"], message: "Components never import Prisma." }],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["../*", "./../*"], message: "Use the @/ alias instead of relative parent imports." },
            // Components are built on lib/, never the other way: what both need lives in lib/.
            { group: ["@/components/*"], message: "lib/ imports nothing from components/." },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    ".data/**",
    "bench/bare-next/.next/**",
    "bench/results/**",
  ]),
]);

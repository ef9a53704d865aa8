import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const config = [
  {
    ignores: [
      "generated/**",
      ".next/**",
      "dist/**",
      "node_modules/**",
      ".data/**",
      ".test-data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  // Prettier owns layout; ESLint keeps to correctness.
  prettier,
];

export default config;

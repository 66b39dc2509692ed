import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", ".data/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      // Tests must not be focused; a skipped test needs its reason in the code.
      "no-restricted-properties": [
        "error",
        { object: "test", property: "only", message: "Focused tests hide the rest of the suite." },
        { object: "it", property: "only", message: "Focused tests hide the rest of the suite." },
        { object: "describe", property: "only", message: "Focused tests hide the rest of the suite." },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;

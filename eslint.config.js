// @ts-check
import { defineConfig } from "eslint/config";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";
import importX from "eslint-plugin-import-x";

/** Packages that only `src/db/` may import: the database is the one shared state between islands. */
const dexie = { group: ["dexie", "dexie/*", "dexie-*"], message: "只有 src/db/ 可以导入 Dexie。" };

/** SheetJS runs in the import worker (`src/import/`) and at build time (`src/build/`), never in an island. */
const sheetJs = {
  group: ["@e965/xlsx", "@e965/xlsx/*", "xlsx", "xlsx/*"],
  message: "岛组件不直接导入 SheetJS：请通过 src/import/ 的导入 worker。",
};

/** `src/core/` is pure TypeScript: it must run unchanged in a page, a worker, a test or a script. */
const notInCore = {
  group: [
    "dexie",
    "dexie/*",
    "dexie-*",
    "preact",
    "preact/*",
    "@preact/*",
    "@e965/xlsx",
    "@e965/xlsx/*",
    "xlsx",
    "chart.js",
    "chart.js/*",
    "astro",
    "astro/*",
    "astro:*",
    "@astrojs/*",
    "node:*",
  ],
  message: "src/core/ 只放纯 TypeScript：不导入 Dexie、Preact、SheetJS、Chart.js、astro:* 或 node:*。",
};

export default defineConfig(
  {
    ignores: ["dist/", ".astro/", "node_modules/", "test-results/", ".bench/", "content/", "public/"],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "import-x": importX },
    rules: {
      // TypeScript reports undefined names itself, with the right globals for each file.
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // Node runs .ts files directly and resolves only full relative paths: `./a.ts`, never `./a`.
      "import-x/extensions": ["error", "ignorePackages", { checkTypeImports: true }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.astro", "**/*.astro/*.ts", "**/*.astro/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
  ...astro.configs["flat/recommended"],
  {
    files: ["src/**"],
    ignores: ["src/db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [dexie] }] },
  },
  {
    files: ["src/islands/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [dexie, sheetJs] }] },
  },
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [notInCore] }],
      "import-x/no-restricted-paths": [
        "error",
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: "./src/core",
              from: "./**",
              except: ["**/src/core/**", "**/node_modules/**"],
              message: "src/core/ 只能导入 src/core/ 内的文件。",
            },
          ],
        },
      ],
    },
  },
);

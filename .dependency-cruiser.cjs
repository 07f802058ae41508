// The project's import rules, checked by `npm run depcheck` (part of `npm test`). The layers and arrows
// are those of shared/guides/architecture.md; docs/architecture-notes.md shows the gateway's layers.
// Type-only imports count: a model that imports a type from the layer that uses it is still upside down.

const GATEWAY = '^sandbox/gateway/';
const layer = (...names) => `^sandbox/gateway/(${names.join('|')})/`;

/** sandbox/<shop>/ must import nothing of golive's or of another merchant's. */
const FOREIGN_TO_A_MERCHANT = '^(helpers|fixtures|sandbox/gateway|sandbox/shop-[^/]+|sandbox/storefront[^/]*)/';

/** What golive reads about a merchant (its seeded defects, the checks they must fail) may name checklist items. */
const READ_BY_GOLIVE = '(defects|expected-failures)\\.ts$';
const CHECKLIST_TYPES = '^helpers/checklist/checklist\\.ts$';

function merchantRule(dir, allowedTargets, comment) {
  return [
    {
      name: 'merchants-share-nothing',
      severity: 'error',
      comment,
      // The launcher starts the merchant for golive, so it may use golive's pieces.
      from: { path: `^sandbox/${dir}/`, pathNot: [`^sandbox/${dir}/launch\\.ts$`, `^sandbox/${dir}/${READ_BY_GOLIVE}`] },
      to: { path: FOREIGN_TO_A_MERCHANT, pathNot: [`^sandbox/${dir}/`, ...allowedTargets] },
    },
    {
      name: 'merchants-share-nothing',
      severity: 'error',
      comment: `${comment} Its defect tables may import the checklist's types only.`,
      from: { path: `^sandbox/${dir}/${READ_BY_GOLIVE}` },
      to: { path: FOREIGN_TO_A_MERCHANT, pathNot: [`^sandbox/${dir}/`, CHECKLIST_TYPES, ...allowedTargets] },
    },
  ];
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: no module in it can be read, tested or changed without the others. Move the shared piece down a layer.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'gateway-layers',
      severity: 'error',
      comment: 'Gateway layer "model" (state and its types) imports nothing else of the gateway.',
      from: { path: layer('model') },
      to: { path: GATEWAY, pathNot: layer('model') },
    },
    {
      name: 'gateway-layers',
      severity: 'error',
      comment: 'Gateway layer "rules" imports only rules and the model.',
      from: { path: layer('rules') },
      to: { path: GATEWAY, pathNot: layer('model', 'rules') },
    },
    {
      name: 'gateway-layers',
      severity: 'error',
      comment: 'Gateway layer "services" imports only services, rules and the model (never the http layer or index.ts).',
      from: { path: layer('services') },
      to: { path: GATEWAY, pathNot: layer('model', 'rules', 'services') },
    },
    {
      name: 'gateway-layers',
      severity: 'error',
      comment: 'Gateway layer "http" imports only http, services, rules and the model (never the composition, index.ts).',
      from: { path: layer('http') },
      to: { path: GATEWAY, pathNot: layer('model', 'rules', 'services', 'http') },
    },
    {
      name: 'gateway-layers',
      severity: 'error',
      comment: 'Every gateway module sits in a layer folder (model, rules, services, http); only the composition, index.ts, sits at the top.',
      from: { path: GATEWAY, pathNot: [layer('model', 'rules', 'services', 'http'), '^sandbox/gateway/index\\.ts$'] },
      to: {},
    },
    {
      name: 'sandbox-not-fixtures',
      severity: 'error',
      comment: 'sandbox/ runs without the test harness: it never imports fixtures/ or Playwright (fixtures start the sandbox, not the other way round).',
      from: { path: '^sandbox/' },
      to: { path: ['^fixtures/', '^node_modules/(@playwright/test|playwright|playwright-core)/'] },
    },
    {
      name: 'sandbox-not-fixtures',
      severity: 'error',
      comment: 'sandbox/ never imports Playwright, even where the package does not resolve.',
      from: { path: '^sandbox/' },
      to: { couldNotResolve: true, path: '^(@playwright/test|playwright|playwright-core)$' },
    },
    {
      name: 'scenarios-use-the-public-entry',
      severity: 'error',
      comment:
        'scenarios/ import fixtures only through fixtures/index.ts, the public entry (test, expect and the vocabulary); fixtures/internal/ is plumbing and the other fixture modules are reached through the entry.',
      from: { path: '^scenarios/' },
      to: { path: '^fixtures/', pathNot: '^fixtures/index[.]ts$' },
    },
    {
      name: 'nothing-imports-scenarios',
      severity: 'error',
      comment: 'scenarios/ is the top of the arrows (scenarios -> fixtures -> helpers): only scenarios import scenarios.',
      from: { pathNot: '^scenarios/' },
      to: { path: '^scenarios/' },
    },
    ...merchantRule(
      'shop-vendure',
      [],
      'sandbox/shop-vendure/ is a merchant: it imports nothing from helpers/, fixtures/, the gateway or another merchant (its launcher launch.ts excepted).',
    ),
    ...merchantRule(
      'storefront',
      [],
      'sandbox/storefront/ is a merchant: it imports nothing from helpers/, fixtures/, the gateway or another merchant (its defect table excepted).',
    ),
    ...merchantRule(
      'storefront-spa',
      [],
      'sandbox/storefront-spa/ is a merchant: it imports nothing from helpers/, fixtures/, the gateway or another merchant (its defect table excepted).',
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(reports/allure-results|reports/allure-report|reports-local|test-results)/' },
    // Count type-only imports too (they are erased at run time, not from the design).
    tsPreCompilationDeps: true,
    // Resolves `.ts` specifiers (allowImportingTsExtensions) and the package's own exports.
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};

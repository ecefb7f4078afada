/** Layer rules (see README, Layout). `npm run lint` runs them in CI. */
module.exports = {
  forbidden: [
    { name: "no-cycles", severity: "error", comment: "A cycle makes two modules one; split the shared part out.", from: { path: "^src" }, to: { circular: true } },
    { name: "core-is-neutral", severity: "error", comment: "core is the shared vocabulary: it imports nothing of ours.", from: { path: "^src/core/" }, to: { path: "^src/", pathNot: "^src/core/" } },
    { name: "domain-is-pure", severity: "error", comment: "Domain rules are plain functions: only core and other domain modules.", from: { path: "^src/domain/" }, to: { path: "^src/", pathNot: "^src/(domain|core)/" } },
    { name: "domain-has-no-io", severity: "error", comment: "Domain rules do no I/O and know no framework.", from: { path: "^src/domain/" }, to: { dependencyTypes: ["npm"], pathNot: "node_modules/zod/" } },
    { name: "features-not-channels", severity: "error", comment: "Flows must not care which messenger the person is on.", from: { path: "^src/(features|flows|services)/" }, to: { path: "^src/(channels|web|server)/" } },
    { name: "flows-not-tables", severity: "error", comment: "Flows call their feature's use cases and queries; they never query tables themselves.", from: { path: "^src/features/.+(flow|review|members)\\.ts$" }, to: { path: "^src/db/schema\\.ts$" } },
    { name: "channels-not-database", severity: "error", comment: "Channels and the web only receive and render; use cases reach the database.", from: { path: "^src/(channels|web)/" }, to: { path: "^src/db/" } },
    { name: "no-orphans", severity: "warn", from: { orphan: true, pathNot: ["\\.d\\.ts$", "^src/(main|cli/index)\\.ts$"] }, to: {} },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".tsx", ".js"] },
  },
};

/**
 * Layer boundaries (see ../shared/style.md): the path of a file tells the
 * runtime it needs, and so what it may import. `npm test` fails on any breach.
 */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-platform-neutral',
      comment: 'shared/ runs everywhere: no Node built-ins, no React, no Electron, no other layer.',
      severity: 'error',
      from: { path: '^shared/', pathNot: '\\.test\\.ts$' },
      to: {
        dependencyTypesNot: ['type-only'],
        pathNot: '^shared/',
        path: [
          '^electron/',
          '^renderer/',
          '^scripts/',
          '^tests/',
          'node_modules/(react|react-dom|electron|@fluentui|dexie)/',
        ],
      },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      from: { path: '^shared/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-not-electron',
      comment: 'The sandboxed page reaches the main process only through window.csb.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^electron/', 'node_modules/electron/'] },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/', pathNot: '\\.test\\.tsx?$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'electron-not-renderer',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: ['^renderer/', 'node_modules/(react|react-dom|@fluentui|dexie)/'] },
    },
    {
      name: 'feature-internals',
      comment: 'A feature uses another feature only through its index (exported entry).',
      severity: 'error',
      from: { path: '^renderer/features/([^/]+)/' },
      to: {
        path: '^renderer/features/([^/]+)/.+',
        pathNot: ['^renderer/features/$1/', '^renderer/features/[^/]+/index\\.tsx?$'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '^out/', '^tests/artifacts'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

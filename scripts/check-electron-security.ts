/**
 * Static check of the Electron layer's security settings, run by `npm test`
 * (tests/unit/electron-security.test.ts). It reads the TypeScript sources with
 * the compiler API and fails when a window is created without the secure
 * preferences, when one of them is overridden, or when a guard is missing.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface SecurityFinding {
  file: string;
  rule: string;
  detail: string;
}

/** Each must hold the exact value, in the shared secure preferences and in every window. */
export const REQUIRED_PREFERENCES: Record<string, boolean> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
};

/** Calls the main process must make, each a guard of the window or the session. */
export const REQUIRED_GUARDS: { rule: string; pattern: RegExp }[] = [
  { rule: 'single-instance-lock', pattern: /app\.requestSingleInstanceLock\(\)/ },
  { rule: 'deny-permissions', pattern: /setPermissionRequestHandler\([\s\S]{0,120}?callback\(false\)/ },
  { rule: 'deny-permission-checks', pattern: /setPermissionCheckHandler\(\(\) => false\)/ },
  { rule: 'block-navigation', pattern: /'will-navigate',[\s\S]*?event\.preventDefault\(\)/ },
  { rule: 'block-webviews', pattern: /'will-attach-webview',[\s\S]*?preventDefault\(\)/ },
  { rule: 'deny-new-windows', pattern: /setWindowOpenHandler\([\s\S]*?action: 'deny'/ },
  { rule: 'csp-header', pattern: /'Content-Security-Policy': \[CONTENT_SECURITY_POLICY\]/ },
  { rule: 'ipc-sender-check', pattern: /event\.sender !== win\.webContents \|\| !isAppUrl\(/ },
];

function parse(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function literalBoolean(node: ts.Expression): boolean | undefined {
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  return undefined;
}

/** The secure preferences object (`SECURE_WEB_PREFERENCES` in window-options.ts) must hold every required value. */
export function checkPreferencesSource(file: string, text: string): SecurityFinding[] {
  const findings: SecurityFinding[] = [];
  const source = parse(file, text);
  let found: ts.ObjectLiteralExpression | undefined;
  source.forEachChild(function visit(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'SECURE_WEB_PREFERENCES' && node.initializer) {
      let init = node.initializer;
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init)) {
        init = init.expression;
      }
      if (ts.isObjectLiteralExpression(init)) found = init;
    }
    node.forEachChild(visit);
  });
  if (!found) return [{ file, rule: 'secure-preferences', detail: 'SECURE_WEB_PREFERENCES object not found' }];
  const values = new Map<string, ts.Expression>();
  for (const prop of found.properties) {
    if (ts.isPropertyAssignment(prop)) values.set(prop.name.getText(), prop.initializer);
    else findings.push({ file, rule: 'secure-preferences', detail: `unexpected member: ${prop.getText()}` });
  }
  for (const [key, expected] of Object.entries(REQUIRED_PREFERENCES)) {
    const value = values.get(key);
    if (!value || literalBoolean(value) !== expected) {
      findings.push({ file, rule: key, detail: `${key} must be ${expected}, found ${value?.getText() ?? 'nothing'}` });
    }
  }
  return findings;
}

/** Every `new BrowserWindow` must spread the secure preferences last-or-only and override none of them. */
export function checkMainSource(file: string, text: string): SecurityFinding[] {
  const findings: SecurityFinding[] = [];
  const source = parse(file, text);
  let windows = 0;
  source.forEachChild(function visit(node) {
    if (ts.isNewExpression(node) && node.expression.getText() === 'BrowserWindow') {
      windows++;
      const options = node.arguments?.[0];
      const prefs =
        options && ts.isObjectLiteralExpression(options)
          ? options.properties.find((p) => p.name?.getText() === 'webPreferences')
          : undefined;
      if (!prefs || !ts.isPropertyAssignment(prefs) || !ts.isObjectLiteralExpression(prefs.initializer)) {
        findings.push({
          file,
          rule: 'window-preferences',
          detail: 'BrowserWindow without a literal webPreferences object',
        });
      } else {
        const members = prefs.initializer.properties;
        const spreadIndex = members.findIndex(
          (m) => ts.isSpreadAssignment(m) && m.expression.getText() === 'SECURE_WEB_PREFERENCES',
        );
        if (spreadIndex < 0) {
          findings.push({
            file,
            rule: 'window-preferences',
            detail: 'webPreferences does not spread SECURE_WEB_PREFERENCES',
          });
        }
        members.forEach((member, index) => {
          const name = member.name?.getText();
          if (ts.isSpreadAssignment(member) && index > spreadIndex && spreadIndex >= 0) {
            findings.push({
              file,
              rule: 'window-preferences',
              detail: `spread after the secure preferences: ${member.getText()}`,
            });
          }
          if (name && name in REQUIRED_PREFERENCES) {
            findings.push({ file, rule: name, detail: `webPreferences overrides ${name}` });
          }
        });
      }
    }
    node.forEachChild(visit);
  });
  if (windows === 0) findings.push({ file, rule: 'window-preferences', detail: 'no BrowserWindow found' });
  for (const guard of REQUIRED_GUARDS) {
    if (!guard.pattern.test(text)) findings.push({ file, rule: guard.rule, detail: `missing guard: ${guard.rule}` });
  }
  return findings;
}

/** The Content-Security-Policy: only the app's own origin, no inline or eval'd script. */
export function checkCsp(policy: string): SecurityFinding[] {
  const findings: SecurityFinding[] = [];
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0] as string, parts.slice(1)]),
  );
  const script = directives.get('script-src') ?? directives.get('default-src') ?? [];
  if (script.some((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'" || s === '*')) {
    findings.push({ file: 'csp', rule: 'csp-script', detail: `script-src allows ${script.join(' ')}` });
  }
  if (!directives.get('default-src')?.includes("'self'")) {
    findings.push({ file: 'csp', rule: 'csp-default', detail: "default-src must be 'self'" });
  }
  for (const [name, sources] of directives) {
    for (const s of sources) {
      if (/^(https?:|wss?:|\*)/.test(s) || /^[a-z0-9.-]+\.[a-z]{2,}/i.test(s)) {
        findings.push({ file: 'csp', rule: 'csp-remote', detail: `${name} allows remote source ${s}` });
      }
    }
  }
  if (directives.get('object-src')?.join(' ') !== "'none'") {
    findings.push({ file: 'csp', rule: 'csp-object', detail: "object-src must be 'none'" });
  }
  return findings;
}

export function checkElectronLayer(root = '.'): SecurityFinding[] {
  const prefsFile = `${root}/electron/window-options.ts`;
  const mainFile = `${root}/electron/main.ts`;
  const cspText = readFileSync(`${root}/shared/csp.ts`, 'utf8');
  const policy = /\[([\s\S]*?)\]\.join\('; '\)/.exec(cspText)?.[1] ?? '';
  const parts = [...policy.matchAll(/"([^"]+)"/g)].map((m) => m[1]).join('; ');
  return [
    ...checkPreferencesSource(prefsFile, readFileSync(prefsFile, 'utf8')),
    ...checkMainSource(mainFile, readFileSync(mainFile, 'utf8')),
    ...checkCsp(parts),
  ];
}

if (process.argv[1]?.endsWith('check-electron-security.ts')) {
  const findings = checkElectronLayer();
  for (const f of findings) console.error(`${f.file}: [${f.rule}] ${f.detail}`);
  console.log(findings.length === 0 ? 'Electron security check: OK' : `${findings.length} finding(s)`);
  process.exitCode = findings.length === 0 ? 0 : 1;
}

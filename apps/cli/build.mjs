// Builds the CLI into two files (docs/cli.md, "Code cache"):
// - dist/pyarena-main.cjs: the whole interpreter in one CommonJS bundle. minifySyntax inlines the
//   imported opcode constants into numeric `case` labels, which V8 dispatches 1.7-2x faster
//   (shared/ANCHORS.md section 6). CommonJS, because only a classic script can be given a V8 code
//   cache in Node 20 (vm.Script cachedData).
// - dist/pyarena.mjs: the launcher (src/launch.ts), which runs the bundle with that code cache.
// The build id (a hash of the bundle) names the V8 cache and is part of the version the code cache
// of compiled programs is keyed by, so a changed interpreter never loads a stale cache.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// Same length as the 16 hex digits that replace it, so the source map stays exact.
const BUILD_ID_PLACEHOLDER = '@PYARENA_BUILD@@';

/**
 * The Ohm grammar is built on first use rather than when the bundle loads (about 10 ms), so a run
 * served from the code cache never builds it: ohm generateBundles' module calls makeRecipe at its
 * top level; this plugin wraps that call in a function behind a proxy, and loads ohm-js itself
 * with require(), which esbuild also evaluates lazily.
 */
const lazyGrammar = {
  name: 'lazy-ohm-grammar',
  setup(b) {
    b.onLoad({ filter: /\.ohm-bundle\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const m = /^import \{makeRecipe\} from 'ohm-js';const result=makeRecipe\(([\s\S]*)\);export default result;\s*$/.exec(text);
      if (m === null) {
        throw new Error(`${args.path} is not in the form ohm generateBundles writes; update lazyGrammar in apps/cli/build.mjs`);
      }
      const contents =
        `let grammar = null;\n` +
        `const load = () => (grammar ??= require('ohm-js').makeRecipe(${m[1]}));\n` +
        `export default new Proxy({}, { get(_, key) { const g = load(), v = g[key]; return typeof v === 'function' ? v.bind(g) : v; } });\n`;
      return { contents, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * Node modules that cost milliseconds to load and that most runs never use: commander's
 * child_process (for executable subcommands, with net, dgram and streams behind it), the bench
 * command's child_process and perf_hooks, the REPL's readline, crypto (the random module's
 * seeding; the code cache hashes with it, but -c runs do not). Every require() of one in the
 * bundle becomes __pyarenaLazy(name), a proxy that requires the module on first property access.
 * esbuild compiles named imports of Node modules to property accesses at call time
 * (`(0, import_node_crypto.createHash)(...)`), and commander calls `childProcess.spawn(...)`, so
 * nothing changes but when the module loads.
 */
const LAZY_BUILTINS = ['child_process', 'crypto', 'perf_hooks', 'readline'];
const LAZY_BANNER =
  'var __pyarenaLazy = (name) => { let m = null; return new Proxy({}, { get: (_, key) => (m ??= require(name))[key] }); };';
function lazyBuiltins(text) {
  return text.replace(new RegExp(`\\brequire\\("node:(${LAZY_BUILTINS.join('|')})"\\)`, 'g'), '__pyarenaLazy("node:$1")');
}

/** Non-ASCII characters (in comments and a regex or two) as escapes: the launcher reads the bundle as latin1, faster than UTF-8. */
function toAscii(text) {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// write: false below, so esbuild does not create dist/ (a fresh clone has none).
mkdirSync(new URL('./dist/', import.meta.url), { recursive: true });

const main = await build({
  entryPoints: ['src/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifySyntax: true,
  sourcemap: 'linked',
  outfile: 'dist/pyarena-main.cjs',
  write: false,
  plugins: [lazyGrammar],
  define: {
    __PYARENA_BUILD_ID__: JSON.stringify(BUILD_ID_PLACEHOLDER),
    __PYARENA_VERSION__: JSON.stringify(pkg.version),
    'import.meta.url': '__pyarenaImportMetaUrl',
  },
  banner: { js: `var __pyarenaImportMetaUrl = require('url').pathToFileURL(__filename).href;\n${LAZY_BANNER}` },
  logLevel: 'warning',
});

let buildId = '';
const [bundle] = main.outputFiles.filter((out) => out.path.endsWith('.cjs'));
const code = lazyBuiltins(toAscii(bundle.text));
buildId = createHash('sha256').update(code).digest('hex').slice(0, 16);
for (const out of main.outputFiles) {
  writeFileSync(out.path, out === bundle ? code.replaceAll(BUILD_ID_PLACEHOLDER, buildId) : out.text);
}

await build({
  entryPoints: ['src/launch.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/pyarena.mjs',
  define: { __PYARENA_BUILD_ID__: JSON.stringify(buildId) },
  logLevel: 'warning',
});
rmSync('dist/pyarena.mjs.map', { force: true }); // from the single-file builds before the launcher

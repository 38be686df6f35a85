import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes a brotli (`.br`, quality 11; 9 for the files over 400 KB, GraphiQL's lazily loaded editor, where 11 takes
 * seconds each) and a gzip (`.gz`, level 9) copy beside every text file of the build, so a server (or a reverse
 * proxy: nginx gzip_static / brotli_static) sends them without compressing on each request.
 * A copy that would not be smaller is not written.
 */
function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "bina-precompress",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (fs.readdirSync(outDir, { recursive: true }) as string[])
        .map((f) => path.join(outDir, f))
        .filter((f) => /\.(js|mjs|css|html|svg|json|ttf|txt)$/.test(f) && fs.statSync(f).size >= 1024);
      await Promise.all(
        files.map(async (file) => {
          const data = fs.readFileSync(file);
          const [br, gz] = await Promise.all([
            brotli(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: data.length > 400_000 ? 9 : 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
            gzip(data, { level: 9 }),
          ]);
          if (br.length < data.length) fs.writeFileSync(`${file}.br`, br);
          if (gz.length < data.length) fs.writeFileSync(`${file}.gz`, gz);
        }),
      );
    },
  };
}

/**
 * The API (apps/api) listens on port 4000 and serves the built `dist/` at `/` in production; in
 * development Vite proxies the API's paths to it (`BINA_API_ORIGIN` points elsewhere).
 */
const API_ORIGIN = process.env["BINA_API_ORIGIN"] ?? "http://localhost:4000";

/** What the API serves besides the app: GraphQL, health, certificate PDFs and the public /verify and /check-in pages. */
const API_PROXY = Object.fromEntries(["/graphql", "/healthz", "/readyz", "/certificates", "/verify", "/check-in", "/survey", "/evaluate"].map((path) => [path, API_ORIGIN]));

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    port: 5173,
    proxy: API_PROXY,
  },
  preview: {
    port: 4173,
    proxy: API_PROXY,
  },
  // Monaco's workers (GraphiQL) are bundled as ES module workers: no CDN on closed government networks.
  worker: { format: "es" },
  // The dev pre-bundler cannot follow `?worker` imports; leave GraphiQL's worker setup to Vite itself
  // (as GraphiQL's own Vite example does).
  // Those workers import CommonJS packages, which the dev server must then pre-bundle by name.
  optimizeDeps: {
    exclude: ["graphiql/setup-workers/vite", "@graphiql/react/setup-workers/vite"],
    include: [
      "graphiql > @graphiql/react > graphql-language-service > nullthrows",
      "graphiql > @graphiql/react > graphql-language-service > debounce-promise",
      "graphiql > @graphiql/react > monaco-graphql > picomatch-browser",
    ],
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // GraphiQL (Monaco) is large by nature; it lives in its own lazily loaded chunks.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // React Compiler output in GraphiQL carries "use no memo" directives, harmless once bundled.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
      output: {
        // Libraries in their own chunks: they change less often than the app, so browsers keep them cached.
        // Not antd: one chunk of every component any page uses made the first route load 350 KB (gzipped) of it;
        // split with the pages, each route loads only the components it shows.
        codeSplitting: {
          groups: [
            { name: "vendor-react", test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
            { name: "vendor-apollo", test: /[\\/]node_modules[\\/](@apollo|rxjs|@wry|optimism)[\\/]/ },
          ],
        },
      },
    },
  },
});

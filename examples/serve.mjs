// A small static server for the examples: no dependencies, no network beyond
// 127.0.0.1. It serves examples/, the built dist/ and the d3 modules the ESM
// build imports, with a strict Content-Security-Policy so every page proves
// that chronoline runs under one. Usage: node examples/serve.mjs [--port 8080]
import {createHash} from "node:crypto";
import {readFile, stat} from "node:fs/promises";
import {createServer} from "node:http";
import {extname, join, normalize, relative, sep} from "node:path";
import {fileURLToPath} from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const PUBLIC_PREFIXES = ["examples/", "dist/", "node_modules/d3-", "node_modules/internmap/"];
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".map": "application/json; charset=utf-8"
};

/** Inline import maps are allowed by their hash, so script-src stays 'self'. */
function contentSecurityPolicy(html) {
  const hashes = [...html.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`
  );
  return [
    "default-src 'none'",
    `script-src 'self' ${hashes.join(" ")}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "require-trusted-types-for 'script'"
  ].join("; ");
}

export function startServer({port = 8080, host = "127.0.0.1"} = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let path = decodeURIComponent(url.pathname).replace(/^\/+/, "");
    if (path === "" || path === "examples" || path === "examples/") path = "examples/index.html";
    // Decide on the normalised path, so "examples/%2e%2e/package.json" cannot climb out.
    const file = normalize(join(root, path));
    const relativePath = relative(root, file).split(sep).join("/");
    if (relativePath.startsWith("..") || !PUBLIC_PREFIXES.some((prefix) => relativePath.startsWith(prefix))) {
      response.writeHead(404).end("not found");
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      const body = await readFile(file);
      const headers = {"content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store"};
      if (extname(file) === ".html") headers["content-security-policy"] = contentSecurityPolicy(body.toString("utf8"));
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const portFlag = process.argv.indexOf("--port");
  const port = Number(portFlag > -1 ? process.argv[portFlag + 1] : process.env.PORT ?? 8080);
  const server = await startServer({port});
  const {port: actual} = server.address();
  console.log(`chronoline examples on http://127.0.0.1:${actual}/ (Ctrl-C to stop)`);
  console.log(`  default story  http://127.0.0.1:${actual}/examples/index.html`);
  console.log(`  gallery        http://127.0.0.1:${actual}/examples/gallery.html`);
  console.log(`  dashboard      http://127.0.0.1:${actual}/examples/dashboard.html`);
  console.log(`  UMD build      http://127.0.0.1:${actual}/examples/umd.html`);
  console.log(`  ESM build      http://127.0.0.1:${actual}/examples/esm.html`);
}

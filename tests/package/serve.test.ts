// The demo server serves the examples, the build and d3, and nothing else.
import {request, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {repoPath} from "../support/paths.js";

function get(port: number, path: string): Promise<{status: number; headers: Record<string, unknown>}> {
  return new Promise((resolve, reject) => {
    request({host: "127.0.0.1", port, path}, (response) => {
      response.resume();
      resolve({status: response.statusCode ?? 0, headers: response.headers});
    }).on("error", reject).end();
  });
}

describe("examples/serve.mjs", () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    const {startServer} = await import(repoPath("examples", "serve.mjs"));
    server = await startServer({port: 0});
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("serves the default story at / with a strict Content-Security-Policy", async () => {
    const response = await get(port, "/");
    expect(response.status).toBe(200);
    expect(response.headers["content-security-policy"]).toMatch(/^default-src 'none'; script-src 'self' 'sha256-[^']+'; style-src 'self';/);
  });

  it.each(["/examples/umd.html", "/dist/chronoline.css", "/node_modules/d3-selection/dist/d3-selection.mjs"])("serves %s", async (path) => {
    expect((await get(port, path)).status).toBe(200);
  });

  it.each(["/package.json", "/examples/%2e%2e/package.json", "/examples/..%2fpackage.json", "/dist/../package.json", "/node_modules/typescript/package.json", "/src/index.ts"])(
    "refuses %s",
    async (path) => {
      expect((await get(port, path)).status).toBe(404);
    }
  );
});

/**
 * The four host servers of the embedding tests, each with a route of its own (`/hello`, behind
 * the host's own cookie check) and a Weft app under `/weft/` whose `authenticate` wants the
 * cookie `auth=ok`. Each resolves to its port and a close.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import express from "express";
import Fastify from "fastify";
import { Hono } from "hono";
import { createHandler, ElevatedButton, Text, type AppMain, type WeftHandler } from "../../src/index.js";

export interface Hosted {
  port: number;
  /** The host's root, `http://127.0.0.1:PORT/`. */
  url: string;
  close(): Promise<void>;
}

export const quiet = { info() {}, warn() {}, error() {} };

/** `auth=ok` in the request's cookies, else a throw: the host's auth, shared by its routes and Weft. */
export function checkCookie(req: IncomingMessage): { name: string } {
  if (!/(?:^|;\s*)auth=ok(?:;|$)/.test(req.headers.cookie ?? "")) throw new Error("no auth cookie");
  return { name: "ada" };
}

/** A counter that greets `page.user`. */
export const counterApp: AppMain = (page) => {
  let count = 0;
  const label = new Text({ value: `hello ${(page.user as { name: string }).name}: 0` });
  page.add(label, new ElevatedButton({ text: "Add", onClick: () => {
    count += 1;
    label.value = `hello ${(page.user as { name: string }).name}: ${count}`;
    page.update();
  } }));
};

function weft(): Promise<WeftHandler> {
  return createHandler(counterApp, { basePath: "/weft/", authenticate: checkCookie, logger: quiet });
}

async function listening(server: Server, handler: WeftHandler): Promise<Hosted> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await handler.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Plain node:http: the listener with a fallback, and the upgrade. */
export async function nodeHost(): Promise<Hosted> {
  const handler = await weft();
  const server = createServer((req, res) =>
    handler.listener(req, res, () => {
      res.writeHead(req.url === "/hello" ? 200 : 404, { "Content-Type": "text/plain" }).end(req.url === "/hello" ? "host route" : "host 404");
    }),
  );
  server.on("upgrade", (req, socket, head) => {
    if (!handler.upgrade(req, socket, head)) socket.destroy();
  });
  return listening(server, handler);
}

/** Express 5: the listener as middleware after the host's routes. */
export async function expressHost(): Promise<Hosted> {
  const handler = await weft();
  const app = express();
  app.get("/hello", (_req, res) => {
    res.type("text/plain").send("host route");
  });
  app.use(handler.listener);
  const server = createServer(app);
  server.on("upgrade", handler.upgrade);
  return listening(server, handler);
}

/** Fastify 5: a wildcard route that hands the raw request over. */
export async function fastifyHost(): Promise<Hosted> {
  const handler = await weft();
  const app = Fastify();
  app.get("/hello", async () => "host route");
  app.get("/weft/*", (request, reply) => {
    reply.hijack();
    handler.listener(request.raw, reply.raw);
  });
  app.server.on("upgrade", handler.upgrade);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const port = (app.server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await handler.close();
      await app.close();
    },
  };
}

/** Hono on @hono/node-server: Weft first, Hono's listener as the fallback. */
export async function honoHost(): Promise<Hosted> {
  const handler = await weft();
  const app = new Hono();
  app.get("/hello", (c) => c.text("host route"));
  const hono = getRequestListener(app.fetch);
  const server = createServer((req, res) => handler.listener(req, res, () => void hono(req, res)));
  server.on("upgrade", handler.upgrade);
  return listening(server, handler);
}

export const HOSTS = { "node:http": nodeHost, "Express 5": expressHost, "Fastify 5": fastifyHost, "Hono (@hono/node-server)": honoHost };

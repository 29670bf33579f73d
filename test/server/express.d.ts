// The little of Express 5 the embedding tests use (the package ships no types, and @types/express is not installed).
declare module "express" {
  import type { IncomingMessage, ServerResponse } from "node:http";
  interface Response extends ServerResponse {
    type(type: string): Response;
    send(body: string): Response;
  }
  type Handler = (req: IncomingMessage, res: Response, next: () => void) => void;
  interface Express {
    (req: IncomingMessage, res: ServerResponse): void;
    get(path: string, handler: Handler): Express;
    use(handler: Handler): Express;
  }
  export default function express(): Express;
}

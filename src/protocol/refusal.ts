/**
 * Codes of the refusals a person may read, named once for the server that sends them and the
 * client that puts them into words for the person (the frame's message is for developers).
 */
export const Refusal = {
  /** The client's address already holds `maxSessionsPerClient` live sessions. */
  tooManySessions: "limit.sessions",
  /** The process is draining (docs/deploy.md): it takes no new session; the client tries again, through the balancer. */
  draining: "server.draining",
  /** A hello claimed a first-painted page's session with a token that is unknown, used, expired or from another origin. */
  claimRefused: "session.claim-refused",
} as const;
export type Refusal = (typeof Refusal)[keyof typeof Refusal];

/** `weft publish` could not build the site: printed as one line, exit code 1, nothing written. */
export class PublishError extends Error {
  override name = "PublishError";
}

/** The text of `weft --help`. Lists only commands that exist. */
export const HELP = `Usage: weft <command> [options]

Commands:
  run <app.ts>     Serve a TypeScript app file (one that calls app(main))

Options of run:
  --port <n>       Port to listen on (default 8550; 0 picks a free port)
  --host <host>    Interface to listen on (default 127.0.0.1)
  --no-open        Do not open a browser; only print the URL

Global options:
  -h, --help       Show this help
  -v, --version    Print Weft's version

Example:
  weft run examples/hello.ts --port 8000
`;

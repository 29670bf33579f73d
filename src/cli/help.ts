/** The text of `weft --help`. Lists only commands that exist. */
export const HELP = `Usage: weft <command> [options]

Commands:
  run <app.ts>              Serve a TypeScript app file (one that calls app(main))
  build <app.ts>            Bundle the app for production: a folder with server.js,
                            app.js and the prebuilt browser client
  start [dir]               Serve a folder weft build wrote (default build), on plain
                            Node: no tsx, no esbuild (same as node dir/server.js)
  publish <app.ts>          Write a static website that runs the app in the browser
  create <name>             Make a new app folder: app.ts, a test, tsconfig, scripts

Options of run and start:
  --port <n>                Port to listen on (default 8550; 0 picks a free port)
  --host <host>             Interface to listen on (default 127.0.0.1)
  --no-open                 Do not open a browser; only print the URL

Options of run:
  -w, --watch               Restart the app when it or a file it imports changes;
                            open tabs follow, and a syntax or startup error shows
                            over the page until it is fixed

Options of build:
  --out <dir>               Folder to write (default build)

Options of publish:
  --out <dir>               Folder to write (default dist)
  --base-path <path>        URL path the site is served under, e.g. /my-app/
  --route-strategy <s>      hash (default; deep links work on any host) or path
                            (also writes 404.html, for hosts that serve it)
  --prerender <routes>      Run main under Node for these routes (/,/about) and
                            write each one's first paint into its page, readable
                            before and without JavaScript (/about: about/index.html;
                            other routes than / need --route-strategy path)

Options of create:
  --template <t>, -t <t>    minimal (default), counter, multi-page or chat

Global options:
  -h, --help                Show this help
  -v, --version             Print Weft's version

Examples:
  weft run --watch app.ts
  weft run examples/hello.ts --port 8000
  weft build app.ts --out build && weft start build --port 8000
  weft publish examples/hello.ts --out dist
  weft create my-app --template counter
`;

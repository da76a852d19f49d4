/**
 * A small static server for the demo intranet: demo/ at `/`, dist/ at `/dist/`.
 * It sends a strict Content-Security-Policy on every response, to prove that Plein needs no
 * inline scripts, no inline styles and no eval.
 *
 *   node scripts/serve.mjs            (serves what is built; `npm start` builds first)
 *   PORT=9000 HOST=0.0.0.0 node scripts/serve.mjs
 */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** URL prefix → folder. The longest matching prefix wins. */
const MOUNTS = [
  { prefix: '/dist/', dir: join(repo, 'dist') },
  { prefix: '/', dir: join(repo, 'demo') },
];

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Maps a request path onto a file inside one of the mounts, or undefined when the path
 * is malformed or would leave its folder (`..`, encoded slashes, NUL bytes, symlinks out).
 */
async function locate(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const mount = MOUNTS.find((m) => decoded.startsWith(m.prefix));
  if (!mount) return undefined;
  const relative = decoded.slice(mount.prefix.length);
  if (relative.split('/').some((part) => part === '..')) return undefined;
  let file = resolve(mount.dir, '.' + sep + relative);
  if (file !== mount.dir && !file.startsWith(mount.dir + sep)) return undefined;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return undefined;
    const real = await realpath(file);
    const root = await realpath(mount.dir);
    if (!real.startsWith(root + sep)) return undefined;
    return { file: real, info };
  } catch {
    return undefined;
  }
}

function send(res, status, text, headers = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
  }
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const found = await locate(pathname);
  if (!found) {
    const hint = pathname.startsWith('/dist/') ? ' (run `npm run build` first)' : '';
    return send(res, 404, `Not found${hint}\n`);
  }
  const { file, info } = found;
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    ETag: etag,
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    return res.end();
  }
  res.writeHead(200, { ...headers, 'Content-Length': info.size });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Starts the server on `port`, or on the next free port when it is taken (port 0: any free
 * port). Resolves with `{ url, port, close() }`.
 */
export async function serve({
  port = Number(process.env.PORT ?? 8000),
  host = process.env.HOST ?? '127.0.0.1',
  tries = 20,
} = {}) {
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      // A bug in this dev server, not in the request: say which, so it can be found.
      console.error(`Could not serve ${req.url}:`, error);
      if (!res.headersSent) send(res, 500, 'Internal error\n');
      else res.destroy();
    });
  });
  for (let attempt = 0; ; attempt++) {
    const wanted = port === 0 ? 0 : port + attempt;
    try {
      await new Promise((ok, fail) => {
        server.once('error', fail);
        server.listen(wanted, host, () => {
          server.off('error', fail);
          ok();
        });
      });
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || port === 0 || attempt + 1 >= tries) throw error;
    }
  }
  const actual = server.address().port;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    server,
    port: actual,
    url: `http://${shown === '127.0.0.1' ? 'localhost' : shown}:${actual}/`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** Stops the server on SIGINT/SIGTERM, letting open responses finish. */
export function stopOnSignals(running) {
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the demo server… `);
    await running.close();
    process.stdout.write('stopped.\n');
    process.exit(0);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

export function banner(url) {
  const line = '─'.repeat(56);
  return [
    '',
    line,
    '  Plein demo: Kompas, the intranet of Noordlicht (made up), is running at',
    '',
    `    ${url}`,
    '',
    `  Homepage + feed       ${url}`,
    `  News article          ${url}news.html`,
    `  English article       ${url}news.en.html`,
    `  Town hall presenter   ${url}presenter.html`,
    `  Communication team    ${url}polls.html`,
    `  Kudos wall            ${url}kudos.html`,
    `  Kudos office screen   ${url}kudos-screen.html`,
    `  Onboarding: my start  ${url}onboarding.html`,
    `  Onboarding: the team  ${url}onboarding-team.html`,
    `  Insights              ${url}insights.html`,
    `  Moderation            ${url}moderation.html`,
    '',
    '  Served with a strict Content-Security-Policy. Ctrl+C stops.',
    line,
    '',
  ].join('\n');
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const running = await serve();
  console.log(banner(running.url));
  stopOnSignals(running);
}

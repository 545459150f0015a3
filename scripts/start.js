// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
// Without ORIGIN the server answers on whatever address it is reached by (localhost, 127.0.0.1,
// the laptop's address on the workshop's network), which adapter-node alone cannot do over plain http.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import compression from 'compression';

const root = new URL('..', import.meta.url).pathname;
const SOURCES = [
	'src',
	'messages',
	'static',
	'db/migrations',
	'project.inlang/settings.json',
	'package.json',
	'svelte.config.js',
	'vite.config.ts'
];

function newest(path) {
	if (!existsSync(path)) return 0;
	const s = statSync(path);
	if (!s.isDirectory()) return s.mtimeMs;
	let t = s.mtimeMs;
	for (const name of readdirSync(path))
		if (name !== 'paraglide') t = Math.max(t, newest(join(path, name)));
	return t;
}

const built = join(root, 'build', 'handler.js');
const sourceTime = Math.max(...SOURCES.map((p) => newest(join(root, p))));
if (!existsSync(built) || statSync(built).mtimeMs < sourceTime) {
	console.log('Building Converge (once, about half a minute)…');
	const r = spawnSync(
		process.execPath,
		[join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
		{ cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }
	);
	if (r.status !== 0) process.exit(r.status ?? 1);
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
process.env.BODY_SIZE_LIMIT ??= '2M';
// the header that tells adapter-node the protocol is set below from the socket, never by the client
const ownProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (ownProtocol) process.env.PROTOCOL_HEADER = 'x-converge-protocol';

// Pages and their data are gzipped (or brotli'd, if the browser offers it) for phones on slow
// networks; the built JS and CSS are precompressed by adapter-node and pass through untouched.
// The live stream is never compressed: the compressor buffers, and a notice must leave at once.
// CONVERGE_COMPRESS=0 turns it off (a proxy in front that compresses already, or to measure).
const compress =
	process.env.CONVERGE_COMPRESS === '0'
		? (_req, _res, next) => next()
		: compression({
				filter: (req, res) =>
					!String(res.getHeader('Content-Type')).startsWith('text/event-stream') &&
					compression.filter(req, res)
			});

const { handler } = await import(built);
const server = createServer((req, res) => {
	if (ownProtocol) req.headers['x-converge-protocol'] = 'http';
	compress(req, res, () => handler(req, res));
});
// phones and proxies keep connections open between requests; closing an idle one sooner than they
// expect makes a request fail as the socket is reused (Node's default is only 5 s)
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, host, () => {
	const shown = process.env.ORIGIN ?? `http://localhost:${port}`;
	console.log(`Listening on ${host}:${port}. Open ${shown}`);
});

function stop() {
	server.close(() => process.exit(0));
	server.closeAllConnections();
	setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

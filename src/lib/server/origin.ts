/**
 * The address phones can reach. A link built from the facilitator's own browser says
 * `localhost` when the facilitator runs Converge on their laptop, which no phone can open; the
 * server knows its network addresses and its configured `ORIGIN`, `HOST` and `PORT`.
 */
import { networkInterfaces } from 'node:os';

/** The machine's IPv4 addresses on its networks (not the loopback), as `os.networkInterfaces` lists them. */
export function networkAddresses(
	interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces()
): string[] {
	return Object.values(interfaces)
		.flatMap((list) => list ?? [])
		.filter((a) => a.family === 'IPv4' && !a.internal)
		.map((a) => a.address);
}

/** True for a host name that only this machine can open. */
export function isLoopback(hostname: string): boolean {
	const h = hostname.replace(/^\[|\]$/g, '');
	return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\./.test(h);
}

const ANY_ADDRESS = new Set(['', '0.0.0.0', '::', '[::]']);

export interface OriginSettings {
	origin?: string;
	host?: string;
	port?: string;
	addresses: string[];
}

/**
 * The address to put in links: `ORIGIN` when set; the address the server is bound to when `HOST`
 * names one; else the first network address; else localhost.
 */
export function pickOrigin({ origin, host, port, addresses }: OriginSettings): string {
	if (origin) return origin.replace(/\/$/, '');
	const p = port || '3000';
	if (host && !ANY_ADDRESS.has(host))
		return `http://${host.includes(':') ? `[${host}]` : host}:${p}`;
	return addresses.length ? `http://${addresses[0]}:${p}` : `http://localhost:${p}`;
}

/** The address for links on this server, from its environment. */
export function publicOrigin(): string {
	return pickOrigin({
		origin: process.env.ORIGIN,
		host: process.env.HOST,
		port: process.env.PORT,
		addresses: networkAddresses()
	});
}

/**
 * The address for links shown on a page: the browser's own, unless it is a loopback name (the
 * facilitator's laptop), when the server's network address is used and the page says so.
 */
export function shareOrigin(requestUrl: URL, fallback: () => string = publicOrigin) {
	if (!isLoopback(requestUrl.hostname))
		return { origin: requestUrl.origin, replaced: false, reachable: true };
	const origin = fallback();
	const reachable = !isLoopback(new URL(origin).hostname);
	return { origin: reachable ? origin : requestUrl.origin, replaced: reachable, reachable };
}

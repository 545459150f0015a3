/**
 * A self-hosted LibreTranslate server (https://github.com/LibreTranslate/LibreTranslate), for the
 * language pairs Apertium lacks: configured with `TRANSLATE_URL` (its address) and, when the server
 * asks for one, `TRANSLATE_KEY`. Without `TRANSLATE_URL` it is never asked. Texts go to the server
 * the operator named and nowhere else.
 */
import { parseLibreLanguages, type LanguagePairs } from './route';

export interface LibreConfig {
	/** the server's address, without a trailing slash */
	url: string;
	key: string | null;
	/** how long one request may take before it is given up */
	timeoutMs: number;
}

/** A translation request that failed: the message names the server and what went wrong. */
export class MachineTranslationError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'MachineTranslationError';
	}
}

// A batch of statements translates in seconds on a laptop-sized server; a minute means it is stuck.
const TIMEOUT_MS = 60_000;
// Pages ask which pairs the server has while they load: a server that hangs must not hold them.
const LANGUAGES_TIMEOUT_MS = 5_000;
// Servers cap the texts of one request (`--batch-limit`); statements go in batches this size.
const BATCH = 25;
// The pairs a server offers change only when its operator installs models: ask again after this.
const PAIRS_TTL_MS = 10 * 60_000;
// A server that did not answer is not asked again on every page view for this long.
const FAILURE_TTL_MS = 30_000;

/** The server configured in the environment, or null when `TRANSLATE_URL` is not set. */
export function libreConfig(env: NodeJS.ProcessEnv = process.env): LibreConfig | null {
	const raw = env.TRANSLATE_URL?.trim();
	if (!raw) return null;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new MachineTranslationError(
			`TRANSLATE_URL must be the address of a LibreTranslate server, like http://localhost:5000 (got "${raw}")`
		);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		throw new MachineTranslationError(
			`TRANSLATE_URL must start with http:// or https:// (got "${raw}")`
		);
	return {
		url: url.href.replace(/\/+$/, ''),
		key: env.TRANSLATE_KEY?.trim() || null,
		timeoutMs: TIMEOUT_MS
	};
}

/** One request to the server; its JSON answer, or an error naming the server and the cause. */
async function call(
	config: LibreConfig,
	path: string,
	init: RequestInit = {},
	timeoutMs = config.timeoutMs
): Promise<unknown> {
	const where = `LibreTranslate at ${config.url}`;
	let response: Response;
	try {
		response = await fetch(config.url + path, {
			...init,
			headers: {
				accept: 'application/json',
				...(init.body ? { 'content-type': 'application/json' } : {})
			},
			signal: AbortSignal.timeout(timeoutMs)
		});
	} catch (e) {
		const cause =
			(e as Error).name === 'TimeoutError'
				? `no answer within ${timeoutMs / 1000} s`
				: ((e as { cause?: Error }).cause?.message ?? (e as Error).message);
		throw new MachineTranslationError(`${where} could not be reached (${cause})`);
	}
	const text = await response.text();
	let body: unknown;
	try {
		body = text ? JSON.parse(text) : null;
	} catch {
		throw new MachineTranslationError(
			`${where} answered ${path} with something other than JSON (status ${response.status})`
		);
	}
	if (!response.ok) {
		const said = (body as { error?: unknown } | null)?.error;
		throw new MachineTranslationError(
			`${where} refused ${path} with status ${response.status}${typeof said === 'string' ? `: ${said}` : ''}`
		);
	}
	return body;
}

const pairsCache = new Map<string, { at: number; pairs: LanguagePairs | null; error?: string }>();

/** The pairs the server offers (`GET /languages`), remembered for a while; throws when it cannot say. */
export async function libreLanguages(config: LibreConfig): Promise<LanguagePairs> {
	const cached = pairsCache.get(config.url);
	const age = cached ? Date.now() - cached.at : Infinity;
	if (cached?.pairs && age < PAIRS_TTL_MS) return cached.pairs;
	if (cached?.error && age < FAILURE_TTL_MS) throw new MachineTranslationError(cached.error);
	try {
		const body = await call(
			config,
			'/languages',
			{},
			Math.min(config.timeoutMs, LANGUAGES_TIMEOUT_MS)
		);
		let pairs: LanguagePairs;
		try {
			pairs = parseLibreLanguages(body);
		} catch (e) {
			throw new MachineTranslationError(
				`LibreTranslate at ${config.url} answered /languages with an unexpected list (${(e as Error).message})`
			);
		}
		pairsCache.set(config.url, { at: Date.now(), pairs });
		return pairs;
	} catch (e) {
		pairsCache.set(config.url, { at: Date.now(), pairs: null, error: (e as Error).message });
		throw e;
	}
}

/** Forgets the servers' pairs (a test starting servers, an operator changing TRANSLATE_URL). */
export function forgetLibreLanguages(): void {
	pairsCache.clear();
}

/** Translates texts from one language to another (`POST /translate`), in batches, in order. */
export async function libreTranslate(
	config: LibreConfig,
	texts: readonly string[],
	from: string,
	to: string
): Promise<string[]> {
	const out: string[] = [];
	for (let at = 0; at < texts.length; at += BATCH) {
		const q = texts.slice(at, at + BATCH);
		const body = await call(config, '/translate', {
			method: 'POST',
			body: JSON.stringify({
				q,
				source: from,
				target: to,
				format: 'text',
				...(config.key ? { api_key: config.key } : {})
			})
		});
		const translated = (body as { translatedText?: unknown } | null)?.translatedText;
		if (
			!Array.isArray(translated) ||
			translated.length !== q.length ||
			translated.some((t) => typeof t !== 'string')
		)
			throw new MachineTranslationError(
				`LibreTranslate at ${config.url} answered /translate without one translated text per text sent`
			);
		out.push(...(translated as string[]).map((t) => t.trim()));
	}
	return out;
}

/**
 * Capability secrets. A link's secret is derived from a server key and a stored nonce, so the
 * database holds only hashes (a copy of it opens nothing) while a facilitator can still re-display
 * and print the links of their event.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

let key: Buffer | undefined;

/**
 * The server key: CONVERGE_SECRET, else a file beside the database (created on first start),
 * else, for an in-memory database, a key that lives as long as the process.
 */
export function serverKey(databasePath: string): Buffer {
	if (key) return key;
	if (process.env.CONVERGE_SECRET) {
		key = createHash('sha256').update(process.env.CONVERGE_SECRET).digest();
	} else if (databasePath === ':memory:') {
		key = randomBytes(32);
	} else {
		const file = `${databasePath}.secret`;
		if (!existsSync(file)) {
			writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600 });
			chmodSync(file, 0o600);
		}
		key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
	}
	return key;
}

/** Forgets the cached key (tests that change CONVERGE_SECRET). */
export function resetServerKey(): void {
	key = undefined;
}

/** A fresh random nonce for a new link. */
export function newNonce(): string {
	return randomBytes(12).toString('hex');
}

/** The URL secret of a link: 128 bits, URL-safe. */
export function linkToken(serverKey: Buffer, nonce: string): string {
	return createHmac('sha256', serverKey).update(`link:${nonce}`).digest('base64url').slice(0, 22);
}

// No 0/O, 1/I/L: the code is read off a projector and typed on a phone.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
/**
 * The code of a large event: eight characters, 31² (about 960) times as many to guess, for an event
 * whose code has been on many screens and phones. Both lengths are accepted at the door.
 */
export const LONG_JOIN_CODE_LENGTH = 8;
export const JOIN_CODE_LENGTHS: readonly number[] = [JOIN_CODE_LENGTH, LONG_JOIN_CODE_LENGTH];

/** The participant join code of a nonce: characters from an alphabet that reads unambiguously. */
export function joinCode(serverKey: Buffer, nonce: string, length = JOIN_CODE_LENGTH): string {
	const bytes = createHmac('sha256', serverKey).update(`join:${nonce}`).digest();
	let code = '';
	for (let i = 0; i < length; i++) code += CODE_ALPHABET[bytes[i] % CODE_ALPHABET.length];
	return code;
}

/** A join code as typed by a person: case, spaces and dashes ignored. */
export function normaliseJoinCode(input: string): string {
	return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** A join code as shown: ABC-DEF, or ABCD-EFGH for a long one. */
export function formatJoinCode(code: string): string {
	const half = Math.ceil(code.length / 2);
	return `${code.slice(0, half)}-${code.slice(half)}`;
}

/** The stored form of any secret. */
export function hashSecret(secret: string): string {
	return createHash('sha256').update(secret).digest('hex');
}

/** A new session secret for the cookie. */
export function newSessionToken(): string {
	return randomBytes(24).toString('base64url');
}

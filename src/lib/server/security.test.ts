import { describe, expect, it } from 'vitest';
import {
	formatJoinCode,
	hashSecret,
	joinCode,
	JOIN_CODE_LENGTH,
	linkToken,
	normaliseJoinCode
} from './security';

const key = Buffer.alloc(32, 7);
const otherKey = Buffer.alloc(32, 8);

describe('capability secrets', () => {
	it('derive the same token from the same key and nonce, and a different one otherwise', () => {
		expect(linkToken(key, 'n1')).toBe(linkToken(key, 'n1'));
		expect(linkToken(key, 'n1')).not.toBe(linkToken(key, 'n2'));
		expect(linkToken(otherKey, 'n1')).not.toBe(linkToken(key, 'n1'));
		expect(linkToken(key, 'n1')).toMatch(/^[A-Za-z0-9_-]{22}$/);
	});

	it('make join codes that read unambiguously off a screen', () => {
		const codes = Array.from({ length: 200 }, (_, i) => joinCode(key, `n${i}`));
		for (const c of codes) expect(c).toMatch(new RegExp(`^[A-HJ-NP-Z2-9]{${JOIN_CODE_LENGTH}}$`));
		expect(new Set(codes).size).toBeGreaterThan(195);
	});

	it('accept a join code however it is typed', () => {
		expect(normaliseJoinCode(' abc-2d3 ')).toBe('ABC2D3');
		expect(formatJoinCode('ABC2D3')).toBe('ABC-2D3');
	});

	it('store one-way hashes only', () => {
		const token = linkToken(key, 'n1');
		expect(hashSecret(token)).toMatch(/^[0-9a-f]{64}$/);
		expect(hashSecret(token)).not.toContain(token);
	});
});

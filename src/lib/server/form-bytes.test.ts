import { describe, expect, it } from 'vitest';
import { formTextIsUtf8, isFormType } from './form-bytes';

const bytes = (...parts: (string | number[])[]) =>
	Uint8Array.from(
		parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p))
	);

const URLENCODED = 'application/x-www-form-urlencoded';
const MULTIPART = 'multipart/form-data; boundary=----b0undary';

function multipart(text: (string | number[])[], file: number[]): Uint8Array {
	return bytes(
		'------b0undary\r\nContent-Disposition: form-data; name="text"\r\n\r\n',
		...text,
		'\r\n------b0undary\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n',
		file,
		'\r\n------b0undary--\r\n'
	);
}

describe('the text of a form body', () => {
	it('takes valid UTF-8, escaped or not', () => {
		expect(formTextIsUtf8(URLENCODED, bytes('text=caf%C3%A9+%E0%B8%A0&title=ok'))).toBe(true);
		expect(formTextIsUtf8(URLENCODED, bytes('text=café'))).toBe(true);
		expect(formTextIsUtf8(MULTIPART, multipart(['café ภาษาไทย'], [0x63, 0xe9]))).toBe(true);
		expect(formTextIsUtf8('text/plain', bytes('text=café'))).toBe(true);
	});

	it('refuses bytes that are no UTF-8, which the platform would store as U+FFFD', () => {
		// "café" in Latin-1, escaped as a browser sends it from a page in another encoding
		expect(formTextIsUtf8(URLENCODED, bytes('text=caf%E9'))).toBe(false);
		expect(formTextIsUtf8(URLENCODED, bytes('text=', [0x63, 0xff]))).toBe(false);
		// an encoded surrogate half (CESU-8) is no UTF-8 either
		expect(formTextIsUtf8(URLENCODED, bytes('text=%ED%A0%80'))).toBe(false);
		expect(formTextIsUtf8(MULTIPART, multipart(['caf', [0xe9]], []))).toBe(false);
		expect(formTextIsUtf8('text/plain', bytes('text=caf', [0xe9]))).toBe(false);
	});

	it('leaves a file field alone: it is read in its own encoding', () => {
		expect(formTextIsUtf8(MULTIPART, multipart(['ok'], [0x63, 0x61, 0x66, 0xe9]))).toBe(true);
	});

	it('leaves an escaped U+FFFD that was typed as it is', () => {
		expect(formTextIsUtf8(URLENCODED, bytes('text=%EF%BF%BD'))).toBe(true);
	});

	it('knows the content types a form posts', () => {
		expect(isFormType('multipart/form-data; boundary=x')).toBe(true);
		expect(isFormType('Application/X-WWW-Form-Urlencoded')).toBe(true);
		expect(isFormType('application/json')).toBe(false);
		expect(isFormType(null)).toBe(false);
	});
});

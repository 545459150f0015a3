import { describe, expect, it } from 'vitest';
import { isLoopback, networkAddresses, pickOrigin, shareOrigin } from './origin';

describe('the address phones can reach', () => {
	it.each([
		[
			'ORIGIN wins',
			{
				origin: 'https://converge.example.org/',
				host: '0.0.0.0',
				port: '3000',
				addresses: ['192.168.1.20']
			},
			'https://converge.example.org'
		],
		[
			'a bound HOST is the address',
			{ host: '127.0.0.1', port: '4173', addresses: ['192.168.1.20'] },
			'http://127.0.0.1:4173'
		],
		[
			'any-address HOST takes the network address',
			{ host: '0.0.0.0', port: '3000', addresses: ['192.168.1.20', '10.0.0.5'] },
			'http://192.168.1.20:3000'
		],
		[
			'no HOST takes the network address and the default port',
			{ addresses: ['10.0.0.5'] },
			'http://10.0.0.5:3000'
		],
		['no network: localhost', { host: '::', port: '8080', addresses: [] }, 'http://localhost:8080'],
		[
			'an IPv6 HOST is bracketed',
			{ host: 'fe80::1', port: '3000', addresses: [] },
			'http://[fe80::1]:3000'
		]
	])('%s', (_name, settings, expected) => {
		expect(pickOrigin(settings)).toBe(expected);
	});

	it('lists IPv4 network addresses, not the loopback or IPv6', () => {
		const iface = (address: string, family: 'IPv4' | 'IPv6', internal: boolean) => ({
			address,
			family,
			internal,
			netmask: '',
			mac: '',
			cidr: null
		});
		const found = networkAddresses({
			lo: [iface('127.0.0.1', 'IPv4', true)],
			wlan0: [iface('192.168.1.20', 'IPv4', false), iface('fe80::1', 'IPv6', false)]
		} as unknown as Parameters<typeof networkAddresses>[0]);
		expect(found).toEqual(['192.168.1.20']);
	});

	it.each([
		['localhost', true],
		['app.localhost', true],
		['127.0.0.1', true],
		['[::1]', true],
		['192.168.1.20', false],
		['workshop.lan', false]
	])('%s is loopback: %s', (host, expected) => {
		expect(isLoopback(host)).toBe(expected);
	});

	it('replaces a loopback browser address with the network one, and says so', () => {
		const lan = () => 'http://192.168.1.20:3000';
		expect(shareOrigin(new URL('http://localhost:3000/e/x'), lan)).toEqual({
			origin: 'http://192.168.1.20:3000',
			replaced: true,
			reachable: true
		});
		expect(shareOrigin(new URL('http://192.168.1.20:3000/e/x'), lan)).toEqual({
			origin: 'http://192.168.1.20:3000',
			replaced: false,
			reachable: true
		});
		expect(shareOrigin(new URL('http://localhost:3000/'), () => 'http://localhost:3000')).toEqual({
			origin: 'http://localhost:3000',
			replaced: false,
			reachable: false
		});
	});
});

import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter(),
		// a phone loads no map of all the app's routes (the facilitator's included) before its first
		// page: the server names the route of each link followed. Measured by `npm run bench:phone`.
		router: { resolution: 'server' },
		// defence in depth for user text: no script runs unless it is the app's own
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		},
		typescript: {
			// svelte-check covers only src/ by default; tests and scripts are code too
			config: (c) => {
				c.include.push('../tests/**/*.ts', '../scripts/**/*.ts', '../vitest.config.ts');
			}
		}
	}
};

import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter(),
		typescript: {
			// svelte-check covers only src/ by default; tests and scripts are code too
			config: (c) => {
				c.include.push('../tests/**/*.ts', '../scripts/**/*.ts', '../vitest.config.ts');
			}
		}
	}
};

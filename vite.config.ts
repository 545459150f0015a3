import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import { localeMessages } from './scripts/vite-locale-messages.js';
import inlang from './project.inlang/settings.json' with { type: 'json' };

// Every test must assert something: a test that cannot fail is a defect.
const expect = { requireAssertions: true };

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['cookie', 'preferredLanguage', 'baseLocale']
		}),
		// a phone downloads the interface's words in its own language only
		localeMessages(inlang),
		sveltekit()
	],
	build: {
		rolldownOptions: {
			output: {
				// Paraglide compiles each message to its own module, so the modules shared by pages
				// would fall into many tiny chunks. Shared modules of the app are grouped by the set of
				// pages that load them. Only groups under 600 bytes are merged into a neighbour: each
				// small file is compressed on its own, so merging the smallest saved every phone page
				// bytes (join 250, ballot 570, rapporteur 100 of gzipped script, `npm run bench:phone`),
				// while from about 750 bytes up a merge hands the rapporteur page 2 KB of another page's
				// code, and merging everything small cost it 4 KB.
				codeSplitting: {
					groups: [
						{
							name: 'shared',
							test: /[\\/]src[\\/]/,
							minShareCount: 2,
							entriesAware: true,
							entriesAwareMergeThreshold: 600
						}
					]
				}
			}
		}
	},
	test: {
		projects: [
			{
				// pure modules and single server modules, in seconds
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node', expect }
			},
			{
				// repositories and services on a real SQLite database built from db/migrations
				extends: true,
				test: { name: 'db', include: ['tests/db/**/*.test.ts'], environment: 'node', expect }
			},
			{
				// the command-line scripts, run as a person runs them (as processes: seconds apiece)
				extends: true,
				test: {
					name: 'cli',
					include: ['scripts/**/*.test.ts'],
					environment: 'node',
					testTimeout: 60_000,
					expect
				}
			},
			{
				// a real Chromium against the built app
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.e2e.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
					expect
				}
			}
		]
	}
});

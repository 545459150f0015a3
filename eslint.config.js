// ESLint as the SvelteKit templates set it up, plus import bans that keep the layers:
// routes → services → repositories; pure modules free of server code, Node, $app and the DOM.
import { fileURLToPath } from 'node:url';
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

const SERVER = ['$lib/server', '$lib/server/*', '**/server/*', '**/server/**'];
const REPOSITORIES = ['$lib/server/db', '$lib/server/db/*', '**/server/db/*'];
const DOM_GLOBALS = [
	'window',
	'document',
	'navigator',
	'localStorage',
	'sessionStorage',
	'location',
	'requestAnimationFrame',
	'getComputedStyle'
];

/** A `no-restricted-imports` rule from groups of patterns, each with the reason it is banned. */
const ban = (...groups) => [
	'error',
	{ patterns: groups.map(([group, message]) => ({ group, message })) }
];

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	{ ignores: ['docs/**', 'static/**'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint: TypeScript itself reports undefined names
			'no-undef': 'off',
			// the app is served at the root (no `paths.base`), and its links are built from the
			// event's address and row ids, so `resolve()` around every href would change nothing
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/routes/**'],
		rules: {
			'no-restricted-imports': ban([
				REPOSITORIES,
				'Routes call services; SQL lives in repositories behind them.'
			])
		}
	},
	{
		files: ['src/lib/{domain,clustering,board,outputs,i18n}/**'],
		ignores: ['src/lib/board/**/*.svelte.ts'],
		rules: {
			'no-restricted-imports': ban(
				[SERVER, 'Pure modules may not import server code.'],
				[['node:*'], 'Pure modules may not import Node built-ins.'],
				[['$app/*'], 'Pure modules may not import SvelteKit runtime modules.']
			),
			'no-restricted-globals': [
				'error',
				...DOM_GLOBALS.map((name) => ({ name, message: 'Pure modules may not touch the DOM.' }))
			]
		}
	},
	{
		files: ['src/lib/board/**/*.svelte.ts'],
		rules: {
			'no-restricted-imports': ban([SERVER, 'The board runs in the browser: no server code.'])
		}
	},
	{
		files: ['src/lib/components/**'],
		rules: {
			'no-restricted-imports': ban([SERVER, 'Components run in the browser: no server code.'])
		}
	},
	{
		files: ['scripts/**'],
		rules: {
			'no-restricted-imports': ban([['**/tests/**', '../tests/*'], 'Scripts may not import tests.'])
		}
	}
);

// Vite plugin for the client build: a phone downloads the interface's words in its own language
// only. Paraglide compiles each message to a module holding the function of every locale, chosen
// at run time, so a page's scripts carried every message it uses five times over (measured by
// `npm run bench:phone`: about 12 KB of the rapporteur page's gzipped script). Here the client's
// copy of each message keeps the base locale's function, the fallback, and looks the others up in
// a table; every chunk that holds messages gets one small file per other locale, named by its
// content's hash, which the chunk imports before its own code runs (a top-level await), so a page
// hydrates with its words already in place and never flashes the base locale. The locale is the
// one the server rendered the page in (`<html lang>`). The server build keeps paraglide's modules.
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { minifySync, type Plugin } from 'vite';

/** paraglide's message modules (message-modules output structure), not their index */
const MESSAGE_MODULE = /[\\/]src[\\/]lib[\\/]paraglide[\\/]messages[\\/](?!_index\.js)[^\\/]+\.js$/;
/** where the client finds the functions of the locales other than the base one */
const TABLE = 'globalThis.__messages';
/** paraglide's runtime, which the client build replaces by the helper module */
const RUNTIME = /[\\/]src[\\/]lib[\\/]paraglide[\\/]runtime\.js$/;
const HELPER = '\0converge-messages';

interface Message {
	name: string;
	/** the message's registry (plurals, numbers) is passed to the looked-up functions */
	usesRegistry: boolean;
	/** locale → the source of its function */
	functions: Map<string, string>;
}

/** The source of `const <locale>_<name> = …;` in a compiled message module: a function expression. */
function functionOf(code: string, locale: string, name: string): string {
	const head = `\nconst ${locale}_${name} = `;
	const start = code.indexOf(head);
	const end = code.indexOf('\n};\n', start);
	if (start < 0 || end < 0)
		throw new Error(`locale-messages: no function for locale "${locale}" in message "${name}"`);
	return code.slice(start + head.length, end + 2);
}

/** Splits one compiled message module; null when the file is not one. */
function readMessage(code: string, locales: readonly string[]): Message | null {
	const name = /^export const (\w+) = /m.exec(code)?.[1];
	// another output structure (locale-modules, as a dev server compiles): left as it is
	if (!name || !locales.every((l) => code.includes(`\nconst ${l}_${name} = `))) return null;
	return {
		name,
		usesRegistry: code.includes("import * as registry from '../registry.js'"),
		functions: new Map(locales.map((l) => [l, functionOf(code, l, name)]))
	};
}

/** The client's module for one message: the base locale inline, the others from the table. */
function clientModule(message: Message, baseLocale: string): string {
	const { name, usesRegistry } = message;
	return [
		`import { message } from '${HELPER}';`,
		usesRegistry ? "import * as registry from '../registry.js';" : '',
		`export const ${name} = message(${JSON.stringify(name)}, ${message.functions.get(baseLocale)}${usesRegistry ? ', registry' : ''});`
	].join('\n');
}

/** The one function behind every client message, and the client's locale: the page's own. */
function helperModule(baseLocale: string, locales: readonly string[]): string {
	return `export const locales = ${JSON.stringify(locales)};
export const baseLocale = ${JSON.stringify(baseLocale)};
export const experimentalStaticLocale = undefined;
export const isLocale = (locale) => locales.includes(locale);
export const getLocale = () => {
	const locale = document.documentElement.lang;
	return isLocale(locale) ? locale : baseLocale;
};
export const message = (name, base, registry) => (inputs, options = {}) => {
	const translated = ${TABLE}?.[options.locale ?? getLocale()]?.[name];
	return translated ? translated(inputs, registry) : base(inputs);
};`;
}

/** The file that adds one locale's functions of a chunk's messages to the table. */
function localeFile(messages: Message[], locale: string): string {
	// a function that formats plurals or numbers reads `registry`, which the client module passes
	const entries = messages.map((m) =>
		m.usesRegistry
			? `t.${m.name} = (inputs, registry) => (${m.functions.get(locale)})(inputs);`
			: `t.${m.name} = ${m.functions.get(locale)};`
	);
	const code = `const t = ((${TABLE} ??= {})[${JSON.stringify(locale)}] ??= {});\n${entries.join('\n')}`;
	const out = minifySync('messages.js', code);
	if (out.errors.length)
		throw new Error(`locale-messages: ${locale}: ${out.errors.map((e) => e.message).join('; ')}`);
	return out.code;
}

/** Splits paraglide's messages by locale in the client build (see the file's header). */
export function localeMessages(options: {
	baseLocale: string;
	locales: readonly string[];
}): Plugin {
	const { baseLocale, locales } = options;
	const others = locales.filter((l) => l !== baseLocale);
	const messages = new Map<string, Message>(); // module id → message
	const files = new Map<string, string>(); // file name → source
	const heldBy = (moduleIds: readonly string[]) =>
		moduleIds.flatMap((id) => messages.get(id) ?? []);
	return {
		name: 'converge:locale-messages',
		apply: 'build',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		// the client reads its locale from the page the server rendered (`<html lang>`), as the
		// locale files do, instead of paraglide's strategies (cookie, then the browser's languages)
		resolveId(id) {
			return id === HELPER ? HELPER : null;
		},
		load(id) {
			if (id === HELPER) return helperModule(baseLocale, locales);
			if (RUNTIME.test(id)) return `export * from '${HELPER}';`;
			return null;
		},
		transform(code, id) {
			if (!MESSAGE_MODULE.test(id)) return null;
			const message = readMessage(code, locales);
			if (!message) {
				this.warn(`not a message module of paraglide's message-modules output; kept whole: ${id}`);
				return null;
			}
			messages.set(id, message);
			return { code: clientModule(message, baseLocale), map: null };
		},
		renderChunk: {
			order: 'post',
			handler(code, chunk) {
				const held = heldBy(chunk.moduleIds);
				if (!held.length) return null;
				const dir = posix.dirname(chunk.fileName);
				const sources = new Map(others.map((l) => [l, localeFile(held, l)]));
				// one hash names the chunk's file in every locale, so the prelude spells it once
				const hash = createHash('sha256')
					.update([...sources.values()].join('\n'))
					.digest('base64url')
					.slice(0, 10);
				for (const [locale, source] of sources) files.set(`${dir}/${locale}.${hash}.js`, source);
				const known = new RegExp(`^(${others.join('|')})$`).toString();
				// imports are hoisted: the chunk's dependencies still run first, then this, then its code
				const prelude = `{const l=document.documentElement.lang;if(${known}.test(l))await import(\`./\${l}.${hash}.js\`)}`;
				return { code: `${prelude}\n${code}`, map: null };
			}
		},
		// a chunk's name changes with its messages' words in any locale, as its prelude does
		augmentChunkHash(chunk) {
			const held = heldBy(chunk.moduleIds);
			return held.length ? others.map((l) => localeFile(held, l)).join('\n') : undefined;
		},
		generateBundle() {
			for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
		}
	};
}

// `npm run bench:languages [-- --data DIR --topics 8 --per-topic 40]`: does the engine group
// statements by topic or by language? A multilingual labelled set is built from real arguments
// (IBM-ArgQ-Rank-30k, `argq-dev.jsonl` in ../shared/data, labelled by topic): the arguments of each
// topic are spread over English, Spanish, Portuguese and French, the non-English ones put into their
// language by Apertium (through Spanish). The engine then groups the originals, and again with a
// rendering in English (Apertium back, as the app drafts them) for every non-English statement.
// Prints topic NMI (higher: grouped by topic) and language NMI (lower: not grouped by language), for
// three seeds. Needs Apertium (apertium-eng-spa, apertium-es-pt, apertium-fr-es).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { proposeThemes } from '../src/lib/clustering';
import { createRandom, shuffle } from '../src/lib/clustering/random.js';
import { apertiumModes, translateAll } from '../src/lib/server/translate/apertium';
import { nmi } from './lib/metrics';

const option = (name: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
};
const dataDir = resolve(option('data') ?? '../shared/data');
const TOPICS = Number(option('topics') ?? 8);
const PER_TOPIC = Number(option('per-topic') ?? 40);
const LANGUAGES = ['en', 'es', 'pt', 'fr'] as const;
const SEEDS = [1, 2, 3];

if ((await apertiumModes()).length === 0) {
	console.error(
		'Apertium is not installed: apt-get install apertium apertium-eng-spa apertium-es-pt apertium-fr-es'
	);
	process.exit(1);
}

// a fixed choice of topics and arguments (arguments of 12 words or more, so each says something)
const rows = readFileSync(join(dataDir, 'argq-dev.jsonl'), 'utf8')
	.split('\n')
	.filter(Boolean)
	.map((l) => JSON.parse(l) as { id: string; text: string; label: string })
	.filter((r) => r.text.split(/\s+/).length >= 12);
const random = createRandom(7);
const byTopic = new Map<string, typeof rows>();
for (const r of rows) byTopic.set(r.label, [...(byTopic.get(r.label) ?? []), r]);
const topics = shuffle(
	[...byTopic.keys()].filter((t) => byTopic.get(t)!.length >= PER_TOPIC).sort(),
	random
).slice(0, TOPICS);
const items = topics.flatMap((topic) =>
	shuffle(byTopic.get(topic)!, random)
		.slice(0, PER_TOPIC)
		.map((r, i) => ({ ...r, lang: LANGUAGES[i % LANGUAGES.length] as string }))
);

// the statements as written: each non-English one put into its language
const started = Date.now();
const originals = items.map((r) => r.text);
const renderings = [...originals];
for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
	const at = items.flatMap((r, i) => (r.lang === lang ? [i] : []));
	const written = (await translateAll(
		at.map((i) => items[i].text),
		'en',
		lang
	))!;
	at.forEach((i, k) => (originals[i] = written[k]));
	// and the rendering the app drafts: back to the working language
	const back = (await translateAll(written, lang, 'en'))!;
	at.forEach((i, k) => (renderings[i] = back[k]));
}
const translateSeconds = (Date.now() - started) / 1000;

const truthTopic = items.map((r) => r.label);
const truthLang = items.map((r) => r.lang);
function score(texts: string[], langs: string[]) {
	return SEEDS.map((seed) => {
		const { themes } = proposeThemes(
			texts.map((text, i) => ({ id: String(i), text, lang: langs[i] })),
			{ k: TOPICS, seed }
		);
		const pred = new Array<number>(texts.length).fill(-1);
		for (const t of themes) for (const m of t.members) pred[Number(m.id)] = t.index;
		return { topic: nmi(truthTopic, pred), language: nmi(truthLang, pred), themes: themes.length };
	});
}
const fmt = (x: number) => x.toFixed(2);
const line = (name: string, runs: ReturnType<typeof score>) => {
	const mean = (f: (r: (typeof runs)[number]) => number) =>
		runs.reduce((a, r) => a + f(r), 0) / runs.length;
	console.log(
		`${name.padEnd(34)} topic NMI ${fmt(mean((r) => r.topic))} (${runs.map((r) => fmt(r.topic)).join(' ')})   language NMI ${fmt(mean((r) => r.language))} (${runs.map((r) => fmt(r.language)).join(' ')})`
	);
};

console.log(
	`${items.length} arguments on ${topics.length} topics (argq-dev.jsonl), ${PER_TOPIC} per topic, ` +
		`each topic spread over ${LANGUAGES.join(', ')}; k = ${TOPICS}; seeds ${SEEDS.join(', ')}; ` +
		`Apertium ${translateSeconds.toFixed(1)} s for ${items.filter((r) => r.lang !== 'en').length * 2} translations`
);
line('originals (four languages)', score(originals, truthLang));
line(
	'with renderings in English',
	score(
		renderings,
		truthLang.map(() => 'en')
	)
);
line(
	'all in English (the ceiling)',
	score(
		items.map((r) => r.text),
		truthLang.map(() => 'en')
	)
);

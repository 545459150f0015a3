// A generated board for the board benchmark and the layout tests: seeded, so always the same. It sits
// with the scripts because the benchmark needs it and scripts may not import tests; tests may import it.
import type {
	BoardData,
	BoardSector,
	BoardStatement,
	BoardTheme
} from '../../src/lib/board/types.js';
import { mulberry32 } from '../../src/lib/clustering/random.js';

/** The eleven sectors of the workshop, for generated boards. */
export const SECTOR_NAMES = [
	'Labour',
	'Livelihoods',
	'Trade',
	'Gender',
	'Farming',
	'Health',
	'Education',
	'Environment',
	'Peace',
	'Media',
	'Democracy'
];
const COLOURS = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#CC79A7',
	'#56B4E9',
	'#D55E00',
	'#7B5EA7',
	'#8C6D1F',
	'#2F4B7C',
	'#A0144F',
	'#3F7F3F'
];
const WORDS = [
	'data',
	'platform',
	'workers',
	'surveillance',
	'rights',
	'access',
	'women',
	'farmers',
	'markets',
	'connectivity',
	'privacy',
	'algorithms',
	'wages',
	'climate',
	'misinformation',
	'elections',
	'health records',
	'schools',
	'land',
	'trade rules',
	'consent',
	'gig economy',
	'public interest',
	'ownership',
	'digital ID',
	'language',
	'safety',
	'local media',
	'cooperatives',
	'accountability'
];

/** `statements` statements spread unevenly over `themes` themes (a few unassigned), across the eleven sectors. */
export function fixtureBoard(statements: number, themes: number, seed = 1): BoardData {
	const random = mulberry32(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
	const sectors: BoardSector[] = SECTOR_NAMES.map((name, i) => ({
		id: i + 1,
		name,
		colour: COLOURS[i]
	}));
	const weights = Array.from({ length: themes }, () => 0.2 + random() ** 2 * 3);
	const total = weights.reduce((a, b) => a + b, 0);
	const boardThemes: BoardTheme[] = weights.map((_, i) => ({
		id: i + 1,
		label: Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(WORDS)).join(' · '),
		status: i % 7 === 0 ? 'locked' : i % 3 === 0 ? 'accepted' : 'proposed',
		crossSector: random(),
		members: []
	}));
	const unassigned: BoardStatement[] = [];
	for (let id = 1; id <= statements; id++) {
		const w1 = pick(WORDS);
		const statement: BoardStatement = {
			id,
			title: `${w1[0].toUpperCase()}${w1.slice(1)} and ${pick(WORDS)}`,
			text: `Our sector sees ${pick(WORDS)} shaping ${pick(WORDS)} for ${pick(WORDS)}; we need ${pick(WORDS)}.`,
			sectorId: 1 + Math.floor(random() ** 1.3 * sectors.length),
			similarity: Math.round(random() * 100) / 100
		};
		if (random() < 0.04) {
			unassigned.push(statement);
			continue;
		}
		let r = random() * total;
		let t = 0;
		while (r > weights[t] && t < themes - 1) r -= weights[t++];
		boardThemes[t].members.push(statement);
		if (random() < 0.02) boardThemes[(t + 1) % themes].members.push(statement); // cross-cutting: in two themes
	}
	return { themes: boardThemes, unassigned, sectors };
}

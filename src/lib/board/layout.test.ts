import { describe, expect, it } from 'vitest';
import { layoutBoard } from './layout';
import { fixtureBoard } from '../../../scripts/lib/board-fixture';
import { themeShape, DOT_RADIUS } from './shape';
import { THEME_GAP } from './place';
import type { BoardData, BoardLayout, BoardTheme } from './types';

function overlappingPairs(layout: BoardLayout): string[] {
	const out: string[] = [];
	const ts = layout.themes;
	for (let i = 0; i < ts.length; i++)
		for (let j = i + 1; j < ts.length; j++) {
			const d = Math.hypot(ts[i].x - ts[j].x, ts[i].y - ts[j].y);
			if (d < ts[i].r + ts[j].r + THEME_GAP - 1e-6) out.push(`${ts[i].id}/${ts[j].id}`);
		}
	return out;
}

function positionsOf(layout: BoardLayout): [number, number, number][] {
	return layout.themes.map((t) => [t.id, t.x, t.y]);
}

const board = fixtureBoard(180, 20, 7);

describe('layoutBoard', () => {
	it('gives the same layout for the same input', () => {
		const a = layoutBoard(board);
		const b = layoutBoard(structuredClone(board));
		expect(positionsOf(b)).toEqual(positionsOf(a));
		expect(b.themes.map((t) => t.dots.map((d) => [d.key, d.x, d.y]))).toEqual(
			a.themes.map((t) => t.dots.map((d) => [d.key, d.x, d.y]))
		);
	});

	it('draws every theme that is not discarded, and each member in each of its themes', () => {
		const data: BoardData = structuredClone(board);
		data.themes[0].status = 'discarded';
		const layout = layoutBoard(data);
		expect(layout.themes.map((t) => t.id)).not.toContain(data.themes[0].id);
		expect(layout.themes).toHaveLength(data.themes.length - 1);
		const shared = data.themes[1].members[0];
		data.themes[2].members.push(shared);
		const keys = layoutBoard(data).themes.flatMap((t) =>
			t.dots.filter((d) => d.statement.id === shared.id).map((d) => d.themeId)
		);
		expect(keys).toEqual(expect.arrayContaining([data.themes[1].id, data.themes[2].id]));
	});

	it('never lets two theme circles overlap, at first or after changes', () => {
		const first = layoutBoard(board);
		expect(overlappingPairs(first)).toEqual([]);
		const grown: BoardData = structuredClone(board);
		grown.themes[3].members.push(...grown.themes[4].members, ...grown.themes[5].members);
		grown.themes.splice(4, 2); // a merge: two themes go, one grows
		expect(overlappingPairs(layoutBoard(grown, { previous: first.positions }))).toEqual([]);
	});

	it('keeps the other themes in place when a theme is added', () => {
		const first = layoutBoard(board);
		const more: BoardData = structuredClone(board);
		const added: BoardTheme = {
			id: 999,
			label: 'a new theme',
			status: 'proposed',
			crossSector: 0,
			members: more.unassigned.slice(0, 3)
		};
		more.themes.push(added);
		const second = layoutBoard(more, { previous: first.positions });
		for (const t of first.themes)
			expect(second.positions.get(t.id)).toEqual(first.positions.get(t.id));
		expect(second.positions.has(999)).toBe(true);
		expect(overlappingPairs(second)).toEqual([]);
	});

	it('keeps the other themes in place when a theme is removed', () => {
		const first = layoutBoard(board);
		const fewer: BoardData = structuredClone(board);
		const [removed] = fewer.themes.splice(6, 1);
		const second = layoutBoard(fewer, { previous: first.positions });
		expect(second.positions.has(removed.id)).toBe(false);
		for (const t of second.themes)
			expect(second.positions.get(t.id)).toEqual(first.positions.get(t.id));
	});

	it('moves themes only a little when one grows into its neighbours', () => {
		const first = layoutBoard(board);
		const grown: BoardData = structuredClone(board);
		const big = grown.themes[0];
		big.members.push(...grown.unassigned);
		const second = layoutBoard(grown, { previous: first.positions });
		const moves = first.themes.map((t) =>
			Math.hypot(t.x - second.positions.get(t.id)!.x, t.y - second.positions.get(t.id)!.y)
		);
		const growth =
			second.themes.find((t) => t.id === big.id)!.r - first.themes.find((t) => t.id === big.id)!.r;
		expect(Math.max(...moves)).toBeLessThan(growth * 3 + THEME_GAP);
		expect(overlappingPairs(second)).toEqual([]);
	});

	it('puts unassigned statements in a lane below the themes', () => {
		const layout = layoutBoard(board);
		const lowest = Math.max(...layout.themes.map((t) => t.y + t.r));
		expect(layout.lane!.dots).toHaveLength(board.unassigned.length);
		expect(layout.lane!.y).toBeGreaterThan(lowest);
		for (const d of layout.lane!.dots) {
			expect(d.themeId).toBeNull();
			expect(d.x).toBeLessThanOrEqual(layout.lane!.x + layout.lane!.width);
		}
		expect(layoutBoard({ ...board, unassigned: [] }).lane).toBeNull();
	});

	it('completes the 2,000 statements / 150 themes board without overlaps', () => {
		const big = fixtureBoard(2000, 150, 3);
		const layout = layoutBoard(big);
		expect(layout.themes).toHaveLength(150);
		expect(layout.themes.reduce((n, t) => n + t.dots.length, 0) + layout.lane!.dots.length).toBe(
			big.themes.reduce((n, t) => n + t.members.length, 0) + big.unassigned.length
		);
		expect(overlappingPairs(layout)).toEqual([]);
	});
});

describe('themeShape', () => {
	it('grows with the member count', () => {
		const radii = Array.from({ length: 120 }, (_, n) => themeShape(n).radius);
		for (let n = 1; n < radii.length; n++) expect(radii[n]).toBeGreaterThanOrEqual(radii[n - 1]);
		expect(radii[100]).toBeGreaterThan(radii[5] * 1.5);
	});

	it('keeps every dot inside the ring, off the label and apart from the others', () => {
		for (const n of [1, 2, 7, 30, 90]) {
			const { offsets, radius, label } = themeShape(n);
			for (let i = 0; i < n; i++) {
				const [x, y] = [offsets[i * 2], offsets[i * 2 + 1]];
				expect(Math.hypot(x, y) + DOT_RADIUS).toBeLessThanOrEqual(radius);
				expect(Math.abs(x) >= label.width / 2 || Math.abs(y) >= label.height / 2).toBe(true);
				for (let j = 0; j < i; j++)
					expect(Math.hypot(x - offsets[j * 2], y - offsets[j * 2 + 1])).toBeGreaterThanOrEqual(
						2 * DOT_RADIUS
					);
			}
		}
	});
});

describe('layoutBoard after a re-proposal', () => {
	it('places many new themes beside the kept ones without overlaps', () => {
		const first = layoutBoard(board);
		const kept = new Map([...first.positions].slice(0, 3));
		const next = layoutBoard(fixtureBoard(400, 40, 9), { previous: kept });
		expect(overlappingPairs(next)).toEqual([]);
		expect(layoutBoard({ themes: [], unassigned: [], sectors: [] }).themes).toEqual([]);
	});
});

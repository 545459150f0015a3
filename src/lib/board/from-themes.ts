/** The board's data from the themes as the server lists them (discarded themes left out). */
import type { BoardData } from './types';

interface ListedStatement {
	id: number;
	title: string;
	text: string;
	sectorId: number;
}

interface ListedTheme {
	id: number;
	label: string;
	status: 'proposed' | 'accepted' | 'locked' | 'discarded';
	crossSector: number;
	members: { statementId: number; similarity: number | null; statement: ListedStatement }[];
}

/**
 * Turns the listed themes, unassigned statements and sectors into what the board draws; `fresh`
 * names the statements and themes new since a closed session, which the board outlines.
 */
export function toBoardData(
	board: {
		sectors: { id: number; name: string; colour: string }[];
		themes: ListedTheme[];
		unassigned: ListedStatement[];
	},
	fresh: { statements: number[]; themes: number[] } | null = null
): BoardData {
	const newStatements = new Set(fresh?.statements ?? []);
	const newThemes = new Set(fresh?.themes ?? []);
	return {
		sectors: board.sectors.map(({ id, name, colour }) => ({ id, name, colour })),
		themes: board.themes
			.filter((t) => t.status !== 'discarded')
			.map((t) => ({
				id: t.id,
				label: t.label,
				status: t.status,
				crossSector: t.crossSector,
				...(newThemes.has(t.id) ? { fresh: true } : {}),
				members: t.members.map((m) => ({
					id: m.statementId,
					title: m.statement.title,
					text: m.statement.text,
					sectorId: m.statement.sectorId,
					similarity: m.similarity,
					...(newStatements.has(m.statementId) ? { fresh: true } : {})
				}))
			})),
		unassigned: board.unassigned.map((s) => ({
			id: s.id,
			title: s.title,
			text: s.text,
			sectorId: s.sectorId,
			similarity: null,
			...(newStatements.has(s.id) ? { fresh: true } : {})
		}))
	};
}

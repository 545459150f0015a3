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

/** Turns the listed themes, unassigned statements and sectors into what the board draws. */
export function toBoardData(board: {
	sectors: { id: number; name: string; colour: string }[];
	themes: ListedTheme[];
	unassigned: ListedStatement[];
}): BoardData {
	return {
		sectors: board.sectors.map(({ id, name, colour }) => ({ id, name, colour })),
		themes: board.themes
			.filter((t) => t.status !== 'discarded')
			.map((t) => ({
				id: t.id,
				label: t.label,
				status: t.status,
				crossSector: t.crossSector,
				members: t.members.map((m) => ({
					id: m.statementId,
					title: m.statement.title,
					text: m.statement.text,
					sectorId: m.statement.sectorId,
					similarity: m.similarity
				}))
			})),
		unassigned: board.unassigned.map((s) => ({
			id: s.id,
			title: s.title,
			text: s.text,
			sectorId: s.sectorId,
			similarity: null
		}))
	};
}

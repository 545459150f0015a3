/** A small manifesto input for tests of the document model and its renderers. */
import type { ManifestoInput } from './manifesto';

export function sampleManifestoInput(): ManifestoInput {
	return {
		event: { name: 'Digital justice workshop', slug: 'dj', description: 'Three days, eleven movements.', place: 'Bangkok', startsOn: '2019-11-05', endsOn: '2019-11-07' },
		sectors: [
			{ id: 1, name: 'Labour', colour: '#b5452c' },
			{ id: 2, name: 'Gender', colour: '#7a3e9d' },
			{ id: 3, name: 'Farming', colour: '#4f7a28' },
			{ id: 4, name: 'Health', colour: '#1f6f8b' }
		],
		statements: [
			{ id: 11, sectorId: 1, title: 'Platform workers', text: 'Gig workers have no say over the algorithms that set their pay.', actorType: 'sectoral' },
			{ id: 12, sectorId: 1, title: '', text: 'Workplace surveillance data is collected without consent.', actorType: 'digital' },
			{ id: 21, sectorId: 2, title: 'Online abuse', text: 'Women journalists face coordinated harassment & doxxing <online>.', actorType: 'sectoral' },
			{ id: 22, sectorId: 2, title: '', text: 'Health apps sell menstrual data to advertisers.', actorType: null },
			{ id: 31, sectorId: 3, title: 'Seed data', text: 'Agritech firms own the data farmers generate on their land.', actorType: 'sectoral' },
			{ id: 32, sectorId: 3, title: '', text: 'Farmers lack connectivity in remote villages.', actorType: 'sectoral' },
			{ id: 33, sectorId: 3, title: '', text: 'Weather insurance apps use opaque scoring.', actorType: 'digital' }
		],
		themes: [
			{ id: 101, label: 'data ownership · consent', memberIds: [12, 22, 31] },
			{ id: 102, label: 'algorithmic control', memberIds: [11, 33] },
			{ id: 103, label: 'online harassment', memberIds: [21] }
		],
		sections: [
			{ id: 7, title: 'Techno-structures', position: 1 },
			{ id: 6, title: 'Data', position: 0 }
		],
		pointers: [
			{ id: 201, sectionId: 6, title: 'People own the data they generate', body: 'Data about **people** and *land* belongs to them.\n\n- no sale without consent\n- a right to delete', position: 0, themeIds: [101], roundIds: [1] },
			{ id: 202, sectionId: 7, title: 'Open the algorithms that govern work', body: 'Workers must see and contest the rules that pay them.', position: 0, themeIds: [102], roundIds: [1] },
			{ id: 203, sectionId: null, title: 'Unsorted pointer', body: '', position: 5, themeIds: [], roundIds: [] }
		],
		actions: [
			{ id: 2, pointerId: 201, description: 'Draft a model data-trust charter', organisation: 'Farmers Union', timeline: 'by March', status: 'in_progress', position: 1 },
			{ id: 1, pointerId: 201, description: 'Run a consent audit of health apps', organisation: 'Women Health Network', timeline: 'Q1', status: 'planned', position: 0 }
		],
		outcomes: [
			{ statementId: 21, outcome: 'parked', reason: 'Covered by a separate campaign' },
			{ statementId: 32, outcome: 'paper', reason: '' },
			// superseded: statement 12 reached a pointer since
			{ statementId: 12, outcome: 'parked', reason: 'duplicate' }
		],
		votes: [
			{ roundId: 1, roundTitle: 'Which themes matter most?', method: 'dot', themeId: 101, rank: 1, of: 3, tied: false, ballots: 30, marks: 21, score: 48, blocks: 0, marksBySector: { 1: 5, 2: 6, 3: 7 } },
			{ roundId: 1, roundTitle: 'Which themes matter most?', method: 'dot', themeId: 102, rank: 2, of: 3, tied: false, ballots: 30, marks: 15, score: 31, blocks: 0, marksBySector: { 1: 8, 3: 4 } },
			{ roundId: 1, roundTitle: 'Which themes matter most?', method: 'dot', themeId: 103, rank: 3, of: 3, tied: false, ballots: 30, marks: 9, score: 11, blocks: 0, marksBySector: { 2: 9 } }
		]
	};
}

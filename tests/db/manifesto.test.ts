import { describe, expect, it } from 'vitest';
import {
	coverageFor,
	editorFor,
	manifestoFor,
	paperFor,
	manifestoPage
} from '$lib/server/services/manifesto-read';
import {
	addPointer,
	editPointer,
	mergePointers,
	movePointer,
	removePointer
} from '$lib/server/services/manifesto-edit';
import {
	addAction,
	addSection,
	editAction,
	moveSection,
	removeAction,
	removeSection
} from '$lib/server/services/manifesto-sections';
import { decideOutcome, sendRestToPaper } from '$lib/server/services/manifesto-outcomes';
import {
	publishedVersion,
	setChangeNote,
	setPublished,
	versionDiff,
	versionsFor,
	versionsPage
} from '$lib/server/services/manifesto-versions';
import { redo, undo, undoState } from '$lib/server/services/manifesto-history';
import * as voting from '$lib/server/services/voting';
import { createManualTheme, describeTheme } from '$lib/server/services/themes';
import { openLink, joinWithCode } from '$lib/server/services/access';
import { submitStatement, withdrawStatement } from '$lib/server/services/statements';
import { changePhase } from '$lib/server/services/events';
import { getEvent } from '$lib/server/db/events';
import { listChanges } from '$lib/server/db/change-log';
import { refusal, seededEvent } from './helpers';

/**
 * An event after the vote: seven statements in three sectors, three hand-made themes, a closed
 * dot round and the top two themes promoted to pointers.
 */
function afterTheVote() {
	const s = seededEvent();
	changePhase(s.db, s.facilitator, 'breakouts');
	const say = (sector: string, text: string) =>
		submitStatement(s.db, s.facilitator, s.sectorId(sector), { text }).id;
	const st = {
		gig: say('Labour', 'Gig workers are deactivated by algorithms without appeal'),
		pay: say('Gender', 'Women on delivery platforms face algorithmic pay cuts'),
		farmData: say('Farming', 'Agritech firms extract farm data and sell it back'),
		health: say('Gender', 'Health apps sell menstrual data to advertisers'),
		roads: say('Farming', 'Remote villages have no connectivity at all'),
		union: say('Labour', 'Unions need the right to organise on the platforms'),
		seeds: say('Farming', 'Seed patents lock farmers out of their own varieties')
	};
	const algo = createManualTheme(s.db, s.facilitator, 'algorithmic control', [
		st.gig,
		st.pay,
		st.union
	]);
	const data = createManualTheme(s.db, s.facilitator, 'data extraction', [st.farmData, st.health]);
	const access = createManualTheme(s.db, s.facilitator, 'connectivity', [st.roads]);
	changePhase(s.db, s.facilitator, 'voting');
	const round = voting.createRound(s.db, s.facilitator, {
		title: 'Which themes matter most?',
		method: 'dot',
		dotsPerPerson: '3',
		maxDotsPerTheme: '3'
	});
	voting.setRoundStatus(s.db, s.facilitator, round, 'open', 'keep');
	for (const [a, d] of [
		[3, 0],
		[2, 1],
		[1, 1]
	]) {
		const voter = joinWithCode(s.db, s.links.join!.code!).actor;
		voting.castBallot(
			s.db,
			voter,
			round,
			[
				{ themeId: algo, value: a },
				{ themeId: data, value: d }
			].filter((e) => e.value > 0)
		);
	}
	voting.setRoundStatus(s.db, s.facilitator, round, 'closed');
	const [pAlgo, pData] = voting.promoteThemes(s.db, s.facilitator, round, { top: 2 });
	const secondFacilitator = openLink(s.db, s.links.facilitator!.path!.slice(3)).actor;
	return {
		...s,
		st,
		themes: { algo, data, access },
		round,
		pointers: { algo: pAlgo, data: pData },
		secondFacilitator
	};
}

const titles = (s: ReturnType<typeof afterTheVote>) =>
	editorFor(s.db, s.facilitator).doc.sections.map((sec) => [
		sec.title,
		sec.pointers.map((p) => p.title)
	]);

describe('pointers', () => {
	it('are edited by facilitators only, validated, logged and undoable', () => {
		const s = afterTheVote();
		expect(
			refusal(() =>
				editPointer(s.db, s.rapporteur('Labour'), s.pointers.algo, { title: 'x', body: '' })
			)?.code
		).toBe('wrong_role');
		expect(
			refusal(() =>
				editPointer(s.db, s.facilitator, s.pointers.algo, { title: ' ', body: 'x'.repeat(5000) })
			)
		).toEqual({
			code: 'invalid',
			fields: { title: 'required', body: 'too_long' }
		});
		editPointer(s.db, s.facilitator, s.pointers.algo, {
			title: 'Open the algorithms that govern work',
			body: 'Workers must **see** the rules.'
		});
		expect(titles(s)).toEqual([
			[null, ['Open the algorithms that govern work', 'data extraction']]
		]);
		expect(listChanges(s.db, s.event.id, 1)[0]).toMatchObject({
			action: 'manifesto.pointer.edit',
			actorId: s.facilitator.participantId
		});
		expect(undoState(s.db, s.facilitator).undo).toBe('manifesto.pointer.edit');
		undo(s.db, s.facilitator);
		expect(titles(s)).toEqual([[null, ['algorithmic control', 'data extraction']]]);
		redo(s.db, s.facilitator);
		const p = editorFor(s.db, s.facilitator).doc.sections[0].pointers[0];
		expect([p.title, p.body]).toEqual([
			'Open the algorithms that govern work',
			'Workers must **see** the rules.'
		]);
	});

	it('keep their provenance: themes, statements, sectors and the round result', () => {
		const s = afterTheVote();
		const [algo, data] = editorFor(s.db, s.facilitator).doc.sections[0].pointers;
		expect(algo.provenance.themes).toEqual([{ id: s.themes.algo, label: 'algorithmic control' }]);
		expect(algo.provenance.statements.map((x) => x.id).sort()).toEqual(
			[s.st.gig, s.st.pay, s.st.union].sort()
		);
		expect(algo.provenance.sectors.map((x) => [x.name, x.statements])).toEqual([
			['Labour', 2],
			['Gender', 1]
		]);
		const results = voting.roundResults(s.db, s.facilitator, s.round).results!;
		const line = results.themes.find((t) => t.themeId === s.themes.algo)!;
		expect(algo.provenance.votes).toEqual([
			expect.objectContaining({
				roundId: s.round,
				roundTitle: 'Which themes matter most?',
				method: 'dot',
				rank: line.rank,
				score: line.score,
				marks: line.marks,
				ballots: results.ballots
			})
		]);
		expect(data.provenance.votes[0].rank).toBeGreaterThan(algo.provenance.votes[0].rank);
	});

	it('move within their section, and into sections that are ordered by hand; removing a section unsorts its pointers until undone', () => {
		const s = afterTheVote();
		movePointer(s.db, s.facilitator, s.pointers.data, 'up');
		expect(titles(s)).toEqual([[null, ['data extraction', 'algorithmic control']]]);
		expect(refusal(() => movePointer(s.db, s.facilitator, s.pointers.data, 'up'))?.code).toBe(
			'invalid'
		);
		const dataSection = addSection(s.db, s.facilitator, { title: 'Data' });
		const techno = addSection(s.db, s.facilitator, { title: 'Techno-structures' });
		expect(refusal(() => addSection(s.db, s.facilitator, { title: '' }))?.fields).toEqual({
			title: 'required'
		});
		editPointer(s.db, s.facilitator, s.pointers.data, {
			title: 'data extraction',
			body: '',
			sectionId: dataSection
		});
		editPointer(s.db, s.facilitator, s.pointers.algo, {
			title: 'algorithmic control',
			body: '',
			sectionId: techno
		});
		moveSection(s.db, s.facilitator, techno, 'up');
		expect(titles(s)).toEqual([
			['Techno-structures', ['algorithmic control']],
			['Data', ['data extraction']]
		]);
		const numbers = editorFor(s.db, s.facilitator).doc.sections.flatMap((x) =>
			x.pointers.map((p) => p.number)
		);
		expect(numbers).toEqual([1, 2]);
		removeSection(s.db, s.facilitator, dataSection);
		expect(titles(s)).toEqual([
			['Techno-structures', ['algorithmic control']],
			[null, ['data extraction']]
		]);
		undo(s.db, s.facilitator);
		expect(titles(s)).toEqual([
			['Techno-structures', ['algorithmic control']],
			['Data', ['data extraction']]
		]);
		expect(
			refusal(() =>
				editPointer(s.db, s.facilitator, s.pointers.data, { title: 'x', sectionId: 99999 })
			)?.fields
		).toEqual({ sectionId: 'invalid' });
	});

	it('can be written by hand, or removed with their actions and put back by undo; a removed pointer frees its theme', () => {
		const s = afterTheVote();
		const own = addPointer(s.db, s.facilitator, {
			title: 'A public digital infrastructure',
			body: ''
		});
		expect(
			editorFor(s.db, s.facilitator).doc.sections[0].pointers.find((p) => p.id === own)?.provenance
				.statements
		).toEqual([]);
		addAction(s.db, s.facilitator, s.pointers.data, {
			description: 'Draft a data-trust charter',
			organisation: 'Farmers Union',
			timeline: 'March'
		});
		removePointer(s.db, s.facilitator, s.pointers.data);
		expect(voting.promotedThemeIds(s.db, s.facilitator)).not.toContain(s.themes.data);
		undo(s.db, s.facilitator);
		const back = editorFor(s.db, s.facilitator).doc.sections[0].pointers.find(
			(p) => p.id === s.pointers.data
		)!;
		expect(back.provenance.themes.map((t) => t.id)).toEqual([s.themes.data]);
		expect(back.actions.map((a) => [a.description, a.organisation, a.timeline, a.status])).toEqual([
			['Draft a data-trust charter', 'Farmers Union', 'March', 'planned']
		]);
	});
});

describe('promotion', () => {
	it('copies a theme’s description into the pointer text with its line breaks unified', () => {
		const s = afterTheVote();
		removePointer(s.db, s.facilitator, s.pointers.data);
		describeTheme(s.db, s.facilitator, s.themes.data, {
			label: 'data extraction',
			description: 'Firms take the data.\r\n\r\nFarmers lose it.'
		});
		voting.promoteThemes(s.db, s.facilitator, s.round, { themeIds: [s.themes.data] });
		const p = editorFor(s.db, s.facilitator).doc.sections[0].pointers.find(
			(x) => x.provenance.themes[0]?.id === s.themes.data
		)!;
		expect(p.body).toBe('Firms take the data.\n\nFarmers lose it.');
		expect(
			refusal(() =>
				describeTheme(s.db, s.facilitator, s.themes.data, { label: 'x', description: 'bell\u0007' })
			)?.fields
		).toEqual({ description: 'control_chars' });
	});
});

describe('merging pointers', () => {
	it('joins two pointers into one traced to both themes, with both texts and actions, and undo separates them', () => {
		const s = afterTheVote();
		editPointer(s.db, s.facilitator, s.pointers.data, {
			title: 'data extraction',
			body: 'Firms take farm data.'
		});
		editPointer(s.db, s.facilitator, s.pointers.algo, {
			title: 'Control over algorithms and data',
			body: 'Workers must see the rules.'
		});
		addAction(s.db, s.facilitator, s.pointers.algo, { description: 'Audit pay algorithms' });
		addAction(s.db, s.facilitator, s.pointers.data, { description: 'Draft a data-trust charter' });
		expect(
			refusal(() => mergePointers(s.db, s.facilitator, s.pointers.data, s.pointers.data))?.fields
		).toEqual({ targetId: 'invalid' });
		expect(
			refusal(() => mergePointers(s.db, s.participant, s.pointers.data, s.pointers.algo))?.code
		).toBe('wrong_role');
		mergePointers(s.db, s.facilitator, s.pointers.data, s.pointers.algo);
		const [merged, ...rest] = editorFor(s.db, s.facilitator).doc.sections[0].pointers;
		expect(rest).toEqual([]);
		expect(merged.title).toBe('Control over algorithms and data');
		expect(merged.body).toBe('Workers must see the rules.\n\nFirms take farm data.');
		expect(merged.provenance.themes.map((t) => t.id).sort()).toEqual(
			[s.themes.algo, s.themes.data].sort()
		);
		expect(merged.provenance.statements).toHaveLength(5);
		expect(merged.provenance.votes).toHaveLength(2);
		expect(merged.actions.map((a) => a.description)).toEqual([
			'Audit pay algorithms',
			'Draft a data-trust charter'
		]);
		undo(s.db, s.facilitator);
		const back = editorFor(s.db, s.facilitator).doc.sections[0].pointers;
		expect(back.map((p) => [p.id, p.actions.map((a) => a.description)])).toEqual([
			[s.pointers.algo, ['Audit pay algorithms']],
			[s.pointers.data, ['Draft a data-trust charter']]
		]);
		redo(s.db, s.facilitator);
		expect(editorFor(s.db, s.facilitator).doc.sections[0].pointers[0].actions).toHaveLength(2);
	});
});

describe('action plans', () => {
	it('are added, edited and removed per pointer, with a known status', () => {
		const s = afterTheVote();
		const id = addAction(s.db, s.facilitator, s.pointers.algo, {
			description: 'Audit ride-hailing pay algorithms',
			organisation: 'Transport Workers Federation',
			timeline: 'by June'
		});
		expect(
			refusal(() => editAction(s.db, s.facilitator, id, { description: 'x', status: 'finished' }))
				?.fields
		).toEqual({ status: 'invalid' });
		expect(
			refusal(() => addAction(s.db, s.participant, s.pointers.algo, { description: 'x' }))?.code
		).toBe('wrong_role');
		editAction(s.db, s.facilitator, id, {
			description: 'Audit ride-hailing pay algorithms',
			organisation: 'Transport Workers Federation',
			timeline: 'by June',
			status: 'in_progress'
		});
		let actions = editorFor(s.db, s.facilitator).doc.sections[0].pointers[0].actions;
		expect(actions.map((a) => a.status)).toEqual(['in_progress']);
		removeAction(s.db, s.facilitator, id);
		actions = editorFor(s.db, s.facilitator).doc.sections[0].pointers[0].actions;
		expect(actions).toEqual([]);
		expect(refusal(() => removeAction(s.db, s.facilitator, id))?.code).toBe('not_found');
	});
});

describe('coverage', () => {
	it('accounts for every statement: behind a pointer, in the paper only, parked with a reason, or undecided', () => {
		const s = afterTheVote();
		let c = coverageFor(s.db, s.facilitator);
		expect(c.statements.map((x) => x.id).sort()).toEqual([s.st.roads, s.st.seeds].sort());
		expect(c.coverage.map((x) => [x.name, x.pointer, x.undecided])).toEqual([
			['Labour', 2, 0],
			['Gender', 2, 0],
			['Farming', 1, 2]
		]);
		expect(
			refusal(() =>
				decideOutcome(s.db, s.facilitator, [s.st.roads], { outcome: 'parked', reason: '' })
			)?.fields
		).toEqual({ reason: 'reason_required' });
		expect(
			refusal(() =>
				decideOutcome(s.db, s.facilitator, [s.st.gig], { outcome: 'parked', reason: 'duplicate' })
			)?.fields
		).toEqual({ statementId: 'in_pointer' });
		decideOutcome(s.db, s.facilitator, [s.st.roads], {
			outcome: 'parked',
			reason: 'Infrastructure is for another campaign'
		});
		expect(sendRestToPaper(s.db, s.facilitator, s.sectorId('Farming'))).toBe(1);
		c = coverageFor(s.db, s.facilitator);
		expect(c.coverage.find((x) => x.name === 'Farming')).toMatchObject({
			statements: 3,
			pointer: 1,
			paper: 1,
			parked: 1,
			undecided: 0,
			unheard: false
		});
		expect(c.statements.find((x) => x.id === s.st.roads)).toMatchObject({
			outcome: 'parked',
			reason: 'Infrastructure is for another campaign'
		});
		undo(s.db, s.facilitator);
		expect(
			coverageFor(s.db, s.facilitator).coverage.find((x) => x.name === 'Farming')
		).toMatchObject({ paper: 0, parked: 1, undecided: 1 });
	});

	it('flags a sector whose voice reached no pointer, and leaves withdrawn statements out', () => {
		const s = afterTheVote();
		removePointer(s.db, s.facilitator, s.pointers.data);
		const farming = coverageFor(s.db, s.facilitator).coverage.find((x) => x.name === 'Farming')!;
		expect(farming).toMatchObject({ pointer: 0, unheard: true });
		withdrawStatement(s.db, s.facilitator, s.st.seeds);
		expect(
			coverageFor(s.db, s.facilitator).coverage.find((x) => x.name === 'Farming')!.statements
		).toBe(2);
		expect(
			refusal(() => decideOutcome(s.db, s.facilitator, [s.st.seeds], { outcome: 'paper' }))?.code
		).toBe('not_found');
	});
});

describe('undo between facilitators', () => {
	it('refuses to undo over another facilitator’s later edit and changes nothing', () => {
		const s = afterTheVote();
		editPointer(s.db, s.facilitator, s.pointers.algo, { title: 'First wording', body: '' });
		editPointer(s.db, s.secondFacilitator, s.pointers.algo, { title: 'Second wording', body: '' });
		expect(refusal(() => undo(s.db, s.facilitator))?.code).toBe('conflict');
		expect(titles(s)[0][1]![0]).toBe('Second wording');
		undo(s.db, s.secondFacilitator);
		expect(titles(s)[0][1]![0]).toBe('First wording');
	});
});

describe('publication', () => {
	it('shows the manifesto and papers to facilitators, to a sector’s rapporteur its own paper, and to everyone once published', () => {
		const s = afterTheVote();
		const event = () => getEvent(s.db, s.event.id);
		expect(refusal(() => manifestoFor(s.db, s.participant, event()))?.code).toBe('not_found');
		expect(refusal(() => manifestoFor(s.db, null, event()))?.code).toBe('not_found');
		expect(manifestoFor(s.db, s.facilitator, event()).pointerCount).toBe(2);
		expect(
			paperFor(s.db, s.rapporteur('Farming'), event(), s.sectorId('Farming')).sector.name
		).toBe('Farming');
		expect(
			refusal(() => paperFor(s.db, s.rapporteur('Farming'), event(), s.sectorId('Labour')))?.code
		).toBe('not_found');
		expect(refusal(() => setPublished(s.db, s.rapporteur('Farming'), true))?.code).toBe(
			'wrong_role'
		);
		setPublished(s.db, s.facilitator, true);
		expect(event().manifestoPublishedAt).not.toBeNull();
		expect(manifestoFor(s.db, null, event()).pointerCount).toBe(2);
		expect(paperFor(s.db, null, event(), s.sectorId('Labour')).statements).toHaveLength(2);
		expect(refusal(() => paperFor(s.db, null, event(), 99999))?.code).toBe('not_found');
		setPublished(s.db, s.facilitator, false);
		expect(refusal(() => manifestoFor(s.db, null, event()))?.code).toBe('not_found');
	});

	it('freezes what it publishes as numbered versions; later edits are a draft until published again', () => {
		const s = afterTheVote();
		const event = () => getEvent(s.db, s.event.id);
		const labour = s.sectorId('Labour');
		expect(setPublished(s.db, s.facilitator, true)).toBe(1);
		const v1 = manifestoFor(s.db, null, event());
		const paper1 = paperFor(s.db, null, event(), labour);
		editPointer(s.db, s.facilitator, s.pointers.algo, {
			title: 'Reworded after publishing',
			body: 'A new body'
		});
		// the public manifesto and papers stay as published, for everyone, facilitators included
		expect(manifestoFor(s.db, null, event())).toEqual(v1);
		expect(manifestoFor(s.db, s.facilitator, event())).toEqual(v1);
		expect(paperFor(s.db, null, event(), labour)).toEqual(paper1);
		// facilitators see that the draft differs, and how
		expect(versionsFor(s.db, s.facilitator).draftChanged).toBe(true);
		const diff = versionDiff(s.db, s.facilitator, 1, 'draft');
		expect(diff).toMatchObject({ added: [], removed: [], moved: [], empty: false });
		expect(diff.reworded).toHaveLength(1);
		expect(diff.reworded[0]).toMatchObject({
			id: s.pointers.algo,
			to: 'Reworded after publishing',
			bodyChanged: true
		});
		expect(diff.reworded[0].from).not.toBe('Reworded after publishing');
		expect(refusal(() => versionDiff(s.db, s.participant, 1, 'draft'))?.code).toBe('wrong_role');
		// published again: version 2 is public, version 1 stays readable at its number
		expect(setPublished(s.db, s.facilitator, true)).toBe(2);
		expect(manifestoFor(s.db, null, event())).not.toEqual(v1);
		expect(manifestoFor(s.db, null, event(), 1)).toEqual(v1);
		expect(versionDiff(s.db, s.facilitator, 1, 2).reworded).toEqual(diff.reworded);
		// the same draft published again makes no new version
		expect(setPublished(s.db, s.facilitator, true)).toBe(2);
		expect(versionsFor(s.db, s.facilitator)).toMatchObject({ draftChanged: false });
		expect(versionsFor(s.db, s.facilitator).versions.map((v) => v.number)).toEqual([2, 1]);
		// the change note is the facilitators' to write, and is published with the version
		expect(refusal(() => setChangeNote(s.db, s.participant, 2, 'x'))?.code).toBe('wrong_role');
		expect(refusal(() => setChangeNote(s.db, s.facilitator, 2, 'x'.repeat(5000)))?.fields).toEqual({
			note: 'too_long'
		});
		expect(refusal(() => setChangeNote(s.db, s.facilitator, 9, 'x'))?.code).toBe('not_found');
		setChangeNote(s.db, s.facilitator, 2, 'The algorithm pointer was reworded.');
		expect(publishedVersion(s.db, null, s.event.id)?.changeNote).toBe(
			'The algorithm pointer was reworded.'
		);
		// taken back: no version for anyone but the facilitators
		setPublished(s.db, s.facilitator, false);
		expect(publishedVersion(s.db, null, s.event.id)).toBeNull();
		expect(refusal(() => manifestoFor(s.db, null, event(), 1))?.code).toBe('not_found');
		expect(manifestoFor(s.db, s.facilitator, event(), 1)).toEqual(v1);
	});

	it('shows each version at its address, the draft to facilitators only, and publishes a change note with a new version', () => {
		const s = afterTheVote();
		const event = () => getEvent(s.db, s.event.id);
		// before publication: the draft, to facilitators; nobody else reads anything
		expect(manifestoPage(s.db, s.facilitator, event())).toMatchObject({
			version: null,
			versions: [],
			draftDiffers: true
		});
		expect(refusal(() => manifestoPage(s.db, s.participant, event()))?.code).toBe('not_found');
		expect(versionsPage(s.db, s.facilitator, null, null)).toMatchObject({
			next: 1,
			from: null,
			diff: null,
			published: false
		});
		setPublished(s.db, s.facilitator, true, 'First publication');
		const first = manifestoPage(s.db, s.participant, event());
		expect(first.version).toMatchObject({ number: 1, changeNote: 'First publication' });
		expect(first.draftDiffers).toBe(false);
		// an edit: readers keep version 1; the facilitators' page says the draft differs, and the
		// versions page drafts a change note from what changed
		editPointer(s.db, s.facilitator, s.pointers.algo, { title: 'Algorithms answer to workers' });
		expect(manifestoPage(s.db, s.participant, event()).version?.number).toBe(1);
		expect(manifestoPage(s.db, s.facilitator, event()).draftDiffers).toBe(true);
		expect(refusal(() => manifestoPage(s.db, s.participant, event(), 'draft'))?.code).toBe(
			'not_found'
		);
		const draft = manifestoPage(s.db, s.facilitator, event(), 'draft');
		expect(draft.version).toBeNull();
		expect(draft.doc.sections.flatMap((x) => x.pointers).map((p) => p.title)).toContain(
			'Algorithms answer to workers'
		);
		const page = versionsPage(s.db, s.facilitator, null, null);
		expect(page).toMatchObject({ next: 2, from: 1, to: 'draft', draftChanged: true });
		expect(page.pending?.reworded.map((r) => r.to)).toEqual(['Algorithms answer to workers']);
		expect(page.diff).toEqual(page.pending);
		// a note over the limit is refused and publishes nothing
		expect(
			refusal(() => setPublished(s.db, s.facilitator, true, 'x'.repeat(5000)))?.fields
		).toEqual({ note: 'too_long' });
		expect(versionsFor(s.db, s.facilitator).versions).toHaveLength(1);
		expect(setPublished(s.db, s.facilitator, true, 'Pointer 1 reworded')).toBe(2);
		// version 1 stays readable at its number, and says which it is
		const older = manifestoPage(s.db, s.participant, event(), 1);
		expect(older.version?.number).toBe(1);
		expect(older.versions.map((v) => v.number)).toEqual([2, 1]);
		expect(older.doc).toEqual(first.doc);
		expect(refusal(() => manifestoPage(s.db, s.participant, event(), 3))?.code).toBe('not_found');
		// the default diff is now the latest against the one before; any pair can be asked for
		expect(versionsPage(s.db, s.facilitator, null, null)).toMatchObject({
			from: 1,
			to: 2,
			pending: null
		});
		expect(versionsPage(s.db, s.facilitator, '2', '1').diff?.reworded[0]).toMatchObject({
			from: 'Algorithms answer to workers'
		});
		// an unknown version in the address falls back to the default pair
		expect(versionsPage(s.db, s.facilitator, '9', 'nonsense')).toMatchObject({ from: 1, to: 2 });
		expect(refusal(() => versionsPage(s.db, s.participant, null, null))?.code).toBe('wrong_role');
		// the papers follow the version asked for
		const labour = s.sectorId('Labour');
		expect(paperFor(s.db, null, event(), labour, 1).version?.number).toBe(1);
		expect(paperFor(s.db, null, event(), labour).version?.number).toBe(2);
	});
});

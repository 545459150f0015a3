import { describe, expect, it } from 'vitest';
import {
	acceptedItems,
	markRepeats,
	parseCsv,
	parsePaste,
	repeatCount,
	repeatKey,
	splitPaste
} from './batch';
import { BATCH_MAX } from './statement-rules';

describe('splitPaste', () => {
	it.each([
		[
			'one per line',
			'First statement here\nSecond statement here\n',
			['First statement here', 'Second statement here']
		],
		[
			'paragraphs when there is a blank line',
			'First statement\nthat runs on\n\nSecond one\n  \nThird',
			['First statement that runs on', 'Second one', 'Third']
		],
		[
			'bullets and numbers stripped',
			'- Gig workers lack rights\n* Data is extracted\n• Farmers lose\n1. Unions\n2) Health',
			['Gig workers lack rights', 'Data is extracted', 'Farmers lose', 'Unions', 'Health']
		],
		[
			'Windows line endings',
			'A line of text\r\nAnother line\r\n',
			['A line of text', 'Another line']
		],
		['nothing', '  \n\n \n', []]
	])('%s', (_name, input, expected) => {
		expect(splitPaste(input)).toEqual(expected);
	});
});

describe('parsePaste', () => {
	it('reports each item with its number and problems', () => {
		const r = parsePaste('Platform workers have no bargaining power\nshort\n');
		expect(r.items.map((i) => [i.row, Object.values(i.errors)])).toEqual([
			[1, []],
			[2, ['text_too_short']]
		]);
		expect(r.validCount).toBe(1);
		expect(acceptedItems(r)).toBeNull();
	});

	it('refuses an empty paste and one that is too large', () => {
		expect(parsePaste('   ').fileErrors).toEqual(['batch_empty']);
		const many = Array.from(
			{ length: BATCH_MAX + 1 },
			(_, i) => `Statement number ${i} about data`
		).join('\n');
		expect(parsePaste(many).fileErrors).toEqual(['batch_too_many']);
		expect(acceptedItems(parsePaste(many))).toBeNull();
	});

	it('accepts a clean batch whole', () => {
		const r = parsePaste(
			'Platform workers have no bargaining power\nFarm data is extracted by agri-platforms'
		);
		expect(acceptedItems(r)?.map((i) => i.text)).toEqual([
			'Platform workers have no bargaining power',
			'Farm data is extracted by agri-platforms'
		]);
	});
});

describe('parseCsv', () => {
	it('reads text, title and sector in any order and case, with a BOM and quoted commas', () => {
		const csv =
			'\uFEFFTitle,SECTOR,Text\n"Data, again",Labour,"Workers\' data is sold, without consent"\n,Gender,Online abuse silences women activists\n';
		const r = parseCsv(csv);
		expect(r.fileErrors).toEqual([]);
		expect(r.items.map(({ row, title, sector, text }) => ({ row, title, sector, text }))).toEqual([
			{
				row: 2,
				title: 'Data, again',
				sector: 'Labour',
				text: "Workers' data is sold, without consent"
			},
			{ row: 3, title: '', sector: 'Gender', text: 'Online abuse silences women activists' }
		]);
		expect(r.validCount).toBe(2);
	});

	it('refuses a file without a text column', () => {
		expect(parseCsv('title,body\na,b\n').fileErrors).toEqual(['csv_no_text_column']);
	});

	it('names the spreadsheet row of each broken row', () => {
		const csv =
			'text,title\nA perfectly fine statement here,Fine\nshort,\n"An unclosed quote that never ends,Bad\n';
		const r = parseCsv(csv);
		const bad = r.items.filter((i) => Object.keys(i.errors).length > 0).map((i) => i.row);
		expect(bad).toContain(3);
		expect(r.validCount).toBe(1);
		expect(acceptedItems(r)).toBeNull();
	});

	it('flags a row with too many fields as malformed', () => {
		const r = parseCsv('text,title\nA statement that is long enough,Title,extra field\n');
		expect(r.items[0].errors.form).toBe('csv_malformed_row');
	});

	it('skips blank lines and refuses an empty file', () => {
		expect(parseCsv('text\n\n\n').fileErrors).toEqual(['batch_empty']);
		expect(parseCsv('text\nA statement that is long enough\n\n').items).toHaveLength(1);
	});
});

describe('repeatKey', () => {
	it.each([
		['case and runs of spaces', 'Gig  workers LACK rights', 'gig workers lack rights'],
		['line breaks and tabs', 'Gig workers\r\nlack\trights ', 'gig workers lack rights'],
		['composed and decomposed accents', 'Agricultura cafe\u0301', 'agricultura café']
	])('ignores %s', (_, text, key) => expect(repeatKey(text)).toBe(key));

	it('keeps words apart', () => {
		expect(repeatKey('Gig workers lack rights')).not.toBe(repeatKey('Gig workers lack right'));
	});
});

describe('markRepeats', () => {
	const stored = [
		{ text: 'Platform workers have no bargaining power', sector: 'Labour' },
		{ text: 'platform workers have NO bargaining power', sector: 'Gender' }
	];

	it('marks items already stored (naming the first sector) and later copies within the batch', () => {
		const r = markRepeats(
			parsePaste(
				[
					'Platform workers have no bargaining power',
					'Farm data is extracted by agri-platforms',
					'Farm data is extracted by  agri-platforms',
					'Seed patents lock farmers in'
				].join('\n')
			),
			stored
		);
		expect(r.items.map((i) => i.repeatOf ?? null)).toEqual([
			{ storedIn: 'Labour' },
			null,
			{ row: 2 },
			null
		]);
		expect(repeatCount(r)).toBe(2);
		expect(r.validCount).toBe(4);
		expect(acceptedItems(r)?.map((i) => i.repeat)).toEqual([true, false, true, false]);
	});

	it('leaves items with errors unmarked, and a batch without repeats as it was', () => {
		const r = markRepeats(parsePaste('short\nshort\nFarm data is extracted by agri-platforms'), []);
		expect(r.items.map((i) => i.repeatOf ?? null)).toEqual([null, null, null]);
		expect(repeatCount(r)).toBe(0);
		expect(acceptedItems(r)).toBeNull();
	});
});

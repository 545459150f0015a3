// Every event the app holds exports and imports again: an event filled, through the services the
// forms call, with every kind of text they accept (every script, emoji and joiners, right-to-left
// text, combining marks, tabs and line breaks where a block allows them, invisible formatting
// characters the rules let through, each field at its length limit) round-trips byte for byte.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventFileJson, exportEvent, importEvent } from '$lib/server/services/transfer';
import { EVENT_NAME_MAX } from '$lib/domain/event-rules';
import { POINTER_BODY_MAX } from '$lib/domain/manifesto-rules';
import { freshDb } from './helpers';
import { textFilledEvent } from './text-event';

describe('every kind of text the forms accept', () => {
	it('exports and imports again, byte for byte', async () => {
		const s = textFilledEvent();
		const { db } = s;
		const file = exportEvent(db, s.event.id);
		// the texts went in whole, at their limits, with every script
		expect(file.event.name).toHaveLength(EVENT_NAME_MAX);
		expect(file.statements[0].text).toContain('ภาษาไทย');
		expect(file.statements[0].text).toContain('\t');
		expect(file.pointers[0].body).toHaveLength(POINTER_BODY_MAX);
		const text = eventFileJson(file);
		const target = freshDb();
		const imported = importEvent(target, randomBytes(32), JSON.parse(text));
		const again = exportEvent(target, imported.event.id);
		expect(again).toEqual(file);
		expect(eventFileJson(again)).toBe(text);
	});
});

import { describe, expect, it } from 'vitest';
import {
	findActor,
	joinWithCode,
	openLink,
	peekLink,
	requireRole,
	signOut
} from '$lib/server/services/access';
import { setClock } from '$lib/server/services/clock';
import {
	issueRapporteurLink,
	listEventLinks,
	LONG_CODE_FROM_PARTICIPANTS,
	regenerateLink,
	revokeLink
} from '$lib/server/services/links';
import { Refusal } from '$lib/server/services/errors';
import { getEvent } from '$lib/server/db/events';
import { hashSecret, JOIN_CODE_LENGTH, newSessionToken } from '$lib/server/security';
import { seededEvent } from './helpers';

const code = (fn: () => unknown) => {
	try {
		fn();
	} catch (e) {
		if (e instanceof Refusal) return e.code;
		throw e;
	}
	return 'ok';
};

describe('roles by link', () => {
	it('stores only hashes of the secrets', () => {
		const { db, links } = seededEvent();
		const rows = db.prepare('SELECT token_hash FROM access_links').all() as {
			token_hash: string;
		}[];
		const secrets = [links.facilitator!.path!.slice(3), links.join!.code!.replace('-', '')];
		const dump =
			JSON.stringify(db.prepare('SELECT * FROM access_links').all()) +
			JSON.stringify(db.prepare('SELECT * FROM participants').all());
		for (const s of secrets) expect(dump).not.toContain(s);
		expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
	});

	it('opens a session with the role and sector of the link', () => {
		const { rapporteur, facilitator, participant, sectorId } = seededEvent();
		expect(facilitator.role).toBe('facilitator');
		expect(rapporteur('Gender')).toMatchObject({
			role: 'rapporteur',
			sectorId: sectorId('Gender')
		});
		expect(participant).toMatchObject({ role: 'participant', sectorId: null });
	});

	it('refuses unknown links and codes, and a join code used as a link', () => {
		const { db, links } = seededEvent();
		expect(code(() => openLink(db, 'not-a-real-token-at-all'))).toBe('link_unknown');
		expect(code(() => openLink(db, '../../etc/passwd'))).toBe('link_unknown');
		expect(code(() => joinWithCode(db, 'ZZZ-ZZZ'))).toBe('link_unknown');
		expect(code(() => joinWithCode(db, 'AB'))).toBe('link_unknown');
		expect(code(() => openLink(db, links.join!.code!.replace('-', '')))).toBe('link_unknown');
		expect(code(() => peekLink(db, links.facilitator!.path!.slice(3), 'code'))).toBe(
			'link_unknown'
		);
	});

	it('accepts a join code typed in lower case with spaces', () => {
		const { db, links } = seededEvent();
		expect(
			joinWithCode(db, ` ${links.join!.code!.toLowerCase().replace('-', ' ')} `).actor.role
		).toBe('participant');
	});

	it('resolves the actor from the session cookie, and nobody from a made-up one', () => {
		const { db, event } = seededEvent();
		const opened = joinWithCode(db, seededEvent(db).links.join!.code!);
		expect(findActor(db, opened.event, opened.sessionToken)?.participantId).toBe(
			opened.actor.participantId
		);
		expect(findActor(db, getEvent(db, event.id), newSessionToken())).toBeNull();
		expect(findActor(db, getEvent(db, event.id), undefined)).toBeNull();
		// a session of one event opens nothing in another
		expect(findActor(db, getEvent(db, event.id), opened.sessionToken)).toBeNull();
	});

	it('cuts a revoked rapporteur link at once, sessions included', () => {
		const { db, key, event, facilitator, sectorId } = seededEvent();
		const link = issueRapporteurLink(db, key, facilitator, sectorId('Labour'), 'second rapporteur');
		const session = openLink(db, link.path!.slice(3));
		revokeLink(db, facilitator, link.id);
		expect(code(() => findActor(db, event, session.sessionToken))).toBe('link_revoked');
		expect(code(() => openLink(db, link.path!.slice(3)))).toBe('link_revoked');
		const log = db.prepare("SELECT action FROM change_log WHERE action = 'link.revoke'").all();
		expect(log).toHaveLength(1);
	});

	it('regenerates the facilitator link without signing out the facilitator', () => {
		const { db, key, event, facilitator, links } = seededEvent();
		const session = db
			.prepare('SELECT session_hash FROM participants WHERE id = ?')
			.get(facilitator.participantId) as { session_hash: string };
		const fresh = regenerateLink(db, key, facilitator, 'facilitator');
		expect(code(() => openLink(db, links.facilitator!.path!.slice(3)))).toBe('link_revoked');
		expect(openLink(db, fresh.path!.slice(3)).actor.role).toBe('facilitator');
		const p = db
			.prepare(
				'SELECT p.id FROM participants p JOIN access_links l ON l.id = p.link_id WHERE p.session_hash = ? AND l.revoked_at IS NULL'
			)
			.get(session.session_hash);
		expect(p).toBeDefined();
		expect(findActor(db, event, undefined)).toBeNull();
	});

	it('signs out everyone who opened a replaced facilitator link, but the facilitator replacing it', () => {
		const { db, key, event, facilitator, participant, links } = seededEvent();
		// a co-facilitator (or whoever the link leaked to) opened the old link
		const leaked = openLink(db, links.facilitator!.path!.slice(3));
		expect(findActor(db, event, leaked.sessionToken)?.role).toBe('facilitator');
		const joined = joinWithCode(db, links.join!.code!);
		regenerateLink(db, key, facilitator, 'facilitator');
		expect(findActor(db, event, leaked.sessionToken)).toBeNull();
		const own = db
			.prepare('SELECT session_hash FROM participants WHERE id = ?')
			.get(facilitator.participantId) as { session_hash: string | null };
		expect(own.session_hash).not.toBeNull();
		// people who joined with the code are not touched by a new facilitator link, nor by a new code
		expect(findActor(db, event, joined.sessionToken)?.participantId).toBe(
			joined.actor.participantId
		);
		regenerateLink(db, key, facilitator, 'participant');
		expect(findActor(db, event, joined.sessionToken)?.participantId).toBe(
			joined.actor.participantId
		);
		expect(participant.role).toBe('participant');
	});

	it('gives a large event an eight-character code when its code is regenerated; both lengths open', () => {
		const { db, key, links } = seededEvent();
		const facilitator = openLink(db, links.facilitator!.path!.slice(3)).actor;
		const six = links.join!.code!;
		expect(six.replace('-', '')).toHaveLength(JOIN_CODE_LENGTH);
		// a small event keeps six characters
		const small = regenerateLink(db, key, facilitator, 'participant').code!;
		expect(small).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
		const joined = Array.from({ length: LONG_CODE_FROM_PARTICIPANTS }, () =>
			joinWithCode(db, small)
		);
		const long = regenerateLink(db, key, facilitator, 'participant');
		expect(long.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
		expect(long.path).toBe(`/join/${long.code!.replace('-', '')}`);
		// the list shows the long code again, from the key and the stored hash
		expect(listEventLinks(db, key, facilitator).find((l) => l.id === long.id)?.code).toBe(
			long.code
		);
		// typed with or without the dash, in any case, the long code opens; the old one does not
		expect(joinWithCode(db, long.code!.toLowerCase()).actor.role).toBe('participant');
		expect(joinWithCode(db, long.code!.replace('-', '')).actor.role).toBe('participant');
		expect(code(() => joinWithCode(db, small))).toBe('link_revoked');
		expect(code(() => joinWithCode(db, long.code!.slice(0, 7)))).toBe('link_unknown');
		expect(joined).toHaveLength(LONG_CODE_FROM_PARTICIPANTS);
	});

	it('ends a session left unused for 30 days, on the server', () => {
		const { db, event, links } = seededEvent();
		try {
			setClock('2026-01-01T09:00:00.000Z');
			const s = openLink(db, links.facilitator!.path!.slice(3));
			setClock('2026-01-30T09:00:00.000Z');
			expect(findActor(db, event, s.sessionToken)?.role).toBe('facilitator');
			// used on day 29: thirty more days of quiet end it
			setClock('2026-03-01T09:00:01.000Z');
			expect(findActor(db, event, s.sessionToken)).toBeNull();
			setClock('2026-03-01T09:00:02.000Z');
			expect(findActor(db, event, s.sessionToken)).toBeNull();
		} finally {
			setClock(null);
		}
	});

	it('signs out on the server: the cookie opens nothing afterwards', () => {
		const { db, event, links } = seededEvent();
		const s = openLink(db, links.facilitator!.path!.slice(3));
		signOut(db, s.actor);
		expect(findActor(db, event, s.sessionToken)).toBeNull();
	});

	it('lets only the facilitator manage links', () => {
		const { db, key, rapporteur, participant, sectorId } = seededEvent();
		expect(code(() => listEventLinks(db, key, participant))).toBe('wrong_role');
		expect(
			code(() => issueRapporteurLink(db, key, rapporteur('Labour'), sectorId('Labour'), 'x'))
		).toBe('wrong_role');
		expect(code(() => regenerateLink(db, key, null, 'facilitator'))).toBe('not_signed_in');
		expect(code(() => requireRole(participant, 'facilitator', 'rapporteur'))).toBe('wrong_role');
	});

	it('refuses to revoke the facilitator link (it is regenerated instead)', () => {
		const { db, facilitator, links } = seededEvent();
		expect(code(() => revokeLink(db, facilitator, links.facilitator!.id))).toBe('wrong_role');
	});

	it('shows the links again after a restart (same key), never with another key', () => {
		const { db, key, facilitator, links } = seededEvent();
		expect(
			listEventLinks(db, key, facilitator).find((l) => l.id === links.facilitator!.id)?.path
		).toBe(links.facilitator!.path);
		const other = Buffer.alloc(32, 1);
		expect(listEventLinks(db, other, facilitator).every((l) => l.path === null)).toBe(true);
		expect(hashSecret('x')).not.toBe(hashSecret('y'));
	});
});

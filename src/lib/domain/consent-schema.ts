/** A rapporteur's answer and flag as their forms post them (zod: server and tests only, never a phone's bundle). */
import { z } from 'zod';
import { CONSENT_REASON, reasonError } from './consent-rules';
import { textField } from './text-schema';

const reason = textField(CONSENT_REASON.rule, CONSENT_REASON.codes);

/** Agree or object to a step; an objection says why. */
export const stepAnswerInput = z
	.object({
		verdict: z.enum(['agree', 'object'], { error: 'invalid' }),
		reason
	})
	.superRefine((v, ctx) => {
		const e = reasonError(v.verdict, v.reason);
		if (e) ctx.addIssue({ code: 'custom', path: ['reason'], message: e });
	});

/** A flag: which of the sector's statements the theme misrepresents, and why. */
export const flagInput = z
	.object({
		statementId: z.coerce
			.number({ error: 'required' })
			.int({ error: 'required' })
			.positive({ error: 'required' }),
		reason
	})
	.superRefine((v, ctx) => {
		const e = reasonError('misrepresents', v.reason);
		if (e) ctx.addIssue({ code: 'custom', path: ['reason'], message: e });
	});

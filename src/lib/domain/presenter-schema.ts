/** How the facilitator changes the presenter screen, as a zod schema whose messages are error codes. */
import { z } from 'zod';
import { PRESENTER_VIEWS } from './presenter';

// a form leaves out what it does not change; an empty field is the same as a missing one
const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

/**
 * One change of the presenter: a view, a round (which shows the round view), a page step, the
 * contrast. Fields left out keep their value.
 */
export const presenterInput = z.object({
	view: optional(z.enum(PRESENTER_VIEWS, { error: 'bad_view' })),
	round: optional(z.coerce.number({ error: 'bad_round' }).int('bad_round').positive('bad_round')),
	page: optional(z.enum(['first', 'previous', 'next'], { error: 'invalid' })),
	contrast: optional(z.enum(['on', 'off'], { error: 'invalid' }))
});
export type PresenterInput = z.output<typeof presenterInput>;

/** A merge suggestion as a form posts it (zod: server and tests only, never a phone's bundle). */
import { z } from 'zod';

const themeId = z.coerce
	.number({ error: 'required' })
	.int({ error: 'required' })
	.positive({ error: 'required' });

/** A merge suggestion as a form posts it: exactly two different themes ticked. */
export const mergeSuggestionInput = z.object({
	themes: z
		.array(themeId, { error: 'pick_two' })
		.length(2, { error: 'pick_two' })
		.refine(([a, b]) => a !== b, { message: 'same_theme' })
});

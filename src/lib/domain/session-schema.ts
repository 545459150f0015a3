/** Closing a session as a form posts it (zod: server and tests only, never a phone's bundle). */
import { z } from 'zod';
import { line } from './text-schema';
import { SESSION_NAME_MAX } from './since';

/** A session to close: its name, one line. */
export const closeSessionInput = z.object({ name: line(SESSION_NAME_MAX, true) });

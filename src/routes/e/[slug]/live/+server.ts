import type { RequestHandler } from './$types';
import { guard } from '$lib/server/http';
import { requireRole } from '$lib/server/services/access';
import { subscribe } from '$lib/server/live';

// Proxies close idle connections; a comment line now and then keeps the stream open.
const HEARTBEAT_MS = 20_000;
const encoder = new TextEncoder();
const PING = encoder.encode(': ping\n\n');

/** Server-sent events: one "change" notice per burst of committed changes in this event, naming their topics. */
export const GET: RequestHandler = ({ locals }) => {
	const { event, actor } = locals;
	guard(() => requireRole(actor, 'facilitator', 'rapporteur', 'participant', 'translator'));
	let stop = () => {};
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			controller.enqueue(encoder.encode('retry: 2000\n\n'));
			const unsubscribe = subscribe(event.id, (topics) =>
				controller.enqueue(encoder.encode(`event: change\ndata: ${JSON.stringify({ topics })}\n\n`))
			);
			const beat = setInterval(() => controller.enqueue(PING), HEARTBEAT_MS);
			stop = () => {
				clearInterval(beat);
				unsubscribe();
			};
		},
		cancel() {
			stop();
		}
	});
	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream',
			'cache-control': 'no-cache, no-transform',
			'x-accel-buffering': 'no'
		}
	});
};

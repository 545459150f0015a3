import type { RequestHandler } from './$types';
import { contextOf, guard } from '$lib/server/http';
import { requireRole } from '$lib/server/services/access';
import { subscribe } from '$lib/server/live';

// Proxies close idle connections; a comment line now and then keeps the stream open.
const HEARTBEAT_MS = 20_000;

/** Server-sent events: one "change" notice per committed change in this event. */
export const GET: RequestHandler = (e) => {
	const { event, actor } = contextOf(e);
	guard(() => requireRole(actor, 'facilitator', 'rapporteur', 'participant'));
	let stop = () => {};
	const stream = new ReadableStream<string>({
		start(controller) {
			controller.enqueue('retry: 2000\n\n');
			const unsubscribe = subscribe(event.id, (topic) => controller.enqueue(`event: change\ndata: ${JSON.stringify({ topic })}\n\n`));
			const beat = setInterval(() => controller.enqueue(': ping\n\n'), HEARTBEAT_MS);
			stop = () => {
				clearInterval(beat);
				unsubscribe();
			};
		},
		cancel() {
			stop();
		}
	});
	return new Response(stream.pipeThrough(new TextEncoderStream()), {
		headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache, no-transform', 'x-accel-buffering': 'no' }
	});
};

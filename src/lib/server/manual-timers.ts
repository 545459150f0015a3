import type { Timers } from './engine-pool';

/** Timers (for tests) that fire only when told: what is pending, and fire them all. */
export function manualTimers() {
	const pending = new Map<number, { fn: () => void; ms: number }>();
	let next = 1;
	const timers: Timers = {
		set: (fn, ms) => {
			pending.set(next, { fn, ms });
			return next++;
		},
		clear: (h) => void pending.delete(h as number)
	};
	return {
		timers,
		pending: () => [...pending.values()],
		fireAll: () => {
			const due = [...pending.values()];
			pending.clear();
			for (const t of due) t.fn();
		}
	};
}

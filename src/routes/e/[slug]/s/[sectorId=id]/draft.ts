/** A statement being typed, kept on this device so a dropped connection or a closed tab loses nothing. */
export interface Draft {
	title: string;
	text: string;
}

/** Load, save and clear the draft under one key (no-ops where storage is unavailable). */
export function draftStore(key: string) {
	const k = `converge:draft:${key}`;
	const storage = () => (typeof localStorage === 'undefined' ? null : localStorage);
	return {
		load(): Draft | null {
			try {
				const raw = storage()?.getItem(k);
				return raw ? (JSON.parse(raw) as Draft) : null;
			} catch {
				return null;
			}
		},
		save(d: Draft) {
			try {
				if (d.text || d.title) storage()?.setItem(k, JSON.stringify(d));
				else storage()?.removeItem(k);
			} catch {
				/* storage full or blocked: the form still holds the text */
			}
		},
		clear() {
			storage()?.removeItem(k);
		}
	};
}

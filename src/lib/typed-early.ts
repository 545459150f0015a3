// On a phone over a venue's Wi-Fi the page is shown (rendered by the server) seconds before its
// script arrives, and people start typing. Svelte's hydration then writes each field's server
// value back over what was typed. `keepTypedEarly` is called by the root layout before anything
// is hydrated: it notes every field the person has already changed and returns the function
// that, once the page is hydrated, puts those changes back (with the events a binding listens to).

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type Kept =
	| { field: HTMLInputElement; checked: boolean }
	| { field: HTMLInputElement | HTMLTextAreaElement; value: string }
	| { field: HTMLSelectElement; selected: boolean[] };

const UNTYPED = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file']);

function changed(field: Field): Kept | null {
	if (field instanceof HTMLSelectElement) {
		const options = [...field.options];
		return options.some((o) => o.selected !== o.defaultSelected)
			? { field, selected: options.map((o) => o.selected) }
			: null;
	}
	if (field instanceof HTMLInputElement) {
		if (UNTYPED.has(field.type)) return null;
		if (field.type === 'checkbox' || field.type === 'radio')
			return field.checked !== field.defaultChecked ? { field, checked: field.checked } : null;
	}
	return field.value !== field.defaultValue ? { field, value: field.value } : null;
}

export function keepTypedEarly(root: ParentNode = document): () => void {
	const kept = [...root.querySelectorAll<Field>('input, textarea, select')]
		.map(changed)
		.filter((k): k is Kept => k !== null);
	return () => {
		for (const k of kept) {
			if (!k.field.isConnected) continue;
			if ('checked' in k) {
				if (k.field.checked === k.checked) continue;
				k.field.checked = k.checked;
				k.field.dispatchEvent(new Event('change', { bubbles: true }));
			} else if ('selected' in k) {
				const options = [...k.field.options];
				if (options.every((o, i) => o.selected === k.selected[i])) continue;
				options.forEach((o, i) => (o.selected = k.selected[i] ?? false));
				k.field.dispatchEvent(new Event('change', { bubbles: true }));
			} else {
				if (k.field.value === k.value) continue;
				k.field.value = k.value;
				k.field.dispatchEvent(new Event('input', { bubbles: true }));
			}
		}
	};
}

/** A batch report as the page shows it: error codes and repeats turned into words. */
import { repeatCount, type BatchRepeat, type BatchReport } from '$lib/domain/batch';
import { m } from '$lib/paraglide/messages';
import { describeFieldError } from '$lib/i18n/errors';
import { percent } from '$lib/i18n/numbers';

export interface BatchView {
	items: {
		row: number;
		text: string;
		title: string;
		sector: string;
		errors: string[];
		/** why the item is a repeat (already stored, or earlier in the batch), or null */
		repeat: string | null;
		/** the live statement it comes close to, in words, with its id to link to; or null */
		near: { id: number; label: string } | null;
	}[];
	fileErrors: string[];
	validCount: number;
	total: number;
	/** how many items are repeats, skipped on saving unless stored anyway */
	repeats: number;
}

/** Where the item was seen before, in words. */
export function describeRepeat(repeat: BatchRepeat): string {
	return 'storedIn' in repeat
		? m.batch_repeat_stored({ sector: repeat.storedIn })
		: m.batch_repeat_row({ row: repeat.row });
}

/** The report in the reader's language. */
export function batchView(report: BatchReport): BatchView {
	return {
		items: report.items.map((i) => ({
			row: i.row,
			text: i.text,
			title: i.title,
			sector: i.sector,
			errors: Object.values(i.errors).map(describeFieldError),
			repeat: i.repeatOf ? describeRepeat(i.repeatOf) : null,
			near: i.near
				? {
						id: i.near.id,
						label: m.batch_near({ sector: i.near.sector, percent: percent(i.near.score) })
					}
				: null
		})),
		fileErrors: report.fileErrors.map(describeFieldError),
		validCount: report.validCount,
		total: report.items.length,
		repeats: repeatCount(report)
	};
}

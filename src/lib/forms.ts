/** The one shape of a refused form, shared by every action and every page that renders it. */
export interface FormFailure {
	/** what was typed, echoed back so nothing is lost */
	values: Record<string, string>;
	/** field name → words saying what is wrong with it */
	errors: Record<string, string>;
	/** the refusal in the reader's language */
	message: string;
}

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** set for unexpected errors, so a person can quote it */
			id?: string;
		}
	}
}

export {};

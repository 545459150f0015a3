/** Whether this server can do its work: for `/healthz` (a supervisor's or a load balancer's check). */
import type { Db } from '../db/connection';
import { databaseAnswers } from '../db/connection';

export function isHealthy(db: Db): boolean {
	return databaseAnswers(db);
}

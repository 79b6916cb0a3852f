// @rtca/quota-redis: one account's request budget shared by many processes and hosts through Redis.

export { type ConnectedBudget, connectRedisBudget } from "./connect.js";
export { bucketKey, RedisBudget, RedisBudgetError, type RedisBudgetOptions, type RedisEval } from "./redis-budget.js";
export { TAKE_SCRIPT } from "./take-script.js";

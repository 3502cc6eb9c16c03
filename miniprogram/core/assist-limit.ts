// The guide's limit for 同学协助 (每天最多可申请 5 名同学协助), on its own so content can cite it
// without loading the request logic.
export const DAILY_LIMIT = 5;

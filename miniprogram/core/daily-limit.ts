// CHSI's rule for classmate assist: 每天最多可申请 N 名同学协助 (the guide, problem 3). This is
// the one place the number is written; the rules, every sentence and every test read it.
// Its own module so that content can quote it without loading the request rules.

export const DAILY_LIMIT = 5;

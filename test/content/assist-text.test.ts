// The class helper's words about the day's count: the rules give numbers, these words say them.
import { DAILY_LIMIT } from '../../miniprogram/core/daily-limit';
import { RECORD_TEXT } from '../../miniprogram/helper/content/assist';

test('the counter reads sent/limit', () => {
  expect(RECORD_TEXT.counter(2)).toBe(`今天已申请 2/${DAILY_LIMIT} 名同学`);
});

test('a refused record says it is this page’s count and what to do next, never when CHSI resets', () => {
  expect(RECORD_TEXT.refused).toContain(`你今天在本页已记下 ${DAILY_LIMIT} 名`);
  expect(RECORD_TEXT.refused).toContain(`每天最多可申请 ${DAILY_LIMIT} 名同学协助`);
  expect(RECORD_TEXT.refused).toContain('请明天再申请新的同学');
  expect(RECORD_TEXT.refused).not.toMatch(/清零|00:00|小时后|分钟后/);
});

test('the statuses read as the student sees them on the history', () => {
  expect(RECORD_TEXT.status).toEqual({
    sent: '已申请',
    'card-sent': '已发卡片',
    done: '同学已完成',
  });
});

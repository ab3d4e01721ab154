/**
 * What a unit can say of one task through the year. No official list exists (the letter asks
 * units to inspect "tiến độ thực hiện các nhiệm vụ" without naming states), so these are the plain
 * words a civil servant already uses; whether a finished task was on time or late is computed from
 * its completion month against the task's "đến", never chosen by hand.
 */
import { taskStatuses, type TaskStatus } from './ids.ts';

export { taskStatuses, type TaskStatus };

export const taskStatusLabels: Record<TaskStatus, string> = {
  'not-started': 'Chưa triển khai',
  'in-progress': 'Đang thực hiện',
  done: 'Đã hoàn thành',
  dropped: 'Không thực hiện',
};

/**
 * How each status counts in the completion rate, as the glossary and the reports say it: a dropped
 * task (taken out by an amended plan, with its reason) leaves the rate's denominator; every other
 * task stays in it and only finished ones count above the line.
 */
export const taskStatusRateRule: Record<TaskStatus, string> = {
  'not-started': 'Tính vào số nhiệm vụ phải thực hiện, chưa tính là hoàn thành.',
  'in-progress': 'Tính vào số nhiệm vụ phải thực hiện, chưa tính là hoàn thành.',
  done: 'Tính là hoàn thành (đúng hạn hoặc chậm so với thời gian “đến” của nhiệm vụ).',
  dropped:
    'Không tính vào số nhiệm vụ phải thực hiện; phải ghi lý do (ví dụ: kế hoạch được điều chỉnh).',
};

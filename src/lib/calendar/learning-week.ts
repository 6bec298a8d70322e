/**
 * The national lifelong-learning week of a given year: announced (a sourced
 * event for that year exists) or not, and the dates of past weeks. The site
 * never fills in a year's week from the pattern of earlier ones; it shows
 * the earlier dates and says that this year's is not yet known.
 */
import { eventYear, type EventDates } from './events';

/** The tag every lifelong-learning week carries, national or local. */
export const learningWeekTag = 'tuần lễ học tập suốt đời';

export interface WeekEventLike {
  id: string;
  data: EventDates & {
    title: string;
    theme?: string | undefined;
    locality?: { id: string } | undefined;
    tags: readonly string[];
  };
}

export interface WeekOfYear<T> {
  year: number;
  event: T;
}

export interface LearningWeekStatus<T> {
  /** The year asked about (the build's year). */
  year: number;
  /** This year's national week, where a source announced it. */
  announced?: WeekOfYear<T> | undefined;
  /** Earlier national weeks, newest first. */
  past: WeekOfYear<T>[];
}

/** National weeks only: a province's own dates (Đồng Nai's 6–12/10/2025) are not the country's. */
function nationalWeeks<T extends WeekEventLike>(events: readonly T[], nationalIds: ReadonlySet<string>): WeekOfYear<T>[] {
  return events.flatMap((event) => {
    const year = eventYear(event.data);
    const national = event.data.locality !== undefined && nationalIds.has(event.data.locality.id);
    return national && year !== undefined && event.data.tags.includes(learningWeekTag) ? [{ year, event }] : [];
  });
}

export function learningWeekStatus<T extends WeekEventLike>(
  events: readonly T[],
  nationalIds: ReadonlySet<string>,
  today: Date,
  pastCount = 4,
): LearningWeekStatus<T> {
  const year = today.getUTCFullYear();
  const weeks = nationalWeeks(events, nationalIds);
  const announced = weeks.find((w) => w.year === year);
  const past = weeks
    .filter((w) => w.year < year)
    .sort((a, b) => b.year - a.year)
    .slice(0, pastCount);
  return { year, announced, past };
}

/**
 * Cross-checks `allocateOptimal` against the HiGHS LP solver (npm `highs`, WebAssembly inside the package).
 * The assignment LP is totally unimodular, so its optimum is integral. Two stages, like our objective:
 * first the most students placed, then, with that count fixed, the least sum of ranks.
 */
import type { Market } from '@techzone/matching';

interface HighsResult {
  Status: string;
  ObjectiveValue: number;
}
interface Highs {
  solve(problem: string, options?: Record<string, unknown>): HighsResult;
}

export async function solveWithHighs(market: Market): Promise<{ placed: number; rankSum: number; ms: number } | null> {
  let load: (() => Promise<Highs>) | null = null;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load = require('highs') as () => Promise<Highs>;
  } catch {
    return null;
  }
  const highs = await load();
  const started = performance.now();
  const vacancyIndex = new Map(market.vacancies.map((vacancy, i) => [vacancy.id, i]));
  const byVacancy: string[][] = market.vacancies.map(() => []);
  const studentRows: string[] = [];
  const count: string[] = [];
  const rank: string[] = [];
  let x = 0;
  market.students.forEach((student, s) => {
    const terms: string[] = [];
    const seen = new Set<number>();
    student.ranking.forEach((id, position) => {
      const v = vacancyIndex.get(id);
      if (v === undefined || seen.has(v) || market.vacancies[v].capacity < 1) {
        return;
      }
      seen.add(v);
      const name = `x${x++}`;
      terms.push(name);
      byVacancy[v].push(name);
      count.push(name);
      rank.push(`${position} ${name}`);
    });
    if (terms.length > 0) {
      studentRows.push(` s${s}: ${terms.join(' + ')} <= 1`);
    }
  });
  const vacancyRows = byVacancy
    .map((terms, v) => (terms.length > 0 ? ` v${v}: ${terms.join(' + ')} <= ${market.vacancies[v].capacity}` : ''))
    .filter(Boolean);
  const constraints = [...studentRows, ...vacancyRows].join('\n');
  const options = { output_flag: false, solver: 'simplex' };

  const first = highs.solve(`Maximize\n obj: ${count.join(' + ')}\nSubject To\n${constraints}\nEnd`, options);
  if (first.Status !== 'Optimal') {
    throw new Error(`HiGHS stage 1: ${first.Status}`);
  }
  const placed = Math.round(first.ObjectiveValue);
  const second = highs.solve(
    `Minimize\n obj: ${rank.join(' + ')}\nSubject To\n${constraints}\n placed: ${count.join(' + ')} = ${placed}\nEnd`,
    options,
  );
  if (second.Status !== 'Optimal') {
    throw new Error(`HiGHS stage 2: ${second.Status}`);
  }
  // Positions are 0-based in the LP; ranks count from 1.
  return { placed, rankSum: Math.round(second.ObjectiveValue) + placed, ms: performance.now() - started };
}

/** The cohorts kept in this browser, most recently changed first. */
import type { Cohort } from "../core/workspace/workspace-schema.ts";
import { formatCount, formatTime } from "./format-figures.ts";
import type { WorkspaceProgram } from "./workspace-program.ts";

interface Props {
  cohorts: Cohort[];
  programs: WorkspaceProgram[];
  linkTo: (cohortId: string) => string;
}

/** A table of cohorts; each name opens the cohort. */
export default function CohortList({ cohorts, programs, linkTo }: Props) {
  if (cohorts.length === 0)
    return (
      <section aria-labelledby="cohorts-title">
        <h2 id="cohorts-title">批次</h2>
        <p>本浏览器中还没有批次。请在下方从一个培训项目新建批次，再导入学员名单。</p>
      </section>
    );
  const titles = new Map(programs.map((p) => [p.slug, p.shortTitle]));
  return (
    <section aria-labelledby="cohorts-title">
      <h2 id="cohorts-title">批次</h2>
      <div class="table-scroll">
        <table class="wide">
          <caption>本浏览器中的批次（{formatCount(cohorts.length)} 个）</caption>
          <thead>
            <tr>
              <th scope="col">名称</th>
              <th scope="col">培训项目</th>
              <th scope="col">年度</th>
              <th scope="col" class="num">
                行数
              </th>
              <th scope="col">最近导入</th>
            </tr>
          </thead>
          <tbody>
            {cohorts.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <a href={linkTo(c.id)}>{c.name}</a>
                </th>
                <td>{titles.get(c.programSlug) ?? c.programSlug}</td>
                <td>{c.year}</td>
                <td class="num">{formatCount(c.rowCount)}</td>
                <td>{c.lastImportAt === null ? "尚未导入" : formatTime(c.lastImportAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

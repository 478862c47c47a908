/** Starting a cohort from a program: it follows the program's published rules until staff change them. */
import { useState } from "preact/hooks";
import type { NewCohort } from "../db/cohorts.ts";
import type { WorkspaceProgram } from "./workspace-program.ts";

interface Props {
  programs: WorkspaceProgram[];
  onCreate: (input: NewCohort) => Promise<void>;
}

/** The "新建批次" form. */
export default function NewCohortForm({ programs, onCreate }: Props) {
  const [slug, setSlug] = useState(programs[0]?.slug ?? "");
  const program = programs.find((p) => p.slug === slug);
  const [year, setYear] = useState(program?.startYear ?? new Date().getFullYear());
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const defaultName = program ? `${program.shortTitle} ${year} 年` : "";

  return (
    <section aria-labelledby="new-cohort-title">
      <h2 id="new-cohort-title">新建批次</h2>
      <form
        class="workspace-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!program || busy) return;
          setBusy(true);
          onCreate({ programSlug: program.slug, name: name.trim() || defaultName, year })
            .finally(() => setBusy(false))
            .catch(() => undefined);
        }}
      >
        <label>
          培训项目
          <select
            value={slug}
            onChange={(event) => {
              const next = programs.find((p) => p.slug === event.currentTarget.value);
              setSlug(event.currentTarget.value);
              if (next) setYear(next.startYear);
            }}
          >
            {programs.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          年度
          <input
            type="number"
            min={2000}
            max={2100}
            step={1}
            required
            value={year}
            onInput={(event) => setYear(Number(event.currentTarget.value))}
          />
        </label>
        <label>
          批次名称
          <input
            type="text"
            maxLength={60}
            placeholder={defaultName}
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </label>
        <p class="note">新批次按该项目公布的考核规则计分；以后修改的参数会单独标出。</p>
        <button type="submit" disabled={busy || !program}>
          新建批次
        </button>
      </form>
    </section>
  );
}

/** One click per program: a demo cohort of synthetic trainees, so a newcomer sees every page working. */
import { useState } from "preact/hooks";
import type { WorkspaceProgram } from "../workspace-program.ts";
import { DEMO_SIZE, type OpsStore } from "./ops-store.ts";

interface Props {
  store: OpsStore;
  programs: WorkspaceProgram[];
}

/** The "示例批次" section: a program select and the load button. */
export default function DemoLoader({ store, programs }: Props) {
  const [slug, setSlug] = useState(programs[0]?.slug ?? "");
  const program = programs.find((p) => p.slug === slug);
  const busy = store.busy.value === "demo";
  return (
    <section aria-labelledby="demo-title">
      <h2 id="demo-title">示例批次</h2>
      <form
        class="workspace-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (program) void store.loadDemo(program);
        }}
      >
        <label>
          示例项目
          <select value={slug} onChange={(event) => setSlug(event.currentTarget.value)}>
            {programs.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
        <p class="note">
          用 {DEMO_SIZE}{" "}
          名虚构学员新建一个批次（姓名、证件号和电话都是编造的），涵盖各种结果、等次和并列，便于熟悉工作台。
        </p>
        <button type="submit" disabled={store.busy.value !== null || !program}>
          {busy ? "正在生成示例…" : "载入示例批次"}
        </button>
      </form>
    </section>
  );
}

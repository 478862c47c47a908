/**
 * One published program: the notice's facts, its courses and sessions, the
 * sheets it asks people to fill and its assessment rules. The content
 * collection validates each `content/programs/*.md` frontmatter with this.
 */
import { z } from "zod";
import { ruleSet } from "../rules/rule-schema.ts";
import { sheetTemplate } from "../fields/field-schema.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期须写作 YYYY-MM-DD");

/** A course; `day`/`halfDay` only where the seed lays the plan out by day. */
export const course = z.object({
  title: z.string().min(1),
  /** Module id from `modules`, if the program has modules. */
  module: z.string().optional(),
  /** Class hours (学时); required so the table can total them. */
  hours: z.number().positive(),
  mode: z.enum(["online", "offline"]),
  lecturer: z.string().optional(),
  audience: z.string().optional(),
  day: z.number().int().positive().optional(),
  halfDay: z.enum(["上午", "中午", "下午", "晚上"]).optional(),
});
export type Course = z.infer<typeof course>;

/** A scheduled session (场次) with its capacity; `null` where the seed writes "/". */
export const session = z.object({
  number: z.number().int().positive(),
  time: z.string().min(1),
  audience: z.string().min(1),
  place: z.string().min(1),
  capacity: z.number().int().positive().nullable(),
});
export type Session = z.infer<typeof session>;

/** A person or office to contact. */
export const contact = z.object({
  name: z.string().min(1),
  role: z.string().optional(),
  org: z.string().optional(),
  phones: z.array(z.string().min(1)),
  email: z.string().optional(),
});

/** A region the program covers; `cluster` for Hubei's three city clusters. */
export const region = z.object({
  name: z.string().min(1),
  cluster: z.string().optional(),
});

/** A plain table attached to the notice (公共服务清单, 对口联系分工, 总结材料清单). */
export const attachmentTable = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    title: z.string().min(1),
    source: z.string().min(1),
    columns: z.array(z.string().min(1)).min(1),
    rows: z.array(z.array(z.string())),
  })
  .superRefine((t, ctx) => {
    for (const [i, r] of t.rows.entries())
      if (r.length !== t.columns.length)
        ctx.addIssue({
          code: "custom",
          path: ["rows", i],
          message: `第 ${i + 1} 行有 ${r.length} 格，表头有 ${t.columns.length} 列`,
        });
  });

/** The frontmatter of a program entry. */
export const program = z
  .object({
    title: z.string().min(1),
    /** Short name for lists. */
    shortTitle: z.string().min(1),
    issuer: z.string().min(1),
    /** 文号, e.g. 鄂知发〔2022〕12号; absent where the seed prints none. */
    docNumber: z.string().min(1).optional(),
    issueDate: isoDate,
    /** Said on the page where the seed prints no date and `issueDate` is read from context. */
    issueDateNote: z.string().optional(),
    period: z.object({ start: isoDate, end: isoDate, text: z.string().min(1) }),
    audience: z.string().min(1),
    organisers: z.array(z.object({ role: z.string().min(1), names: z.array(z.string().min(1)).min(1) })),
    contacts: z.array(contact),
    modules: z.array(z.object({ id: z.string().min(1), title: z.string().min(1) })),
    /** Empty where the seed is a plan that names no courses. */
    courses: z.array(course),
    /** How hours were read where the seed does not give them per course. */
    hoursBasis: z.string().optional(),
    sessions: z.array(session),
    regions: z.array(region),
    templates: z.array(sheetTemplate),
    attachments: z.array(attachmentTable),
    rules: ruleSet,
    /** The seed file this entry was written from. */
    seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  })
  .superRefine((p, ctx) => {
    const moduleIds = new Set(p.modules.map((m) => m.id));
    for (const [i, c] of p.courses.entries())
      if (c.module !== undefined && !moduleIds.has(c.module))
        ctx.addIssue({
          code: "custom",
          path: ["courses", i, "module"],
          message: `课程「${c.title}」的模块 ${c.module} 不存在`,
        });
    if (p.period.end < p.period.start)
      ctx.addIssue({ code: "custom", path: ["period", "end"], message: "结束日期早于开始日期" });
  });
export type Program = z.infer<typeof program>;

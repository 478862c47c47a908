/**
 * Spreadsheet fields a program asks for: the blank templates on the public
 * page and the importer's column matching are both generated from these.
 */
import { z } from "zod";
import { measureKey } from "../rules/rule-schema.ts";

/** How a cell of this field is read and checked. */
export const fieldType = z.enum([
  "text",
  "number",
  "integer",
  "idNumber",
  "phone",
  "email",
  "region",
  "county",
  "date",
  "duration",
  "yesNo",
  "choice",
]);
export type FieldType = z.infer<typeof fieldType>;

/** One column of a sheet. */
export const field = z.object({
  /** Key on the imported record (a measure key when scoring reads it). */
  key: measureKey,
  /** Header printed in the blank template. */
  label: z.string().min(1),
  /** Other headers people write for the same column (姓名 / 学员姓名). */
  aliases: z.array(z.string().min(1)),
  type: fieldType,
  required: z.boolean(),
  /** Inclusive range for numbers and durations. */
  min: z.number().optional(),
  max: z.number().optional(),
  /** Allowed values for `choice`. */
  choices: z.array(z.string().min(1)).optional(),
  /** A hint printed under the header in the template. */
  hint: z.string().optional(),
});
export type Field = z.infer<typeof field>;

/** What one row of a sheet stands for. */
export const recordKind = z.enum(["trainee", "trainingClass", "participation", "registration"]);
export type RecordKind = z.infer<typeof recordKind>;

/** A sheet people fill in (报名回执, 培训情况统计表), offered as a blank xlsx template. */
export const sheetTemplate = z
  .object({
    /** File-name stem, ASCII, e.g. `registration`. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Title row printed above the header, as in the seed. */
    title: z.string().min(1),
    recordKind: recordKind,
    /** Where the seed defines it (附件2, 样表). */
    source: z.string().min(1),
    fields: z.array(field).min(1),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    for (const [i, f] of t.fields.entries()) {
      if (seen.has(f.key))
        ctx.addIssue({ code: "custom", path: ["fields", i, "key"], message: `字段键重复：${f.key}` });
      seen.add(f.key);
      if (f.type === "choice" && !f.choices?.length)
        ctx.addIssue({
          code: "custom",
          path: ["fields", i, "choices"],
          message: `选择字段「${f.label}」缺少选项`,
        });
    }
  });
export type SheetTemplate = z.infer<typeof sheetTemplate>;

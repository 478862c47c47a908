/** Each program's blank templates as xlsx files, written at build time from the same fields the importer reads. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { buildTemplateWorkbook } from "../../../../build/template-workbook.ts";
import type { SheetTemplate } from "../../../../core/fields/field-schema.ts";

export const getStaticPaths = (async () => {
  const programs = await getCollection("programs");
  return programs.flatMap((p) =>
    p.data.templates.map((template) => ({ params: { slug: p.id, id: template.id }, props: { template } })),
  );
}) satisfies GetStaticPaths;

/** The workbook bytes of one template. */
export const GET: APIRoute<{ template: SheetTemplate }> = ({ props }) =>
  new Response(buildTemplateWorkbook(props.template), {
    headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });

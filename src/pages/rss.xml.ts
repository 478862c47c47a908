/** The feed of program notices, newest first, one item per program. */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { href } from "../components/href.ts";
import { sortNewestFirst } from "../core/program/program-order.ts";

/** RSS 2.0 with one item per notice, linking to its program page. */
export const GET: APIRoute = async ({ site }) => {
  const programs = sortNewestFirst(await getCollection("programs"));
  return rss({
    title: "知培 · 知识产权人才培养项目通知",
    description: "知识产权人才培养项目的公开通知：课程、场次、考核规则与空白表格。",
    // The channel links to the home page, which sits under the base path when there is one.
    site: new URL(href(""), site ?? "http://127.0.0.1:4321").href,
    customData: "<language>zh-cn</language>",
    items: programs.map(({ id, data }) => ({
      title: data.title,
      link: href(`programs/${id}/`),
      pubDate: new Date(`${data.issueDate}T00:00:00+08:00`),
      description: `${data.issuer}${data.docNumber === undefined ? "" : `（${data.docNumber}）`}：${data.period.text}，面向${data.audience}。`,
    })),
  });
};

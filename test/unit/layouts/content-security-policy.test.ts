import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PAGE_CSP_DIRECTIVES } from "../../../src/layouts/content-security-policy.ts";

const headers = readFileSync(new URL("../../../public/_headers", import.meta.url), "utf8");
const headerPolicy = /Content-Security-Policy: (.*)/.exec(headers)?.[1]?.split("; ") ?? [];

describe("public/_headers", () => {
  it("repeats every directive of the page's meta policy except connect-src", () => {
    const repeated = PAGE_CSP_DIRECTIVES.filter((d) => !d.startsWith("connect-src"));
    expect(headerPolicy).toEqual(expect.arrayContaining([...repeated]));
  });

  it("lets public pages connect nowhere", () => {
    expect(headerPolicy).toContain("connect-src 'none'");
  });

  it("forbids framing, which a meta tag cannot", () => {
    expect(headerPolicy).toContain("frame-ancestors 'none'");
  });

  it("stops browsers from sniffing content types", () => {
    expect(headers).toContain("X-Content-Type-Options: nosniff");
  });
});

import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/import/decode-text.ts";
import { readFixture } from "./fixture-files.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decoding a text file", () => {
  it("reads GBK bytes as GB18030 when they are not valid UTF-8", () => {
    const decoded = decodeText(readFixture("gbk.csv"));
    expect(decoded?.encoding).toBe("gb18030");
    expect(decoded?.source).toBe("detected");
    expect(decoded?.text.startsWith("姓名,身份证号")).toBe(true);
  });

  it("reads valid UTF-8 without a byte-order mark as UTF-8", () => {
    expect(decodeText(utf8("姓名,学时\n张三,20"))).toEqual({
      text: "姓名,学时\n张三,20",
      encoding: "utf-8",
      source: "detected",
    });
  });

  it("follows a UTF-8 byte-order mark and drops it from the text", () => {
    const decoded = decodeText(readFixture("utf8-bom.csv"));
    expect(decoded?.source).toBe("bom");
    expect(decoded?.text.startsWith("姓名")).toBe(true);
  });

  it("follows a UTF-16 byte-order mark, as Excel's Unicode text export has", () => {
    const decoded = decodeText(readFixture("unicode-text.txt"));
    expect(decoded?.encoding).toBe("utf-16le");
    expect(decoded?.text.startsWith("姓名\t身份证号")).toBe(true);
  });

  it("reads big-endian UTF-16 by its byte-order mark", () => {
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x59, 0xd3, 0x54, 0x0d]))?.text).toBe("姓名");
  });

  it("uses the encoding the person chose, even over the detected one", () => {
    const decoded = decodeText(readFixture("gbk.csv"), "utf-8");
    expect(decoded?.source).toBe("chosen");
    expect(decoded?.text.startsWith("姓名")).toBe(false);
  });

  it("says a file with NUL bytes is not text", () => {
    expect(decodeText(readFixture("binary.csv"))).toBeUndefined();
  });
});

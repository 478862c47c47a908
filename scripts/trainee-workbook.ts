/**
 * Synthetic trainee workbooks for the import benchmark and the browser tests:
 * 15 columns of Chinese data in the gd-ipo-2021 trainee template's words
 * (12 fields the program reads, plus 序号, 性别 and 备注 it ignores), valid ID
 * numbers and phones, dates as Excel dates. Deterministic: the same count
 * gives the same bytes' content.
 */
import * as XLSX from "@e965/xlsx";

const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const givenNames = [
  "伟",
  "芳",
  "娜",
  "秀英",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
];
const employers = [
  "广州知识产权运营有限公司",
  "深圳市华创专利代理事务所",
  "佛山顺德科技发展有限公司",
  "东莞松山湖材料研究院",
  "珠海横琴知识产权服务中心",
  "中山大学",
  "广东省知识产权保护中心",
];
const orgKinds = ["政府部门", "企业", "高校、科研院所", "服务机构", "金融机构"];
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The header row: what staff would type. */
export const traineeHeader = [
  "序号",
  "姓名",
  "性别",
  "身份证号",
  "手机号码",
  "工作单位",
  "单位类型",
  "线上学时",
  "线下参训期数",
  "考试成绩",
  "是否省外",
  "曾获中国专利奖或广东省专利奖",
  "湾高赛获奖或参赛",
  "报名时间",
  "备注",
];

// A valid 18-digit ID (GB 11643 check digit), unique for the first 10 million indexes, born 1970–1999.
function makeIdNumber(index: number): string {
  const day = 1 + (index % 28);
  const month = 1 + (Math.floor(index / 28) % 12);
  const year = 1970 + (Math.floor(index / 336) % 30);
  const sequence = Math.floor(index / 10_080) % 1000;
  const body = `440106${year}${pad(month, 2)}${pad(day, 2)}${pad(sequence, 3)}`;
  const sum = weights.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  return body + "10X98765432"[sum % 11];
}

function pad(value: number, digits: number): string {
  return String(value).padStart(digits, "0");
}

/** One data row for trainee `i` (0-based). */
function makeRow(i: number): (string | number | Date)[] {
  const name = `${surnames[i % surnames.length]}${givenNames[(i * 7) % givenNames.length]}`;
  return [
    i + 1,
    name,
    i % 2 === 0 ? "男" : "女",
    makeIdNumber(i),
    `1${3 + (i % 7)}${String(100_000_000 + i).slice(-9)}`,
    employers[i % employers.length]!,
    orgKinds[i % orgKinds.length]!,
    i % 10 === 0 ? `${10 + (i % 15)}小时30分` : 8 + (i % 17),
    i % 4,
    55 + ((i * 13) % 46),
    i % 9 === 0 ? "是" : "否",
    i % 23 === 0 ? "是" : "否",
    i % 31 === 0 ? "是" : "否",
    new Date(Date.UTC(2021, 5, 1 + (i % 60))),
    i % 50 === 0 ? "补交材料" : "",
  ];
}

/** The rows of a sheet with `count` trainees under a title row and the header. */
export function makeTraineeRows(count: number): (string | number | Date)[][] {
  const rows: (string | number | Date)[][] = [
    ["2021年广东省知识产权运营人才培养项目学员考核表"],
    traineeHeader,
  ];
  for (let i = 0; i < count; i += 1) rows.push(makeRow(i));
  return rows;
}

/** An .xlsx file (bytes) of `count` trainees, as Excel would save it. */
export function writeTraineeWorkbook(count: number): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(makeTraineeRows(count), { dense: true, UTC: true });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, "学员名单");
  return XLSX.write(book, {
    type: "buffer",
    bookType: "xlsx",
    compression: true,
    bookSST: true,
  }) as Uint8Array;
}

/**
 * Synthetic people: a name from a short syllable list, an employer
 * "XX科技有限公司" in their city, a valid but impossible ID number and a
 * phone in the 1380000xxxx block. Nothing here can name a real person.
 */
import type { Random } from "./create-random.ts";
import type { DemoPlace } from "./demo-places.ts";
import { makeIdNumber } from "./make-id-number.ts";

/** One synthetic person. */
export interface DemoPerson {
  name: string;
  employer: string;
  /** Null for the few people whose sheets leave it empty. */
  idNumber: string | null;
  phone: string | null;
  gender: "男" | "女";
  place: DemoPlace;
  /** 县（市）区 within the place; null where the place lists none. */
  county: string | null;
}

/** Whether a person may go without an ID number or a phone: they are left empty only where no sheet requires them. */
export interface IdentityGaps {
  idNumber: boolean;
  phone: boolean;
}

const surnames = [
  ..."王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏",
];
const givenSyllables = [
  ..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚华玉萍红鹏飞宇浩然欣怡子涵思雨佳琪晨阳博文俊凯婷雪梅建国志海",
];
const brandFirst = [..."华恒瑞鑫博创智信达宏中天光长楚"];
const brandSecond = [..."泰源通科盛远联航新德康晟辰芯锐"];
// 神农架林区 → 神农架, 恩施土家族苗族自治州 → 恩施: the short form a company name uses.
const shortName = /林区$|土家族苗族自治州$/;

/**
 * Person `serial` of a cohort. The phone is 13800000000 + serial, so a demo
 * of up to 10,000 people stays in 1380000xxxx and every phone is distinct.
 */
export function makePerson(random: Random, serial: number, place: DemoPlace, gaps: IdentityGaps): DemoPerson {
  const idNumber = makeIdNumber(place.idCode, serial);
  // About 4 % give no ID number and 1 % neither ID nor phone, where the sheets allow it.
  const missing = random.next();
  return {
    name:
      random.pick(surnames) +
      random.pick(givenSyllables) +
      (random.chance(0.7) ? random.pick(givenSyllables) : ""),
    employer: `${place.region.replace(shortName, "")}${random.pick(brandFirst)}${random.pick(brandSecond)}科技有限公司`,
    idNumber: gaps.idNumber && missing < 0.05 ? null : idNumber,
    phone: gaps.phone && missing < 0.01 ? null : String(13_800_000_000 + serial),
    // The ID's 17th digit is odd for men; the demo keeps the sheets consistent with it.
    gender: serial % 2 === 1 ? "男" : "女",
    place,
    county: place.counties.length === 0 ? null : random.pick(place.counties),
  };
}

/** A trainee sheet's fields as the program entries declare them, trimmed to what the mapping tests need. */
import type { Field, FieldType } from "../../../../src/core/fields/field-schema.ts";

export const field = (
  key: string,
  label: string,
  aliases: string[],
  type: FieldType = "text",
  required = false,
): Field => ({
  key,
  label,
  aliases,
  type,
  required,
});

export const traineeFields: Field[] = [
  field("name", "姓名", ["学员姓名", "学员"], "text", true),
  field("gender", "性别", [], "choice"),
  field("idNumber", "身份证号", ["身份证号码", "证件号码", "身份证"], "idNumber"),
  field("phone", "手机", ["手机号码", "手机号", "联系电话", "电话"], "phone"),
  field("employer", "工作单位", ["单位名称", "单位", "所在单位"], "text", true),
  field("orgKind", "单位类型", ["单位性质"], "choice"),
  field("onlineHours", "线上学时", ["学习时长(小时)", "累计学时", "学时"], "duration", true),
  field("exam", "考试成绩", ["考试分数", "成绩"], "number"),
];

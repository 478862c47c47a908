/** Masked forms of ID numbers and phones for the screen (个人信息保护法): only staff exports show them whole. */

/** 110101********1234: the address code and the last four stay, the birth date and sequence are hidden. */
export function maskIdNumber(id: string): string {
  if (id.length <= 10) return "*".repeat(id.length);
  return `${id.slice(0, 6)}${"*".repeat(id.length - 10)}${id.slice(-4)}`;
}

/** 138****5678 for mobiles; landlines keep the area code and the last four (0756-***8961), and any 转 extension. */
export function maskPhone(phone: string): string {
  const ext = phone.indexOf("转");
  const main = ext < 0 ? phone : phone.slice(0, ext);
  const dash = main.indexOf("-");
  const head = dash > 0 ? dash + 1 : Math.min(3, main.length);
  const hidden = Math.max(main.length - head - 4, 0);
  return `${main.slice(0, head)}${"*".repeat(hidden)}${main.slice(head + hidden)}${ext < 0 ? "" : phone.slice(ext)}`;
}

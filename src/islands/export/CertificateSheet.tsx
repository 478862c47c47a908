/** One certificate, laid out to fill an A4 landscape page when printed. */
import type { CertificateText } from "../../export/certificate-text.ts";

interface Props {
  text: CertificateText;
}

/** A certificate: its name, the holder, what they did, the issuer and the date, the number at the foot. */
export default function CertificateSheet({ text }: Props) {
  return (
    <article class="certificate" aria-label={`${text.name}的${text.heading}`}>
      <h2 class="certificate__heading">{text.heading}</h2>
      <p class="certificate__name">{text.name}</p>
      <p class="certificate__body">{text.body}</p>
      <p class="certificate__issuer">{text.issuer}</p>
      <p class="certificate__date">{text.date}</p>
      <p class="certificate__number">证书编号：{text.number}</p>
    </article>
  );
}

/**
 * The certificate print view: reads the cohort named in the address
 * (?cohort=…) from this browser's database, scores it, and lays out one
 * certificate per page for everyone eligible. The controls do not print.
 */
import { useEffect, useMemo } from "preact/hooks";
import { getWorkspaceDb } from "../workspace-db.ts";
import CertificateSheet from "./CertificateSheet.tsx";
import { createCertificateStore, type CertificateProgram } from "./certificate-store.ts";
import "./certificate-print.css";
import "./export.css";

interface Props {
  programs: CertificateProgram[];
}

/** The island's root. */
export default function CertificatePrint({ programs }: Props) {
  const store = useMemo(() => createCertificateStore(getWorkspaceDb(), programs), [programs]);
  useEffect(() => {
    void store.load(new URLSearchParams(location.search).get("cohort"));
  }, [store]);

  const source = store.source.value;
  const certificates = store.certificates.value;
  return (
    <div class="workspace certificate-print">
      <div class="certificate-controls">
        {source.state === "loading" && <p aria-live="polite">正在读取本浏览器中保存的批次…</p>}
        {source.state === "failed" && (
          <p class="workspace-alert" role="alert">
            {source.message}
          </p>
        )}
        {source.state === "ready" && (
          <>
            <p>
              <a href={`../#批次=${encodeURIComponent(source.cohortId)}`}>← 返回批次</a>
            </p>
            <p>
              {source.program.title} · {source.scored.cohort.name}：共 {certificates.length} 张
              {source.program.rules.certificate?.label}，每张一页（A4 横向）。
            </p>
            <label class="export-unit">
              发证日期（清空则留待手写）
              <input
                type="date"
                value={store.date.value}
                onInput={(event) => (store.date.value = event.currentTarget.value)}
              />
            </label>
            <p class="export-hint">
              证书编号为“{store.prefix.value}
              -序号”：序号按学员在本批次导入文件中首次出现的先后排列，只数获得证书的学员；
              补考、人工调整等次等改变获证名单时，其后的编号随之变化，请在名单确定后打印。
            </p>
            <div class="workspace-actions">
              <button type="button" disabled={certificates.length === 0} onClick={() => window.print()}>
                打印
              </button>
            </div>
            {certificates.length === 0 && <p>本批次暂无获得证书的学员。</p>}
          </>
        )}
      </div>
      <div class="certificate-pages">
        {certificates.map((text) => (
          <CertificateSheet key={text.number} text={text} />
        ))}
      </div>
    </div>
  );
}

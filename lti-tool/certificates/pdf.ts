import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { type CertificateDetails, countryName, type Translator } from "../../core/index.ts";

// DejaVu Sans covers Latin with every diacritic, Greek and Cyrillic: the names of all the
// partner countries' people. pdfkit embeds only the glyphs a certificate uses.
const fontFile = (name: string) => createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}`);
const REGULAR = fontFile("DejaVuSans.ttf");
const BOLD = fontFile("DejaVuSans-Bold.ttf");

const INK = "#1f2937";
const ACCENT = "#1d4ed8";

/** The sentence after the holder's name, in the holder's language: where, what and when. */
export function certificateStatement(t: Translator, details: CertificateDetails): string {
  const { certified } = details;
  const from = t.date(certified.since);
  const period = certified.until
    ? t.t("certificate.period.between", { from, until: t.date(certified.until) })
    : t.t("certificate.period.since", { from });
  return t.t(`certificate.statement.${certified.kind}`, {
    school: details.schoolName,
    country: countryName(details.country, t.locale),
    project: details.projectTitle ?? "",
    date: from,
    period,
  });
}

/**
 * The certificate as a one-page A4 PDF in the holder's language (`t`), with its verification
 * URL written out and as a QR code, and the title and language in the document's metadata.
 */
export async function certificatePdf(
  t: Translator,
  details: CertificateDetails,
  verificationUrl: string,
): Promise<Buffer> {
  const kindTitle = t.t(`certificate.kind.${details.certified.kind}`);
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 56,
    lang: t.locale,
    displayTitle: true,
    info: {
      Title: `${kindTitle}: ${details.holderName}`,
      Author: t.t("certificate.author"),
      Subject: details.projectTitle ?? kindTitle,
    },
  });
  doc.registerFont("regular", REGULAR);
  doc.registerFont("bold", BOLD);
  const done = collect(doc);

  const { width, height } = doc.page;
  const inner = width - 2 * 56;
  doc
    .lineWidth(3)
    .strokeColor(ACCENT)
    .rect(24, 24, width - 48, height - 48)
    .stroke();
  doc.fillColor(ACCENT).font("bold").fontSize(30).text(kindTitle, 56, 80, { width: inner, align: "center" });
  doc.moveDown(1.2).fillColor(INK).font("regular").fontSize(14);
  doc.text(t.t("certificate.this_certifies"), { width: inner, align: "center" });
  doc.moveDown(0.6).font("bold").fontSize(26).text(details.holderName, { width: inner, align: "center" });
  doc.moveDown(0.8).font("regular").fontSize(15);
  doc.text(certificateStatement(t, details), { width: inner, align: "center" });

  const qrSize = 110;
  const footerTop = height - 56 - qrSize;
  const textWidth = inner - qrSize - 24;
  doc.fontSize(10).fillColor(INK);
  doc.text(
    t.t("certificate.issued", { date: t.date(details.certificate.issuedAt), id: details.certificate.id }),
    56,
    footerTop,
    {
      width: textWidth,
    },
  );
  doc.moveDown(0.6).text(t.t("certificate.check"), { width: textWidth });
  doc.fillColor(ACCENT).text(verificationUrl, { width: textWidth, link: verificationUrl, underline: true });
  doc.fillColor(INK).moveDown(0.4).text(t.t("certificate.qr"), { width: textWidth });
  drawQrCode(doc, verificationUrl, width - 56 - qrSize, footerTop, qrSize);

  doc.end();
  return done;
}

/** The QR code drawn as vector squares, so it stays sharp when printed. */
function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const cell = size / modules.size;
  doc.fillColor("#000000");
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + col * cell, y + row * cell, cell, cell);
    }
  }
  doc.fill();
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

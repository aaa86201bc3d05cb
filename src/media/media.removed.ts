/**
 * What the cleaning removed from a file (`media_blobs.removed_metadata`, the API's
 * `metadata_removed`: technical names such as "APP1 Exif" or "PDF document information"), said in
 * words for moderators (`media:removed.*`, docs/media.md). Unknown names fall under "other".
 */
import type { Translate } from "../platform/i18n";

export const REMOVED_KINDS = [
  "exif",
  "gps",
  "camera",
  "software",
  "dates",
  "author",
  "xmp",
  "iptc",
  "text",
  "thumbnail",
  "secondPicture",
  "trailing",
  "documentInfo",
  "fileId",
  "appData",
  "attachments",
  "leftovers",
  "other",
] as const;
export type RemovedKind = (typeof REMOVED_KINDS)[number];

const EXACT: Record<string, RemovedKind> = {
  "APP1 Exif": "exif",
  "PNG eXIf": "exif",
  "WebP EXIF": "exif",
  "TIFF Exif IFD": "exif",
  "JPEG 2000 uuid box": "exif",
  "TIFF GPS IFD": "gps",
  "TIFF Make": "camera",
  "TIFF Model": "camera",
  "TIFF Software": "software",
  "TIFF HostComputer": "software",
  "TIFF DateTime": "dates",
  "PNG tIME": "dates",
  "PDF modification dates": "dates",
  "TIFF Artist": "author",
  "TIFF Copyright": "author",
  "APP1 XMP": "xmp",
  "WebP XMP": "xmp",
  "TIFF XMP": "xmp",
  "PDF XMP metadata": "xmp",
  "JPEG 2000 xml box": "xmp",
  "APP13 IPTC/Photoshop": "iptc",
  "TIFF IPTC": "iptc",
  "TIFF Photoshop": "iptc",
  "COM comment": "text",
  "PNG tEXt": "text",
  "PNG zTXt": "text",
  "PNG iTXt": "text",
  "TIFF ImageDescription": "text",
  "TIFF DocumentName": "text",
  "TIFF PageName": "text",
  "APP0 JFXX thumbnail": "thumbnail",
  "APP0 JFIF thumbnail": "thumbnail",
  "TIFF SubIFDs": "thumbnail",
  "PDF page thumbnails": "thumbnail",
  "APP2 MPF": "secondPicture",
  "data after the end of the image": "trailing",
  "PDF document information": "documentInfo",
  "PDF file identifier": "fileId",
  "PDF application data (PieceInfo)": "appData",
  "PDF attached files": "attachments",
  "PDF unused objects (earlier versions)": "leftovers",
};

const EMBEDDED = /^PDF embedded (?:JPEG|JPEG 2000): (.+)$/;

export function removedKind(name: string): RemovedKind {
  return EXACT[name] ?? "other";
}

/** The removed things as phrases, each once, in the order they were found. */
export function describeRemoved(names: string[], t: Translate): string[] {
  const phrases = names.map((name): string => {
    const inner = EMBEDDED.exec(name)?.[1];
    const what: string = t(`media:removed.${removedKind(inner ?? name)}`);
    return inner ? t("media:removed.embedded", { what }) : what;
  });
  return [...new Set(phrases)];
}

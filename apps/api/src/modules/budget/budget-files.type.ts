import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType("FileExport", { description: "A file to download: its name, media type, size and bytes as base64." })
export class FileExportType {
  @Field({ description: "A file name for the download, e.g. `realisasi-anggaran-2026.xlsx`." })
  fileName: string;

  @Field({ description: "Media type of the content, e.g. `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `application/pdf`." })
  mediaType: string;

  @Field(() => Int, { description: "Size of the content in bytes (decoded)." })
  size: number;

  @Field({ description: "The file's bytes as standard base64." })
  contentBase64: string;
}

@ObjectType("SpendingAttachment", { description: "A supporting document of a spending entry (receipt, invoice, list of recipients): PDF, PNG or JPEG." })
export class SpendingAttachmentType {
  @Field(() => ID, { description: "Stable identifier; `spendingAttachment(id)` downloads the file." })
  id: string;

  spendingId: string;

  @Field({ description: "The file name as stored (cleaned of paths and control characters, with the content's extension)." })
  fileName: string;

  @Field({ description: "Media type recognised from the content: application/pdf, image/png or image/jpeg." })
  mediaType: string;

  @Field(() => Int, { description: "Size in bytes." })
  size: number;

  @Field({ description: "SHA-256 of the content, hexadecimal (to check a download or spot a duplicate)." })
  sha256: string;

  @Field({ description: "When it was attached." })
  createdAt: Date;
}

/** The XLSX media type. */
export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

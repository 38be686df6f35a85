import { ATTACHMENT_MAX_BYTES, attachmentKindOf, attachmentProblem, fileSizeParts } from "./attachment-file";

const bytes = (...b: number[]) => new Uint8Array(b);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0);

describe("spending attachments", () => {
  it("recognises PDF, PNG and JPEG by their first bytes", () => {
    expect(attachmentKindOf(PDF)).toBe("PDF");
    expect(attachmentKindOf(PNG)).toBe("PNG");
    expect(attachmentKindOf(JPEG)).toBe("JPEG");
    expect(attachmentKindOf(bytes(0x50, 0x4b, 0x03, 0x04))).toBeNull();
    expect(attachmentKindOf(bytes(0x25, 0x50))).toBeNull();
  });

  it("refuses a file of another kind, empty, over 2 MB, or a sixth one", () => {
    expect(attachmentProblem({ size: 1000, head: PDF }, 0)).toBeNull();
    expect(attachmentProblem({ size: ATTACHMENT_MAX_BYTES, head: PNG }, 4)).toBeNull();
    expect(attachmentProblem({ size: ATTACHMENT_MAX_BYTES + 1, head: PNG }, 0)).toBe("SIZE");
    expect(attachmentProblem({ size: 0, head: bytes() }, 0)).toBe("EMPTY");
    expect(attachmentProblem({ size: 10, head: bytes(0x3c, 0x68) }, 0)).toBe("TYPE");
    expect(attachmentProblem({ size: 10, head: PDF }, 5)).toBe("TOO_MANY");
  });

  it("states sizes in B, KB and MB", () => {
    expect(fileSizeParts(512)).toEqual({ value: 512, unit: "B", digits: 0 });
    expect(fileSizeParts(850 * 1024)).toEqual({ value: 850, unit: "KB", digits: 0 });
    expect(fileSizeParts(1.45 * 1024 * 1024)).toEqual({ value: 1.5, unit: "MB", digits: 1 });
  });
});

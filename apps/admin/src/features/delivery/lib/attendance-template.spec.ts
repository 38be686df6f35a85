import { attendanceTemplateCsv } from "./attendance-template";

describe("attendance import template", () => {
  it("has one row per participant and session in time order, with the columns the API reads", () => {
    const csv = attendanceTemplateCsv(
      [
        { date: "2026-03-10", start: "08:00:00" },
        { date: "2026-03-09", start: "13:00:00" },
      ],
      [{ nip: "199001012015032001" }],
    );
    expect(csv.split("\r\n")).toEqual(["nip,session_date,session_start,hadir", "199001012015032001,2026-03-09,13:00,ya", "199001012015032001,2026-03-10,08:00,ya", ""]);
  });
});

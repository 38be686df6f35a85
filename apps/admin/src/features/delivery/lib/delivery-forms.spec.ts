import { SPEAKER_FEE_RULES, feeCeiling } from "@bina/domain";
import { batchFields, checkBatch, checkProgramme, checkSession, checkSpeaker, sessionFields, speakerFields } from "./delivery-forms";

const keyOf = (p: unknown) => (p && typeof p === "object" && "key" in p ? (p as { key: string }).key : null);
const codeOf = (p: unknown) => (p && typeof p === "object" && "facts" in p ? (p as { facts: { domainCode?: string } }).facts.domainCode : null);

describe("programme form", () => {
  it("needs a plan item from the plan, a title ad hoc, always a kind and organiser", () => {
    expect(Object.keys(checkProgramme({ source: "PLAN" })).sort()).toEqual(["candidateId", "kind", "organiser"]);
    expect(Object.keys(checkProgramme({ source: "AD_HOC" })).sort()).toEqual(["kind", "organiser", "title"]);
    expect(checkProgramme({ source: "PLAN", candidateId: "c", kind: "SEMINAR", organiser: "BKPSDM" })).toEqual({});
  });
  it("asks for the leadership sub-type only for leadership training", () => {
    expect(Object.keys(checkProgramme({ source: "AD_HOC", title: "PKP 2026", kind: "LEADERSHIP_TRAINING", organiser: "PROVINCE" }))).toEqual(["leadershipProgramme"]);
    expect(checkProgramme({ source: "AD_HOC", title: "PKP 2026", kind: "LEADERSHIP_TRAINING", leadershipProgramme: "PKP", organiser: "PROVINCE" })).toEqual({});
  });
  it("asks for the organiser's name for another city", () => {
    expect(keyOf(checkProgramme({ source: "AD_HOC", title: "Studi tiru", kind: "BENCHMARKING", organiser: "OTHER_CITY", organiserName: " " }).organiserName)).toBe(
      "delivery.form.organiserNameRequired",
    );
  });
});

describe("batch form", () => {
  const good = { name: "Angkatan I", startsOn: "2026-03-09", endsOn: "2026-03-11", capacity: 30 };
  it("accepts a complete batch", () => {
    expect(checkBatch(good)).toEqual({});
  });
  it("refuses an end before the start, no seats, a link that is not http(s), a pass mark over 100", () => {
    const p = checkBatch({ ...good, endsOn: "2026-03-08", capacity: 0, onlineUrl: "javascript:alert(1)", passMark: 101 });
    expect(Object.keys(p).sort()).toEqual(["capacity", "endsOn", "onlineUrl", "passMark"]);
  });
  it("sends the attendance percent as a share and empty texts as null", () => {
    expect(batchFields({ ...good, venue: "  ", onlineUrl: "", minAttendancePercent: 75 })).toMatchObject({ venue: null, onlineUrl: null, minAttendanceShare: 0.75, passMark: null });
  });
});

describe("session form", () => {
  const batch = { startsOn: "2026-03-09", endsOn: "2026-03-11" };
  const good = { date: "2026-03-09", start: "08:00", end: "10:15", jp: 3, topic: "SPBE", role: "SPEAKER" as const, speakerId: "s1" };
  it("accepts a session within the batch", () => {
    expect(checkSession(good, batch, "ESELON_II")).toEqual({});
  });
  it("refuses an end not after the start with the domain's INVALID_TIME", () => {
    expect(codeOf(checkSession({ ...good, end: "08:00" }, batch, null).end)).toBe("INVALID_TIME");
  });
  it("refuses a day outside the batch", () => {
    expect(keyOf(checkSession({ ...good, date: "2026-03-12" }, batch, null).date)).toBe("delivery.form.dateOutsideBatch");
  });
  it("refuses a fee above the PMK 49/2023 ceiling of the speaker's level (the domain's rule), accepts it at the ceiling", () => {
    const ceiling = feeCeiling({ role: "SPEAKER", level: "ESELON_III_BELOW", minutes: 135, jp: 3 }, SPEAKER_FEE_RULES);
    expect(checkSession({ ...good, fee: ceiling }, batch, "ESELON_III_BELOW")).toEqual({});
    expect(codeOf(checkSession({ ...good, fee: ceiling + 1 }, batch, "ESELON_III_BELOW").fee)).toBe("FEE_ABOVE_CEILING");
  });
  it("refuses a fee without a speaker", () => {
    expect(keyOf(checkSession({ ...good, speakerId: null, fee: 100_000 }, batch, null).fee)).toBe("delivery.form.feeNeedsSpeaker");
  });
  it("sends trimmed fields", () => {
    expect(sessionFields({ ...good, topic: " SPBE ", venue: "" })).toMatchObject({ topic: "SPBE", venue: null, fee: null, role: "SPEAKER" });
  });
});

describe("speaker form", () => {
  it("needs name, institution, origin city and level; checks email and phone with the domain", () => {
    expect(Object.keys(checkSpeaker({})).sort()).toEqual(["institution", "level", "name", "originCity"]);
    const p = checkSpeaker({ name: "Dr. Ayu", institution: "UGM", originCity: "Yogyakarta", level: "ESELON_III_BELOW", email: "not-an-email", phone: "abc" });
    expect([codeOf(p.email), codeOf(p.phone)]).toEqual(["INVALID_EMAIL", "INVALID_PHONE"]);
    expect(speakerFields({ name: " Dr. Ayu ", institution: "UGM", originCity: "Yogyakarta", level: "ESELON_II", email: "" })).toMatchObject({ name: "Dr. Ayu", email: null, internal: false });
  });
});

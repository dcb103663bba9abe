import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CLOSED_POLICY,
  Countries,
  DEFAULT_MEMBERSHIP_POLICY,
  DEFAULT_PARTICIPATING_COUNTRIES,
  DEFAULT_QUALITY_CRITERIA,
  DomainError,
  membershipRefusal,
  missingForSubmission,
  nextStep,
  projectKind,
  recognitionEligibility,
  schoolProjectsAllowed,
  schoolYearOf,
  validateAssessment,
  validateProjectForm,
} from "../../core/index.ts";

const countries = new Countries();
const country = fc.constantFrom(...DEFAULT_PARTICIPATING_COUNTRIES);
const place = fc.record({ schoolId: fc.constantFrom("s1", "s2", "s3"), country });

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe("R4 the kind follows from the founders", () => {
  it("is european for different countries, national for different schools of a country, school otherwise", () => {
    fc.assert(
      fc.property(place, place, (a, b) => {
        const kind = projectKind(a, b);
        if (a.country !== b.country) expect(kind).toBe("european");
        else if (a.schoolId !== b.schoolId) expect(kind).toBe("national");
        else expect(kind).toBe("school");
        expect(projectKind(b, a)).toBe(kind); // the order of founders never matters
      }),
    );
  });
});

describe("R9/R10 who may join", () => {
  it("a school project takes its own school only; a european one any participating country", () => {
    fc.assert(
      fc.property(place, place, place, (founder, cofounder, candidate) => {
        // a candidate of the same school always has the same country as the school
        if (candidate.schoolId === founder.schoolId) candidate = { ...candidate, country: founder.country };
        const kind = projectKind(founder, cofounder);
        const refusal = membershipRefusal(
          { kind, schoolId: founder.schoolId, founderCountries: [founder.country, cofounder.country] },
          candidate,
          countries,
          DEFAULT_MEMBERSHIP_POLICY,
        );
        if (kind === "european") expect(refusal).toBeUndefined();
        if (kind === "school") expect(refusal === undefined).toBe(candidate.schoolId === founder.schoolId);
        if (kind === "national") expect(refusal === undefined).toBe(candidate.country === founder.country);
      }),
    );
  });

  it("a national project open to foreign teachers by policy takes them (and stays national)", () => {
    const project = { kind: "national" as const, schoolId: "s1", founderCountries: ["IT", "IT"] };
    expect(
      membershipRefusal(project, { schoolId: "s9", country: "FR" }, countries, DEFAULT_MEMBERSHIP_POLICY),
    ).toBe("national_project_foreign_teacher");
    expect(
      membershipRefusal(project, { schoolId: "s9", country: "FR" }, countries, {
        nationalProjectsAcceptForeignTeachers: true,
      }),
    ).toBeUndefined();
  });

  it("nobody from a country that does not take part", () => {
    const project = { kind: "european" as const, schoolId: "s1", founderCountries: ["IT", "FR"] };
    expect(
      membershipRefusal(project, { schoolId: "s9", country: "US" }, countries, DEFAULT_MEMBERSHIP_POLICY),
    ).toBe("country_not_participating");
  });
});

describe("R12 recognition by kind", () => {
  it("only european projects can earn labels and prizes", () => {
    fc.assert(
      fc.property(fc.constantFrom("european", "national", "school" as const), (kind) => {
        const e = recognitionEligibility(kind);
        expect(e.nationalLabel).toBe(kind === "european");
        expect(e.europeanLabel).toBe(kind === "european");
        expect(e.prizes).toBe(kind === "european");
      }),
    );
  });

  it("school years start in September", () => {
    expect(schoolYearOf("2026-08-31T23:00:00Z")).toBe("2025/2026");
    expect(schoolYearOf("2026-09-01T00:00:00Z")).toBe("2026/2027");
  });
});

describe("R5 school-project policy", () => {
  it("is closed by default and opens per country and date range", () => {
    expect(schoolProjectsAllowed(CLOSED_POLICY, "IT", "2026-11-22")).toBe(false);
    const policy = {
      default: { enabled: false, from: undefined, until: undefined },
      byCountry: { IT: { enabled: true, from: "2026-01-01", until: "2026-12-31" } },
    };
    expect(schoolProjectsAllowed(policy, "IT", "2026-11-22")).toBe(true);
    expect(schoolProjectsAllowed(policy, "IT", "2027-01-01")).toBe(false);
    expect(schoolProjectsAllowed(policy, "FR", "2026-11-22")).toBe(false);
  });
});

describe("R14 project form", () => {
  const today = "2026-11-22";
  it("a draft needs only a title; submission needs the good-practice fields", () => {
    const draft = validateProjectForm({ title: "Rivers" }, today);
    expect(missingForSubmission(draft)).toEqual([
      "summary",
      "subjects",
      "languages",
      "objectives",
      "curricularIntegration",
      "workProcess",
      "milestones",
      "ictTools",
      "safetyRules",
    ]);
  });

  it("refuses bad input before anything is written", () => {
    expect(codeOf(() => validateProjectForm({ title: "   " }, today))).toBe("text_required");
    expect(codeOf(() => validateProjectForm({ title: "x".repeat(121) }, today))).toBe("text_too_long");
    expect(codeOf(() => validateProjectForm({ title: "R", pupilAgeMin: 14, pupilAgeMax: 10 }, today))).toBe(
      "age_range_invalid",
    );
    expect(codeOf(() => validateProjectForm({ title: "R", subjects: ["alchemy"] }, today))).toBe(
      "unknown_subject",
    );
    expect(codeOf(() => validateProjectForm({ title: "R", languages: ["xx"] }, today))).toBe(
      "unknown_language",
    );
    expect(
      codeOf(() =>
        validateProjectForm({ title: "R", milestones: [{ title: "Start", dueDate: "2026-11-21" }] }, today),
      ),
    ).toBe("milestone_in_past");
    expect(
      codeOf(() =>
        validateProjectForm({ title: "R", milestones: [{ title: "Start", dueDate: "2027-02-30" }] }, today),
      ),
    ).toBe("milestone_date_invalid");
  });

  it("keeps earlier milestones that are now past when a running project is edited", () => {
    const previous = [{ title: "Start", dueDate: "2026-10-01" }];
    const form = validateProjectForm({ title: "R", milestones: previous }, today, previous);
    expect(form.milestones).toEqual(previous);
  });

  it("ages in range never fail and stay ordered", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 19 }), fc.integer({ min: 3, max: 19 }), (a, b) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        const form = validateProjectForm({ title: "R", pupilAgeMin: min, pupilAgeMax: max }, today);
        expect(form.pupilAgeMin).toBeLessThanOrEqual(form.pupilAgeMax);
      }),
    );
  });
});

describe("R13 assessment scales come from configuration", () => {
  it("accepts scores within a criterion's scale and refuses others", () => {
    const ok = validateAssessment(
      DEFAULT_QUALITY_CRITERIA,
      { pedagogical_innovation: "4" },
      { finished_or_nearly: "on" },
    );
    expect(ok.scores).toEqual({ pedagogical_innovation: 4 });
    expect(ok.requirements).toEqual({ finished_or_nearly: true });
    expect(
      codeOf(() => validateAssessment(DEFAULT_QUALITY_CRITERIA, { pedagogical_innovation: 6 }, {})),
    ).toBe("label_score_invalid");
  });
});

describe("life cycle next step", () => {
  it("names who holds a project awaiting approval", () => {
    const step = nextStep({ status: "awaiting_approval" }, [
      {
        projectId: "p",
        country: "IT",
        round: 1,
        status: "approved",
        moderatorId: "m",
        reason: undefined,
        requestedAt: "",
        decidedAt: "",
      },
      {
        projectId: "p",
        country: "FR",
        round: 1,
        status: "pending",
        moderatorId: undefined,
        reason: undefined,
        requestedAt: "",
        decidedAt: undefined,
      },
    ]);
    expect(step).toEqual({ step: "national_units_decide", countries: ["FR"] });
  });
});

describe("countries", () => {
  it("knows the EU, programme and partner countries and refuses others", () => {
    expect(countries.has("IT")).toBe(true);
    expect(countries.has("XK")).toBe(true);
    expect(countries.has("UA")).toBe(true);
    expect(countries.has("US")).toBe(false);
    expect(countries.find(" fr ")).toBe("FR");
    expect(() => new Countries(["ITA"])).toThrow(/alpha-2/);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { en, hasKey, i18n, id, setLocale, t, toggleLocale } from "$lib/i18n";
import { idBase } from "./id";
import { idCalendar } from "./id-calendar";
import { idClocks } from "./id-clocks";
import { idSearch } from "./id-search";
import { idIntake } from "./id-intake";
import { idQueue } from "./id-queue";
import { idSources } from "./id-sources";
import { idVerify } from "./id-verify";
import { idLetters } from "./id-letters";
import { idMail } from "./id-mail";
import { idLetterRegister } from "./id-letter-register";
import { idFulfil } from "./id-fulfil";
import { idProcessing } from "./id-processing";
import { idPlan } from "./id-plan";
import { idAudit } from "./id-audit";
import { idRecords } from "./id-records";
import { idVault } from "./id-vault";
import { idReport } from "./id-report";
import { idRedact } from "./id-redact";
import { idCertificate } from "./id-certificate";
import { idGuide } from "./id-guide";
import { idSetup } from "./id-setup";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("dictionaries", () => {
  it("have identical key sets", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it("are split by screen without a key in two parts", () => {
    const parts = [idBase, idClocks, idCalendar, idSearch, idSources, idIntake, idQueue, idVerify, idLetters, idMail, idLetterRegister, idFulfil, idProcessing, idPlan, idRedact, idCertificate, idAudit, idRecords, idVault, idReport, idGuide, idSetup].map((p) => Object.keys(p));
    const all = parts.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(Object.keys(id).length);
  });

  it("have no empty texts", () => {
    for (const [key, text] of [...Object.entries(id), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe("");
    }
  });

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
    }
  });

  it("name every right, channel, state and role", () => {
    const names = [
      "right.information", "right.access", "right.portability", "right.correction", "right.deletion",
      "right.withdraw-consent", "right.restriction", "right.objection",
      "channel.email", "channel.phone", "channel.letter", "channel.walk-in", "channel.web-form", "channel.chat",
      "state.received", "state.verifying", "state.searching", "state.fulfilling", "state.closed",
      "state.rejected", "state.withdrawn", "role.subject", "role.agent", "role.guardian",
    ];
    for (const n of names) expect(hasKey(n), n).toBe(true);
    expect(id["right.withdraw-consent"]).toBe("Tarik persetujuan");
    expect(id["channel.walk-in"]).toBe("Datang langsung");
    expect(id["role.guardian"]).toBe("Orang tua/wali");
  });
});

describe("t", () => {
  beforeEach(() => setLocale("id"));

  it("defaults to Indonesian and fills placeholders", () => {
    expect(i18n.locale).toBe("id");
    expect(t("form.created", { id: "REQ-2026-0007" })).toBe("Permintaan REQ-2026-0007 dicatat");
  });

  it("leaves braces that are not parameters alone", () => {
    expect(t("set.pattern.hint")).toContain("{seq}");
  });

  it("switches language and remembers it", () => {
    toggleLocale();
    expect(i18n.locale).toBe("en");
    expect(t("nav.requests")).toBe("Requests");
    expect(localStorage.getItem("pdpdesk.locale")).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    toggleLocale();
    expect(t("nav.requests")).toBe("Permintaan");
  });
});

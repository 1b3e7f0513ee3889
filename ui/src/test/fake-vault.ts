// Encryption at rest for component tests: the folder starts plain and unlocked unless a test
// seeds it (`fake.vault.state = { encrypted: true, unlocked: false }`); the passphrase that opens
// it is `PASS`; `changes` records every change asked.
import type { EncryptionStatus } from "$lib/bindings/EncryptionStatus";
import type { VaultState } from "$lib/bindings/VaultState";
import { IpcError } from "$lib/errors";

export const PASS = "kata sandi kantor 2026";

export type VaultMock = {
  state: VaultState;
  status: EncryptionStatus;
  passphrase: string;
  changes: string[];
};

export function vaultMock(): VaultMock {
  return {
    state: { encrypted: false, unlocked: true },
    status: { encrypted: false, files: 3, sealed_files: 0, min_passphrase: 10 },
    passphrase: PASS,
    changes: [],
  };
}

const wrong = () => new IpcError({ code: "wrong_passphrase", message: "the passphrase is not the one", field: null, reason: null });

/** The vault's fakes over `m` (spread into the fake ipc). */
export function vaultFakes(m: () => VaultMock) {
  return {
    vaultStatus: async () => m().state,
    vaultUnlock: async (passphrase: string) => {
      if (passphrase !== m().passphrase) throw wrong();
      m().state = { encrypted: true, unlocked: true };
      return m().state;
    },
    encryptionStatus: async () => m().status,
    encryptionOn: async (passphrase: string) => {
      m().changes.push("on");
      m().passphrase = passphrase;
      m().status = { ...m().status, encrypted: true, sealed_files: m().status.files };
      return m().status;
    },
    encryptionChange: async (current: string, next: string) => {
      if (current !== m().passphrase) throw wrong();
      m().changes.push("change");
      m().passphrase = next;
      return m().status;
    },
    encryptionOff: async (current: string) => {
      if (current !== m().passphrase) throw wrong();
      m().changes.push("off");
      m().status = { ...m().status, encrypted: false, sealed_files: 0 };
      return m().status;
    },
  };
}

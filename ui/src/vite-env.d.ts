/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "1" swaps the Tauri backend for the recorded replies of `ipc-mock.ts` (the browser preview, dev only). */
  readonly VITE_IPC_MOCK?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

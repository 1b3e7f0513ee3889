/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "1" swaps the Tauri backend for the in-memory demo in `ipc-mock.ts` (dev only). */
  readonly VITE_IPC_MOCK?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

// PNG bytes from the backend as a blob: URL (allowed by the CSP), revoked when replaced.
export function logoUrl(bytes: () => number[] | null | undefined): { readonly url: string | null } {
  let url = $state<string | null>(null);
  $effect(() => {
    const data = bytes();
    if (!data || data.length === 0 || typeof URL.createObjectURL !== "function") {
      url = null;
      return;
    }
    const created = URL.createObjectURL(new Blob([new Uint8Array(data)], { type: "image/png" }));
    url = created;
    return () => URL.revokeObjectURL(created);
  });
  return {
    get url() {
      return url;
    },
  };
}

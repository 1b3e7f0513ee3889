import { focusManager, QueryCache, QueryClient } from "@tanstack/svelte-query";
import { reportError } from "./notify.svelte";

// A desktop window regains focus without its page becoming visible again (it was behind another
// window, not minimised), so listen to focus as well as visibility: refetch on window focus then
// picks up requests recorded from the CLI in the meantime.
if (typeof window !== "undefined") {
  focusManager.setEventListener((setFocused) => {
    const onFocus = () => setFocused(true);
    const onBlur = () => setFocused(false);
    const onVisibility = () => setFocused(document.visibilityState === "visible");
    window.addEventListener("focus", onFocus);
    window.addEventListener("blur", onBlur);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("focus", onFocus);
      window.removeEventListener("blur", onBlur);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  });
}

/** The window's query client. Tests build theirs here too, with `retry` off. */
export function createQueryClient({ retry = 1 }: { retry?: number | false } = {}): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      // Background refetches that fail keep the old data on screen; say so in a toast.
      onError: (error, query) => {
        if (query.state.data !== undefined) reportError(error);
      },
    }),
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: true,
        retry,
        staleTime: 2000,
        // Components read different fields at different times (`{#if a && b}` short-circuits);
        // "tracked" notifications would leave fields read later stale.
        notifyOnChangeProps: "all",
      },
      mutations: { retry: false },
    },
  });
}

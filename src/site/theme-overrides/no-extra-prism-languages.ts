/**
 * Stands in for the classic theme's client module that registers `prism.additionalLanguages`
 * at start-up. The atlas configures none, and that module alone put the Prism highlighter in
 * the main bundle, where it ran on every page; code blocks still load it with their own chunk.
 */
export {};
